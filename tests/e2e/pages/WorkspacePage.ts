// Page model of an open project: its title, tabs and the way back to the start screen.
import { expect, type Page } from '@playwright/test';

export class WorkspacePage {
  constructor(readonly page: Page) {}

  async expectOpen(projectName: string): Promise<void> {
    await expect(this.page.locator('.workspace-title')).toContainText(projectName);
  }

  async openTab(label: string): Promise<void> {
    await this.page.getByRole('tab', { name: label }).click();
    await expect(this.page.getByRole('tab', { name: label })).toHaveAttribute('aria-selected', 'true');
  }

  async backToProjects(): Promise<void> {
    await this.page.getByRole('button', { name: '← 全部项目' }).click();
  }
}
