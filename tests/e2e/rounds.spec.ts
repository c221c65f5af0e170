// Evaluation rounds end to end: freeze a 中期评估 round of the sample, draft its report, export Word, Excel and HTML,
// change the framework (a target), export again (and PDF) and find every figure unchanged and the same in every format; then
// freeze a second round, compare the two on screen and as a report annex, and delete a round with undo.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { guangzhouPlan } from '../../shared/plans';
import { docxFigures, htmlFigures, xlsxFigures, type Figures } from '../support/report-figures';
import { FrameworkPage } from './pages/FrameworkPage';
import { ReportPage } from './pages/report';
import { WorkspacePage } from './pages/WorkspacePage';

const SHOTS = '.tmp/screenshots';
const OUT = '.tmp/rounds-e2e';
mkdirSync(SHOTS, { recursive: true });
mkdirSync(OUT, { recursive: true });
const plan = guangzhouPlan();

/** The open report exported as Word, Excel and HTML, each read back as figures. */
async function exportAll(report: ReportPage, tag: string): Promise<Figures[]> {
  const figures: Figures[] = [];
  for (const format of ['docx', 'xlsx', 'html'] as const) {
    const path = `${OUT}/${tag}.${format}`;
    await (await report.exportDownload(format)).saveAs(path);
    figures.push(format === 'docx' ? docxFigures(plan, new Uint8Array(readFileSync(path))) : format === 'xlsx' ? xlsxFigures(plan, new Uint8Array(readFileSync(path))) : htmlFigures(plan, readFileSync(path, 'utf8')));
  }
  return figures;
}

test('a frozen round’s report states the same figures in every format before and after a target edit; two rounds compare', async ({ page }) => {
  test.setTimeout(400_000);
  const workspace = new WorkspacePage(page);
  const framework = new FrameworkPage(page);
  const report = new ReportPage(page);
  await workspace.openSampleOn('报告');

  // A cut-off that is left empty is said so, and nothing is frozen.
  const panel = page.getByTestId('round-panel');
  await panel.getByTestId('round-cutoff').fill('');
  await panel.getByTestId('round-freeze').click();
  await expect(panel.getByRole('alert')).toHaveText('请填写数据截止时点（年-月-日）。');
  await expect(panel.getByTestId('round-list')).toHaveCount(0);

  await report.freezeRound('中期评估', 2023, '2099-12-31');
  const midterm = panel.locator('.round-list-item', { hasText: '2023年中期评估' });
  await expect(midterm).toContainText('中期评估 · 截至2023年 · 数据截止 2099-12-31');
  await expect(midterm).toContainText(/SHA-256 [0-9a-f]{12}/);
  await midterm.getByTestId('round-report').click();
  await expect(report.title()).toHaveText('广州市科技创新“十四五”规划中期评估报告');
  await expect(page.getByTestId('report-round')).toContainText('评估轮次“2023年中期评估”（数据截止 2099-12-31）');
  await expect(report.preview()).toContainText('本报告的全部数字取自评估轮次“2023年中期评估”');
  await page.screenshot({ path: `${SHOTS}/rounds-report.png` });

  const before = await exportAll(report, 'before');
  expect(Object.keys(before[0]!)).toHaveLength(plan.indicators.length);
  expect(before[0]!['技术合同成交额']).toContain('39.6%');
  for (const figures of before) expect(figures).toEqual(before[0]);

  // The data change: the target of 技术合同成交额 from 3000 to 3200.
  await workspace.openTab('指标框架');
  const editor = await framework.edit('tech-contracts');
  await editor.getByLabel('目标值').fill('3200');
  await framework.save(editor);
  await expect(framework.targetOf('tech-contracts')).toHaveText('2025年 > 3200');

  await workspace.openTab('报告');
  await expect(page.getByTestId('report-round')).toBeVisible();
  await report.refresh();
  const after = await exportAll(report, 'after');
  for (const figures of after) expect(figures).toEqual(before[0]);
  // The PDF prints the preview, drafted from the round: completion against 3000 (39.6%), not the new 3200 (31.2%).
  const pdfPath = `${OUT}/after.pdf`;
  await (await report.exportDownload('pdf')).saveAs(pdfPath);
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(pdfText).toContain('39.6%');
  expect(pdfText).not.toContain('31.2%');
  expect(pdfText).toContain('本报告的全部数字取自评估轮次“2023年中期评估”');

  // A second round, of the framework as it is now, compared with the first.
  await report.freezeRound('年度监测', 2022, '2099-12-31');
  // By default the earlier year comes first, whichever round was frozen first.
  await expect(panel.getByTestId('round-then')).toHaveValue(await panel.getByTestId('round-then').locator('option', { hasText: '2022年年度监测' }).getAttribute('value') ?? '');
  await expect(panel.getByTestId('round-now')).toHaveValue(await panel.getByTestId('round-now').locator('option', { hasText: '2023年中期评估' }).getAttribute('value') ?? '');
  await panel.getByTestId('round-compare').click();
  const diff = page.getByTestId('round-diff');
  await expect(diff).toContainText('评估轮次对比：2022年年度监测 → 2023年中期评估');
  await expect(diff.getByTestId('round-diff-indicators').locator('tbody tr')).toHaveCount(plan.indicators.length);
  await expect(diff.locator('tr[data-indicator-id="tech-contracts"]')).toContainText('39.6%');
  await page.screenshot({ path: `${SHOTS}/rounds-diff.png` });
  await diff.getByTestId('round-diff-report').click();
  await expect(report.preview().getByRole('heading', { name: '附录4 评估轮次对比' })).toBeVisible();
  await expect(page.getByTestId('report-table-table.roundDiff')).toBeVisible();

  // Deleting a round takes its reports with it; undo brings both back.
  const annual = panel.locator('.round-list-item', { hasText: '2022年年度监测' });
  await annual.getByRole('button', { name: '删除“2022年年度监测”' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '删除' }).click();
  await expect(annual).toHaveCount(0);
  await page.locator('.toast', { hasText: '已删除评估轮次“2022年年度监测”' }).getByRole('button', { name: '撤销' }).click();
  await expect(annual).toBeVisible();
});
