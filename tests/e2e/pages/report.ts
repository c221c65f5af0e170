// Page model of the 报告 tab: the new-report form, the list, the preview with its editable paragraphs, refresh and exports.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ReportPage {
  constructor(readonly page: Page) {}

  preview(): Locator {
    return this.page.getByTestId('report-preview');
  }

  title(): Locator {
    return this.preview().locator('.report-title');
  }

  /** A drafted paragraph of the open report by its block id (e.g. 'indicator.tech-contracts'). */
  paragraph(id: string): Locator {
    return this.page.getByTestId(`paragraph-${id}`);
  }

  /** The paragraph's printed text, without its on-screen marks and actions. */
  paragraphText(id: string): Locator {
    return this.paragraph(id).locator('.report-para-text');
  }

  /** Drafts a report with the form: type (e.g. 中期评估报告), evaluation year and, when given, the evaluating unit. */
  async generate(type: string, year: number, unit?: string): Promise<void> {
    const form = this.page.getByTestId('report-options');
    await form.getByLabel('报告类型').selectOption({ label: type });
    await form.getByLabel('评估年份').selectOption({ label: `截至${year}年` });
    if (unit !== undefined) await form.getByLabel('评估单位（印在封面）').fill(unit);
    await form.getByRole('button', { name: '生成报告' }).click();
    await expect(this.preview()).toBeVisible();
  }

  /** Freezes a round with the 评估轮次 panel: its kind (e.g. 中期评估), as-of year and cut-off (YYYY-MM-DD). */
  async freezeRound(kind: string, year: number, cutoff: string): Promise<void> {
    const panel = this.page.getByTestId('round-panel');
    await panel.getByTestId('round-kind').selectOption({ label: kind });
    await panel.getByTestId('round-year').selectOption({ label: `截至${year}年` });
    await panel.getByTestId('round-cutoff').fill(cutoff);
    await panel.getByTestId('round-freeze').click();
    await expect(this.page.locator('.toast', { hasText: `已冻结评估轮次“${year}年${kind}”` })).toBeVisible();
  }

  /** Rewrites a paragraph in place: click, type, Ctrl+Enter. */
  async editParagraph(id: string, text: string): Promise<void> {
    await this.paragraphText(id).click();
    const editor = this.paragraph(id).getByRole('textbox', { name: '编辑段落' });
    await editor.fill(text);
    await editor.press('Control+Enter');
    await expect(editor).toBeHidden();
  }

  async refresh(): Promise<void> {
    await this.page.getByRole('button', { name: '刷新数据' }).click();
    await expect(this.page.getByTestId('report-progress')).toBeHidden();
  }

  /**
   * Clicks an export button and returns the browser download it starts. Allowed two minutes: the charts are drawn at
   * 2× first, and a PDF is then printed by a second Chromium, which a machine busy with other tests slows down.
   */
  async exportDownload(format: 'docx' | 'xlsx' | 'html' | 'pdf'): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 });
    await this.page.getByTestId(`export-${format}`).click();
    return download;
  }
}
