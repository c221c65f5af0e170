// Page model of the 评估 tab: the as-of year, the scorecard's status badges, the charts and the indicator page.
import { expect, type Locator, type Page } from '@playwright/test';

export class DashboardPage {
  constructor(readonly page: Page) {}

  /** Opens the 评估 tab and waits for the scorecard. */
  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: '评估', exact: true }).click();
    await expect(this.page.getByTestId('scorecard-table')).toBeVisible();
  }

  async showView(label: '总览与指标表' | '图表' | '分区' | '方法说明'): Promise<void> {
    await this.page.getByRole('tab', { name: label, exact: true }).click();
  }

  /** The scorecard row of an indicator. */
  row(indicatorId: string): Locator {
    return this.page.getByTestId('scorecard-table').locator(`[role="row"][data-indicator-id="${indicatorId}"]`);
  }

  badge(indicatorId: string): Locator {
    return this.row(indicatorId).getByTestId('status-badge');
  }

  /** Every scorecard row's indicator id and badge text, in display order. */
  async statuses(): Promise<Record<string, string>> {
    const rows = this.page.getByTestId('scorecard-table').locator('[role="row"][data-indicator-id]');
    const entries = await rows.evaluateAll((elements) =>
      elements.map((el) => [el.getAttribute('data-indicator-id')!, el.querySelector('[data-testid="status-badge"]')!.textContent!.trim()] as const),
    );
    return Object.fromEntries(entries);
  }

  /** The scorecard rows whose status badge reaches outside its cell (by its bounding box), with the badge's text. */
  async badgesOutsideTheirCells(): Promise<string[]> {
    const badges = this.page.getByTestId('scorecard-table').getByTestId('status-badge');
    return badges.evaluateAll((elements) =>
      elements.flatMap((badge) => {
        const inner = badge.getBoundingClientRect();
        const cell = badge.closest('[role="cell"]')!.getBoundingClientRect();
        const inside = inner.left >= cell.left - 0.5 && inner.right <= cell.right + 0.5 && inner.top >= cell.top - 0.5 && inner.bottom <= cell.bottom + 0.5;
        return inside ? [] : [`${badge.closest('[role="row"]')!.getAttribute('data-indicator-id')}: ${badge.textContent}`];
      }),
    );
  }

  async setAsOf(year: number): Promise<void> {
    const select = this.page.getByTestId('as-of');
    await select.selectOption(String(year));
    // The year is shown at once and saved after; a reload before the save lands would show the stored year.
    await expect(select).toHaveAttribute('aria-busy', 'false');
  }

  /** Opens an indicator's page by clicking its scorecard row. */
  async openIndicator(indicatorId: string): Promise<Locator> {
    await this.row(indicatorId).click();
    const page = this.page.getByTestId('indicator-page');
    await expect(page).toBeVisible();
    return page;
  }

  /** The text alternative (hidden data table) of a chart, row by row. */
  chartData(testId: string): Locator {
    return this.page.getByTestId(`${testId}-data`);
  }
}
