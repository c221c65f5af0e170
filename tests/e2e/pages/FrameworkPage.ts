// Page model of the framework tab: the indicator table and the indicator editor.
import { expect, type Locator, type Page } from '@playwright/test';

export class FrameworkPage {
  constructor(readonly page: Page) {}

  /** The table row of an indicator. */
  row(indicatorId: string): Locator {
    return this.page.locator(`tr[data-indicator-id="${indicatorId}"]`);
  }

  targetOf(indicatorId: string): Locator {
    return this.row(indicatorId).getByTestId('target');
  }

  /** Opens the editor of an indicator with its Edit button. */
  async edit(indicatorId: string): Promise<Locator> {
    await this.row(indicatorId).getByRole('button', { name: '编辑' }).click();
    const editor = this.page.getByRole('dialog');
    await expect(editor.getByTestId('indicator-editor')).toBeVisible();
    return editor;
  }

  /** Saves the open editor with its Save button. */
  async save(editor: Locator): Promise<void> {
    await editor.getByRole('button', { name: '保存' }).click();
  }
}
