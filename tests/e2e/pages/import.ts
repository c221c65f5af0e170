// Page model of the import tab: choosing or dropping files, the per-file cards, and the import history.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export class ImportPage {
  constructor(readonly page: Page) {}

  /** Chooses files through the file dialog (the file input the button opens). */
  async chooseFiles(...paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles(paths);
  }

  /** Drops files onto the drop area, as dragging them from the file manager does. */
  async dropFiles(...paths: string[]): Promise<void> {
    const files = paths.map((path) => ({ name: basename(path), base64: readFileSync(path).toString('base64') }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of list) transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      return transfer;
    }, files);
    const zone = this.page.getByTestId('drop-zone');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  /** The card of a file in the wizard. */
  card(fileName: string): Locator {
    return this.page.locator(`article[data-file-name="${fileName}"]`);
  }

  summary(fileName: string): Locator {
    return this.card(fileName).getByTestId('import-summary');
  }

  /** The select that maps an unknown indicator name. */
  nameChoice(fileName: string, name: string): Locator {
    return this.card(fileName).getByLabel(`“${name}”对应的指标`);
  }

  commitButton(fileName: string): Locator {
    return this.card(fileName).getByRole('button', { name: '导入', exact: true });
  }

  /** Imports the file and waits until its card is gone. */
  async commit(fileName: string): Promise<void> {
    await this.commitButton(fileName).click();
    await expect(this.card(fileName)).toHaveCount(0);
  }

  /** The rows of the conflicts table. */
  conflicts(fileName: string): Locator {
    return this.card(fileName).getByTestId('conflicts').locator('tbody tr');
  }

  /** The entries of the mapping list beside the preview, in order. */
  mappingEntries(fileName: string): Locator {
    return this.card(fileName).getByTestId('mapping-list').getByTestId('mapping-entry');
  }

  /** The mapping list's entry of a source label by the label's cell. */
  mappingEntry(fileName: string, cell: string): Locator {
    return this.mappingEntries(fileName).and(this.page.locator(`[data-cell="${cell}"]`));
  }

  /** What the preview highlights for the selected mapping entry. */
  previewHighlight(fileName: string): Locator {
    return this.card(fileName).getByTestId('preview-highlight');
  }

  /** The folded hints list: its title counts the hints. */
  hints(fileName: string): Locator {
    return this.card(fileName).getByTestId('findings');
  }

  /** A cell of the sheet preview by its A1 address. */
  previewCell(fileName: string, address: string): Locator {
    return this.card(fileName).getByTestId('sheet-preview').locator(`[data-cell="${address}"]`);
  }

  /** Scrolls the (virtualised) preview so that a 1-based sheet row is rendered. */
  async scrollPreviewToRow(fileName: string, row: number): Promise<void> {
    await this.card(fileName)
      .getByTestId('sheet-preview')
      .evaluate((el, r) => {
        const rowHeight = el.querySelector('[role="row"]')!.getBoundingClientRect().height;
        el.scrollTop = (r - 3) * rowHeight;
      }, row);
  }

  historyRow(fileName: string): Locator {
    return this.page.getByTestId('import-history').locator(`tr[data-batch-file="${fileName}"]`);
  }

  /** Undoes an import from the history, confirming the question. */
  async undo(fileName: string): Promise<void> {
    await this.historyRow(fileName).getByRole('button', { name: '撤销' }).click();
    const confirm = this.page.getByRole('alertdialog', { name: '撤销导入' });
    await expect(confirm).toContainText(fileName);
    await confirm.getByRole('button', { name: '撤销' }).click();
    await expect(this.historyRow(fileName)).toHaveCount(0);
  }
}
