// 导入分工方案 end to end on the 重点任务 tab: a responsibility table written by the test as .xlsx (with one row in
// error) is chosen through the file dialog; the preview shows which row goes to which item and its lead, partners and
// milestones before → after, and the bad row with its cell; importing needs the confirmation to leave that row out;
// afterwards the items show their 牵头单位 and the department filter offers it; undo from the notice takes it back.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DIVISION_ROWS, divisionXlsx } from '../support/division-fixture';
import { StartPage } from './pages/StartPage';
import { TasksPage } from './pages/tasks';
import { WorkspacePage } from './pages/WorkspacePage';

const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

test('import a 分工方案: preview, confirm leaving out the bad row, apply, see the lead units, undo', async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.openSample();
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('示例');
  await workspace.openTab('重点任务');
  const tasks = new TasksPage(page);
  const leadFilter = page.getByTestId('filter-lead');
  await expect(leadFilter.locator('option', { hasText: '市发展改革委' })).toHaveCount(0);

  const bytes = Buffer.from(divisionXlsx([...DIVISION_ROWS, [4, '五（九）9', '', '市科技局', '', '']]));
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('division-open').click();
  await (await chooser).setFiles({ name: '分工方案.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });

  const preview = page.getByTestId('division-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('division-summary')).toHaveText('共4行：3行将更新条目，1行有错误不导入，0行与台账一致。');
  await expect(page.getByTestId('division-role-lead')).toHaveValue('3');
  const rows = preview.getByTestId('division-row');
  await expect(rows).toHaveCount(4);
  const tnic = rows.nth(0);
  await expect(tnic).toContainText('分工方案!B5');
  await expect(tnic).toContainText('五（一）2 高标准建设国家技术创新中心（t-5-1-2）');
  await expect(tnic.locator('[data-field="lead"]')).toHaveText('— → 市科技局');
  await expect(tnic.locator('[data-field="milestones"]')).toHaveText('— → 2023年建成/挂牌');
  await expect(rows.nth(1).locator('[data-field="milestones"]')).toHaveText('— → 2022年开工；2025年建成/挂牌');
  await expect(rows.nth(2)).toContainText('“分工方案”工作表 F7：时间节点“持续推进”中没有年份，作为备注保留');
  const bad = rows.nth(3);
  await expect(bad).toHaveAttribute('data-status', 'refused');
  await expect(bad).toContainText('“分工方案”工作表 B8：台账中没有章节“五（九）9”');
  await page.screenshot({ path: `${SHOTS}/division-preview.png`, fullPage: true });

  // With a row in error, importing waits for the confirmation that only the good rows go in.
  const apply = page.getByRole('button', { name: '导入3项更改' });
  await expect(apply).toBeDisabled();
  await page.getByTestId('division-partial').check();
  await apply.click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('status')).toContainText('已按分工方案“分工方案.xlsx”更新3个条目。');

  // The lead units show on the items and the department filter offers them.
  await expect(leadFilter.locator('option', { hasText: '市发展改革委' })).toHaveCount(1);
  await leadFilter.selectOption({ label: '市科技局' });
  await expect(page.getByTestId('task-count')).toContainText('显示 2 项');
  await expect(page.locator('[data-testid="task-row"][data-item="t-5-1-2"]')).toBeVisible();
  await expect(page.locator('[data-testid="task-row"][data-item="p-gz-lab"]')).toBeVisible();
  await leadFilter.selectOption({ label: '全部单位' });
  await tasks.openItem('广州实验室', 'p-gz-lab');
  await expect(page.getByTestId('task-milestone-note')).toHaveText('备注：持续推进');
  await tasks.back();
  await tasks.openItem('统筹布局重大科技基础设施', 't-5-1-3');
  await expect(page.getByTestId('task-page')).toContainText('市发展改革委');
  await expect(page.getByTestId('task-page')).toContainText('市科技局、黄埔区政府');
  await expect(page.getByTestId('task-timeline')).toContainText('2022年开工');
  await expect(page.getByTestId('task-timeline')).toContainText('2025年建成/挂牌');
  await tasks.back();
  await page.screenshot({ path: `${SHOTS}/division-applied.png`, fullPage: true });

  // Undo from the notice: the ledger is as it was, and the filter no longer offers the units.
  await page.getByRole('status').getByRole('button', { name: '撤销' }).last().click();
  await expect(page.getByRole('status')).toContainText('已撤销分工方案“分工方案.xlsx”的导入。');
  await expect(leadFilter.locator('option', { hasText: '市发展改革委' })).toHaveCount(0);
  await expect(leadFilter.locator('option', { hasText: '市科技局' })).toHaveCount(0);
});
