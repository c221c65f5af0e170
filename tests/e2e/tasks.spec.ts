// The 重点任务 tab end to end: the sample project's ledger, an item rated 滞后 refused without its reason and next
// steps and saved with them, another rated 已完成 with a PDF as evidence (dropped, stored, opened back), the counts by
// rating changing with each, undo from the save's notice, and the screen in English.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { smallPdf } from '../support/small-pdf';
import { StartPage } from './pages/StartPage';
import { TasksPage } from './pages/tasks';
import { WorkspacePage } from './pages/WorkspacePage';

const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** The 8-byte PNG signature and a little more: enough to be stored and listed as an image. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

test('rate key tasks: 滞后 needs its reason and next steps, 已完成 with a PDF as evidence, and the counts follow', async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.openSample();
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('示例');
  await workspace.openTab('重点任务');
  const tasks = new TasksPage(page);
  await expect(page.getByTestId('task-count')).toContainText('共 148 项');
  await tasks.expectCount('unreported', 148);
  await tasks.expectCount('lagging', 0);
  await page.screenshot({ path: `${SHOTS}/tasks-overview.png`, fullPage: true });

  // The list is moved through by keyboard: the second item opens with ArrowDown and Enter.
  await page.getByTestId('task-list').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('task-page')).toContainText('强化“四核”战略支撑');
  await tasks.back();

  // 滞后 without a reason: refused with the message, and nothing is saved.
  await tasks.openItem('一轴', 't-3-1');
  await expect(tasks.form.getByTestId('progress-rubric')).toContainText('推进：当年安排的工作落实即为序时推进');
  await tasks.rate('滞后');
  await expect(page.getByTestId('lag-note')).toHaveText('评为“滞后”或“未启动”时，须填写滞后原因和下一步措施，否则不能保存。');
  await tasks.form.getByTestId('progress-text').fill('核心区规划已编制，部分项目尚未开工。');
  await tasks.save();
  const refused = page.getByTestId('progress-refused');
  await expect(refused).toContainText('未保存：评为滞后或未启动时须填写滞后原因');
  await expect(refused).toContainText('评为滞后或未启动时须填写下一步措施');
  await expect(page.getByTestId('task-history')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/tasks-refused.png`, fullPage: true });

  // With both: saved, in the history, and counted.
  await tasks.form.getByTestId('progress-lagReason').fill('用地报批周期较长。');
  await tasks.form.getByTestId('progress-nextSteps').fill('加快用地审批，2024年底前全部开工。');
  await tasks.save();
  await expect(page.getByRole('status')).toContainText('已保存“强化“一轴”核心驱动”2023年的进展。');
  await expect(refused).toHaveCount(0);
  await expect(page.getByTestId('task-history')).toContainText('用地报批周期较长。');
  await tasks.back();
  // Back on the list: the same filter, and the item just left selected in the focused list.
  await expect(page.getByTestId('filter-search')).toHaveValue('一轴');
  await expect(page.locator('[data-testid="task-row"][data-item="t-3-1"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('task-list')).toBeFocused();
  await tasks.expectCount('lagging', 1);
  await tasks.expectCount('unreported', 147);

  // 广州实验室 (建成): 已完成 needs the stage 建成/挂牌 and evidence; a PDF is dropped and saved with it.
  await tasks.openItem('广州实验室', 'p-gz-lab');
  await expect(tasks.form.getByTestId('progress-rubric')).toContainText('建成：达到“建成/挂牌”阶段并有佐证材料方为已完成');
  await tasks.rate('已完成');
  await tasks.save();
  await expect(page.getByTestId('progress-refused')).toContainText('须达到“建成/挂牌”阶段方可评为已完成');
  await page.getByTestId('progress-stage').selectOption({ label: '建成/挂牌' });
  await tasks.dropEvidence('广州实验室挂牌通知.pdf', smallPdf('Guangzhou Laboratory'));
  await expect(tasks.form.getByTestId('progress-evidence')).toContainText('广州实验室挂牌通知.pdf');
  // A second file through the file dialog.
  const chooser = page.waitForEvent('filechooser');
  await tasks.form.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles({ name: '揭牌现场.png', mimeType: 'image/png', buffer: PNG });
  await expect(tasks.form.getByTestId('progress-evidence')).toContainText('揭牌现场.png');
  await tasks.save();
  await expect(page.getByRole('status')).toContainText('已保存“广州实验室”2023年的进展。');
  const evidence = page.getByTestId('task-evidence');
  await expect(evidence).toContainText('广州实验室挂牌通知.pdf');
  await expect(evidence).toContainText('揭牌现场.png');
  await expect(page.getByTestId('task-timeline')).toContainText('建成/挂牌');
  await page.screenshot({ path: `${SHOTS}/tasks-item.png`, fullPage: true });

  // The evidence opens as the file it was: the same bytes come back.
  const download = page.waitForEvent('download');
  await evidence.locator('li', { hasText: '广州实验室挂牌通知.pdf' }).getByRole('button', { name: '打开' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('广州实验室挂牌通知.pdf');
  const stream = await saved.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).equals(smallPdf('Guangzhou Laboratory'))).toBe(true);

  await tasks.back();
  await tasks.expectCount('done', 1);
  await tasks.expectCount('lagging', 1);
  await tasks.expectCount('unreported', 146);
  await expect(page.getByTestId('tasks-chart-data')).toContainText('五、聚焦科学发现');
  await page.screenshot({ path: `${SHOTS}/tasks-counted.png`, fullPage: true });

  // Filter by rating: only the lagging item is listed.
  await page.getByTestId('filter-search').fill('');
  await page.getByTestId('filter-rating').selectOption({ label: '滞后' });
  await expect(page.getByTestId('task-row')).toHaveCount(1);
  await expect(page.getByTestId('task-row')).toContainText('强化“一轴”核心驱动');
  await page.getByTestId('filter-rating').selectOption({ label: '全部评价' });

  // Undo from the notice of a save: rating 序时推进 and undoing it puts 滞后 back.
  // The earlier saves' notices are closed first, so the one 撤销 on screen is this save's.
  await tasks.openItem('一轴', 't-3-1');
  const notices = page.locator('.toast');
  // A notice may close on its own timer between the count and the click: then the loop counts again.
  while ((await notices.count()) > 0) await notices.first().getByRole('button', { name: '关闭' }).click({ timeout: 2_000 }).catch(() => undefined);
  await tasks.rate('序时推进');
  await tasks.save();
  await expect(notices.filter({ hasText: '已保存“强化“一轴”核心驱动”2023年的进展。' })).toHaveCount(1);
  await notices.filter({ hasText: '已保存“强化“一轴”核心驱动”2023年的进展。' }).getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('status')).toContainText('已撤销');
  await expect(page.getByTestId('progress-rating')).toHaveValue('lagging');
  await tasks.back();
  await tasks.expectCount('lagging', 1);
  await tasks.expectCount('on-track', 0);
});

test('the 重点任务 tab in English', async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.setLanguage('English');
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await page.getByRole('tab', { name: 'Key tasks' }).click();
  await expect(page.getByTestId('task-count')).toHaveText('148 of 148 items shown');
  await expect(page.getByTestId('count-unreported')).toContainText('not reported');
  await page.screenshot({ path: `${SHOTS}/tasks-overview-en.png`, fullPage: true });
  await page.locator('[data-testid="task-row"][data-item="t-3-1"]').click();
  await expect(page.getByTestId('lag-note')).toHaveText('A rating of behind schedule or not started needs the reason for the delay and the next steps; it will not save without them.');
  await page.getByTestId('progress-rating').selectOption({ label: 'behind schedule' });
  await page.getByTestId('progress-save').click();
  await expect(page.getByTestId('progress-refused')).toContainText('Not saved: A rating of behind schedule or not started needs the reason');
  await page.screenshot({ path: `${SHOTS}/tasks-item-en.png`, fullPage: true });
});
