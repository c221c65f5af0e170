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

  async back(): Promise<void> {
    await this.page.getByTestId('task-back').click();
    await expect(this.page.getByTestId('tasks')).toBeVisible();
  }
}
