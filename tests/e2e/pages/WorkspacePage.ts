// Page model of an open project: its title, tabs and the way back to the start screen.
import { expect, type Page } from '@playwright/test';
import { StartPage } from './StartPage';

export class WorkspacePage {
  constructor(readonly page: Page) {}

  async expectOpen(projectName: string): Promise<void> {
    await expect(this.page.locator('.workspace-title')).toContainText(projectName);
  }

  /** Opens a tab by its label, or by part of it when no label matches exactly ("框架" for 指标框架; "数据" is 数据, not 数据采集). */
  async openTab(label: string): Promise<void> {
    const exact = this.page.getByRole('tab', { name: label, exact: true });
    const tab = (await exact.count()) > 0 ? exact : this.page.getByRole('tab', { name: label });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Opens the app on the start screen, then the sample project on one of its tabs. */
  async openSampleOn(tab: string): Promise<void> {
    const start = new StartPage(this.page);
    await start.goto();
    await start.openSample();
    await this.openTab(tab);
  }

  async backToProjects(): Promise<void> {
    await this.page.getByRole('button', { name: '← 全部项目' }).click();
  }
}
