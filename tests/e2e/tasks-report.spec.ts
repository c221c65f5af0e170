// The task chapter end to end: rate items on the 重点任务 tab (one 滞后 with its reason and next steps, one 已完成 with a
// PDF as evidence), see the counts change, draft the report and export it as PDF, and find in the PDF's text the
// chapter 重点任务推进情况, the lagging item with its reason and measures, and the 附件 citing the file.
// Then a round frozen now keeps that progress: rated again afterwards, the round's report still states the first.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { smallPdf } from '../support/small-pdf';
import { ReportPage } from './pages/report';
import { TasksPage } from './pages/tasks';
import { WorkspacePage } from './pages/WorkspacePage';

const SHOTS = '.tmp/screenshots';
const OUT = '.tmp/tasks-report-e2e';
mkdirSync(SHOTS, { recursive: true });
mkdirSync(OUT, { recursive: true });

const LAG_REASON = '用地报批周期较长。';
const NEXT_STEPS = '加快用地审批，2024年底前全部开工。';
const EVIDENCE = '广州实验室挂牌通知.pdf';

test('rated items, a PDF as evidence, and the report’s chapter, lagging item and 附件 in the exported PDF', async ({ page }) => {
  test.setTimeout(400_000);
  const workspace = new WorkspacePage(page);
  const tasks = new TasksPage(page);
  const report = new ReportPage(page);
  await workspace.openSampleOn('重点任务');
  await tasks.expectCount('unreported', 148);

  await tasks.openItem('一轴', 't-3-1');
  await tasks.rate('滞后');
  await tasks.form.getByTestId('progress-text').fill('核心区规划已编制，部分项目尚未开工。');
  await tasks.form.getByTestId('progress-lagReason').fill(LAG_REASON);
  await tasks.form.getByTestId('progress-nextSteps').fill(NEXT_STEPS);
  await tasks.save();
  await expect(page.getByTestId('task-history')).toContainText(LAG_REASON);
  await tasks.back();
  await tasks.expectCount('lagging', 1);

  await tasks.openItem('广州实验室', 'p-gz-lab');
  await tasks.rate('已完成');
  await page.getByTestId('progress-stage').selectOption({ label: '建成/挂牌' });
  await tasks.dropEvidence(EVIDENCE, smallPdf('Guangzhou Laboratory'));
  await expect(tasks.form.getByTestId('progress-evidence')).toContainText(EVIDENCE);
  await tasks.save();
  await expect(page.getByTestId('task-evidence')).toContainText(EVIDENCE);
  await tasks.back();
  await tasks.expectCount('done', 1);
  await tasks.expectCount('lagging', 1);
  await tasks.expectCount('unreported', 146);

  // The report: the task chapter is included by default for a project that keeps a ledger.
  await workspace.openTab('报告');
  await expect(page.getByTestId('report-include-tasks')).toBeChecked();
  await report.generate('中期评估报告', 2023, '广州市科学技术局');
  await expect(report.preview().getByRole('heading', { name: '六、重点任务推进情况', exact: true })).toBeVisible();
  await expect(report.preview()).toContainText(`滞后原因：${LAG_REASON.replace(/。$/, '')}`);
  await expect(report.preview().getByRole('heading', { name: '附件', exact: true })).toBeVisible();
  await expect(report.preview().getByRole('heading', { name: '附件2　佐证材料清单', exact: true })).toBeVisible();
  await report.preview().getByRole('heading', { name: '六、重点任务推进情况', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/tasks-report-chapter.png` });

  const pdfPath = `${OUT}/report.pdf`;
  await (await report.exportDownload('pdf')).saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('六、重点任务推进情况');
  expect(text).toContain('强化“一轴”核心驱动');
  expect(text).toContain(`滞后原因：${LAG_REASON.replace(/。$/, '')}`);
  expect(text).toContain(`下一步措施：${NEXT_STEPS.replace(/。$/, '')}`);
  expect(text).toContain('附件2佐证材料清单');
  expect(text).toContain(EVIDENCE);
  expect(text).toContain('重大平台/工程推进情况');
  // 附件 and each attachment after the first start a page (pdftotext ends each page with a form feed).
  const pageStarts = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) => page.split('\n').map((line) => line.replace(/\s+/g, '')).find((line) => line.length > 0));
  expect(pageStarts).toContain('附件');
  expect(pageStarts).toContain('附件2佐证材料清单');
  execFileSync('pdftoppm', ['-png', '-r', '50', pdfPath, `${SHOTS}/tasks-report-pdf`]);

  // A round frozen now holds this progress; the item rated again afterwards does not reach the round's report.
  await report.freezeRound('中期评估', 2023, '2099-12-31');
  await workspace.openTab('重点任务');
  await tasks.openItem('一轴', 't-3-1');
  await tasks.rate('序时推进');
  await tasks.save();
  await expect(page.getByRole('status')).toContainText('已保存“强化“一轴”核心驱动”2023年的进展。');
  await tasks.back();
  await tasks.expectCount('lagging', 0);
  await workspace.openTab('报告');
  await page.getByTestId('round-panel').locator('.round-list-item', { hasText: '2023年中期评估' }).getByTestId('round-report').click();
  await expect(page.getByTestId('report-round')).toContainText('2023年中期评估');
  await expect(report.preview()).toContainText(`滞后原因：${LAG_REASON.replace(/。$/, '')}`);
});
