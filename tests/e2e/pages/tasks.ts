// Page model of the 重点任务 tab: the counts by rating, the list and an item's progress form.
import { expect, type Locator, type Page } from '@playwright/test';
import type { RatingKey } from '../../../renderer/src/screens/tasks/task-rows';

export class TasksPage {
  constructor(readonly page: Page) {}

  /** How many items have `rating` in the year shown, as the summary states it. */
  async count(rating: RatingKey): Promise<number> {
    return Number(await this.page.getByTestId(`count-${rating}`).getAttribute('data-count'));
  }

  async expectCount(rating: RatingKey, count: number): Promise<void> {
    await expect(this.page.getByTestId(`count-${rating}`)).toHaveAttribute('data-count', String(count));
  }

  /** Narrows the list to the items whose title or id contains `text`, then opens the one with this id. */
  async openItem(text: string, itemId: string): Promise<void> {
    await this.page.getByTestId('filter-search').fill(text);
    await this.page.locator(`[data-testid="task-row"][data-item="${itemId}"]`).click();
    await expect(this.page.getByTestId('task-page')).toBeVisible();
  }

  get form(): Locator {
    return this.page.getByTestId('progress-form');
  }

  async rate(rating: string): Promise<void> {
    await this.page.getByTestId('progress-rating').selectOption({ label: rating });
  }

  async save(): Promise<void> {
    await this.page.getByTestId('progress-save').click();
  }

  /** Drops a PDF on the form's evidence zone, as one dragged from the desktop. */
  async dropEvidence(name: string, bytes: Buffer): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, base64 }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'application/pdf' }));
        return transfer;
      },
      { name, base64: bytes.toString('base64') },
    );
    const zone = this.page.getByTestId('drop-zone');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  async back(): Promise<void> {
    await this.page.getByTestId('task-back').click();
    await expect(this.page.getByTestId('tasks')).toBeVisible();
  }
}
