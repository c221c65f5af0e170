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

  /**
   * Reloads the page once nothing is being stored: the framework's and the settings' changes are shown at once and
   * stored after that, and a reload in between would lose them (the tab panel and the as-of select are aria-busy
   * until they are stored).
   */
  async reload(): Promise<void> {
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
    await this.page.reload();
  }

  /** Starts recording each value the tab panel's aria-busy takes; the returned function reads them, in order. */
  async recordBusy(): Promise<() => Promise<string[]>> {
    await this.page.locator('#tab-panel').evaluate((panel) => {
      const seen: string[] = [];
      (window as unknown as { __busySeen: string[] }).__busySeen = seen;
      new MutationObserver((records) => {
        for (const r of records) seen.push((r.target as Element).getAttribute('aria-busy') ?? '');
      }).observe(panel, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    return () => this.page.evaluate(() => [...(window as unknown as { __busySeen: string[] }).__busySeen]);
  }

  async backToProjects(): Promise<void> {
    await this.page.getByRole('button', { name: '← 全部项目' }).click();
  }
}
