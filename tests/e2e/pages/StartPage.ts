// Page model of the start screen: the project list and the ways to create projects.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export class StartPage {
  constructor(readonly page: Page) {}

  /** Opens the app on a fresh start screen. */
  async goto(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { name: '开始一项规划评估' })).toBeVisible();
  }

  /** The project list's row for a project. */
  row(name: string): Locator {
    return this.page.locator(`tr[data-project-name="${name}"]`);
  }

  projectRows(): Locator {
    return this.page.getByTestId('project-list').locator('tbody tr');
  }

  /** Creates a project from the built-in Guangzhou plan; the workspace opens. */
  async createFromBuiltIn(name: string): Promise<void> {
    await this.page.getByRole('button', { name: '新建项目' }).click();
    const dialog = this.page.getByRole('dialog', { name: '新建评估项目' });
    await dialog.getByLabel('项目名称').fill(name);
    await dialog.getByLabel('项目名称').press('Enter');
    await expect(dialog).toBeHidden();
  }

  /** Chooses a plan spreadsheet through the file dialog. */
  async importPlanSheet(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择规划表…' }).click();
    await (await chooser).setFiles(path);
  }

  /** Drops a file onto the plan spreadsheet area, as dragging it from the file manager does. */
  async dropPlanSheet(path: string): Promise<void> {
    const file = { name: basename(path), base64: readFileSync(path).toString('base64') };
    const dataTransfer = await this.page.evaluateHandle(({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      return transfer;
    }, file);
    const zone = this.page.getByTestId('drop-zone');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: '打开示例项目' }).click();
  }

  /** Runs a row action (重命名 / 复制 / 删除) of a project. */
  async rowAction(name: string, action: string): Promise<void> {
    await this.row(name).getByRole('button', { name: action, exact: true }).click();
  }

  /** Fills the one-field dialog that is open and accepts it with Enter. */
  async answerPrompt(title: string, value: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: title });
    await dialog.getByRole('textbox').fill(value);
    await dialog.getByRole('textbox').press('Enter');
    await expect(dialog).toBeHidden();
  }

  async setLanguage(label: 'English' | '中文'): Promise<void> {
    await this.page.locator('.language-switch select').selectOption({ label });
  }
}
