// Page model of the 数据采集 tab: the generate dialog (with the downloads it starts) and the tracker table.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export interface GenerateOptions {
  /** Regions to tick besides the whole area, which is ticked already. */
  extraRegions?: string[];
  deadline?: string;
  contact?: string;
}

export class TemplatesPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: '生成数据采集表' });
  }

  /** Opens the dialog, fills it, generates, and returns the downloads once `expected` files have started. */
  async generate(options: GenerateOptions, expected: number): Promise<Download[]> {
    const downloads: Download[] = [];
    const collect = (d: Download) => downloads.push(d);
    this.page.on('download', collect);
    await this.page.getByRole('button', { name: '生成数据采集表…' }).click();
    const dialog = this.dialog();
    for (const region of options.extraRegions ?? []) await dialog.getByRole('checkbox', { name: region, exact: true }).check();
    if (options.deadline) await dialog.getByLabel('截止日期').fill(options.deadline);
    if (options.contact) await dialog.getByLabel('联系人').fill(options.contact);
    await dialog.getByRole('button', { name: '生成并保存' }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => downloads.length).toBe(expected);
    this.page.off('download', collect);
    return downloads;
  }

  /** The tracker row of a department. */
  row(department: string): Locator {
    return this.page.getByTestId('template-tracker').locator(`tr[data-department="${department}"]`);
  }

  cell(department: string, column: 'sent' | 'returned' | 'missing'): Locator {
    return this.row(department).locator(`td[data-column="${column}"]`);
  }
}
