// Task progress templates end to end: after a 分工方案 names the lead departments, the 数据采集 tab generates the
// ledger's task template (one sheet per department); the test fills 市科技局's answers as the department would and
// leaves 市发展改革委's sheet empty; the 导入 tab recognises the file and imports it without a question (the card says
// year, rated items, who did not report); the 重点任务 counts change, and 撤销 puts them back.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Download } from '@playwright/test';
import { divisionXlsx } from '../support/division-fixture';
import { fillCells } from '../unit/templates/fill';
import { answerCells, taskCellOf } from '../unit/templates/task-fill';
import { ImportPage } from './pages/import';
import { StartPage } from './pages/StartPage';
import { TasksPage } from './pages/tasks';
import { WorkspacePage } from './pages/WorkspacePage';

const WORK = '.tmp/e2e-task-templates';
const SHOTS = '.tmp/screenshots';
mkdirSync(WORK, { recursive: true });
mkdirSync(SHOTS, { recursive: true });

test('generates the task template, imports a filled one without a question, the counts change, undo puts them back', async ({ page }) => {
  test.setTimeout(180_000);
  const start = new StartPage(page);
  const workspace = new WorkspacePage(page);
  const tasks = new TasksPage(page);
  const wizard = new ImportPage(page);
  await start.goto();
  await start.openSample();
  await workspace.expectOpen('示例');

  await test.step('a 分工方案 names the leads: 市科技局 (t-5-1-2, 广州实验室) and 市发展改革委 (t-5-1-3)', async () => {
    await workspace.openTab('重点任务');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('division-open').click();
    await (await chooser).setFiles({ name: '分工方案.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(divisionXlsx()) });
    await page.getByRole('button', { name: '导入3项更改' }).click();
    await expect(page.getByRole('status')).toContainText('已按分工方案“分工方案.xlsx”更新3个条目。');
    await tasks.expectCount('on-track', 0);
    await tasks.expectCount('lagging', 0);
  });

  const unreported = await tasks.count('unreported');
  let year = 0;
  let path = '';
  await test.step('generating: one workbook, a sheet per lead department, recorded as sent', async () => {
    await workspace.openTab('数据采集');
    await expect(page.getByText('尚未生成重点任务进展表。')).toBeVisible();
    const download: Promise<Download> = page.waitForEvent('download');
    await page.getByRole('button', { name: '生成重点任务进展表' }).click();
    const dialog = page.getByRole('dialog', { name: '生成重点任务进展表' });
    await dialog.getByLabel('截止日期').fill('2024-03-31');
    await dialog.getByRole('button', { name: '生成并保存' }).click();
    await expect(dialog).toHaveCount(0);
    const saved = await download;
    year = Number(/(\d{4})\.xlsx$/.exec(saved.suggestedFilename())![1]);
    expect(saved.suggestedFilename()).toBe(`重点任务进展填报表_${year}.xlsx`);
    path = join(WORK, saved.suggestedFilename());
    await saved.saveAs(path);
    const tracker = page.getByTestId('task-template-tracker');
    await expect(tracker.locator('tbody tr')).toHaveCount(3);
    await expect(tracker.locator('tr[data-department="市科技局"] td[data-column="sent"]')).toContainText('截止 2024-03-31');
    await expect(tracker.locator('tr[data-department="市科技局"] td[data-column="returned"]')).toHaveText('未收回');
  });

  const filled = join(WORK, '重点任务进展_已填报.xlsx');
  let refusedCells: string[] = [];
  await test.step('市科技局 answers its two items; 市发展改革委 sends its sheet back empty; 未指定部门 rates one 滞后 without a reason', async () => {
    const bytes = new Uint8Array(readFileSync(path));
    const answers = {
      市科技局: { 't-5-1-2': { rating: '序时推进', text: '已完成年度建设任务' }, 'p-gz-lab': { rating: '滞后', lagReason: '设备到货延迟', nextSteps: '督促供应商' } },
      未指定部门: { 't-3-1': { rating: '滞后' } },
    };
    refusedCells = [taskCellOf(bytes, '未指定部门', 't-3-1', 'lagReason', year), taskCellOf(bytes, '未指定部门', 't-3-1', 'nextSteps', year)];
    writeFileSync(filled, fillCells(bytes, answerCells(bytes, year, answers)));
  });

  await test.step('the import tab reads it without a question and says what it holds', async () => {
    await workspace.openTab('导入');
    await wizard.chooseFiles(filled);
    const card = wizard.card('重点任务进展_已填报.xlsx');
    await expect(card.getByTestId('import-template')).toHaveText(`已识别为${year}年重点任务进展表，按表中记录的单元格读取，无需确认映射。`);
    await expect(card.getByTestId('task-import-answered')).toHaveText(new RegExp(`^2/${unreported} 项已填报评价$`));
    await expect(card.getByTestId('task-import-not-reported')).toContainText('市发展改革委（1 项）');
    await expect(card.getByTestId('task-import-not-reported')).toContainText(`未指定部门（${unreported - 4} 项）`);
    // The refused answer is named by sheet and by each cell it owes, and not taken (neither a rating nor 未报送).
    const findings = card.getByTestId('task-import-findings').locator('li');
    await expect(findings).toHaveCount(2);
    for (const [i, cell] of refusedCells.entries()) {
      await expect(findings.nth(i)).toHaveAttribute('data-sheet', '未指定部门');
      await expect(findings.nth(i)).toHaveAttribute('data-cell', cell);
      await expect(findings.nth(i)).toContainText(`工作表“未指定部门”单元格 ${cell}`);
    }
    // No table corrections or names to map: a task template is read from its cell map.
    await expect(card.getByLabel('表格类型')).toHaveCount(0);
    await card.screenshot({ path: `${SHOTS}/task-template-import.png` });
    await wizard.commit('重点任务进展_已填报.xlsx');
    await expect(page.getByRole('status')).toContainText(`已从“重点任务进展_已填报.xlsx”导入重点任务进展：2 项评价，${unreported - 3} 项记为未报送（保留已有记录 0 项，未通过校验 0 项）。`);
  });

  await test.step('the tracker shows 市科技局 returned, 市发展改革委 未报送; the 重点任务 counts change; 撤销 puts them back', async () => {
    await workspace.openTab('数据采集');
    const returned = (department: string) => page.getByTestId('task-template-tracker').locator(`tr[data-department="${department}"] td[data-column="returned"]`);
    await expect(returned('市科技局')).toContainText('已填报 2/2 项');
    await expect(returned('市发展改革委')).toHaveText('市发展改革委未报送');
    await page.screenshot({ path: `${SHOTS}/task-template-tracker.png`, fullPage: true });
    await workspace.openTab('重点任务');
    await tasks.expectCount('on-track', 1);
    await tasks.expectCount('lagging', 1);
    await tasks.expectCount('unreported', unreported - 2);
    await page.locator('.toast').filter({ hasText: '项记为未报送' }).getByRole('button', { name: '撤销' }).click();
    await expect(page.getByRole('status')).toContainText('已撤销从“重点任务进展_已填报.xlsx”导入的重点任务进展。');
    await workspace.openTab('数据采集');
    await expect(returned('市科技局')).toHaveText('未收回');
    await workspace.openTab('重点任务');
    await tasks.expectCount('on-track', 0);
    await tasks.expectCount('lagging', 0);
    await tasks.expectCount('unreported', unreported);
  });
});
