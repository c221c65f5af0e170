// Page model of the data tab: the values table and the sample banner.
import type { Locator, Page } from '@playwright/test';

export class DataPage {
  constructor(readonly page: Page) {}

  banner(): Locator {
    return this.page.getByTestId('sample-banner');
  }

  /** The table rows of one indicator's values. */
  rowsOf(indicatorId: string): Locator {
    return this.page.getByTestId('data-table').locator(`[role="row"][data-indicator-id="${indicatorId}"]`);
  }
}
