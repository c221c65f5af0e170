// Target revisions (指标动态调整) end to end: recorded on the framework screen (refused while incomplete, undone from
// its notice), listed in the framework's history, applied on the dashboard with the plan target beside it, and stated
// in the report preview.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { evaluate, formatPercent, formatTarget } from '../../shared/attain';
import { defaultSettings, valueSet } from '../../shared/model';
import { gzSampleObservations } from '../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { DashboardPage } from './pages/dashboard';
import { FrameworkPage } from './pages/FrameworkPage';
import { ReportPage } from './pages/report';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';

const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

const BASIS = '穗科〔2023〕12号';

/** The engine's completion of 技术合同成交额 at 2023 against a target of > 2800, computed here in Node. */
function revisedCompletion(): string {
  const plan = guangzhouPlan();
  const revised = {
    ...plan,
    indicators: plan.indicators.map((i) =>
      i.id === 'tech-contracts' ? { ...i, revisions: [{ effectiveYear: 2023, target: { comparator: '>' as const, value: 2800 }, reason: '统计口径调整', basis: BASIS, recordedAt: '2023-07-01T00:00:00.000Z' }] } : i,
    ),
  };
  const result = evaluate(revised, valueSet(gzSampleObservations('2024-01-01T00:00:00.000Z')), defaultSettings(2023)).indicators.find((r) => r.indicatorId === 'tech-contracts')!;
  return formatPercent(result.completion!);
}

test('a target revision is recorded on the framework screen, applied on the dashboard and stated in the report', async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.openSample();
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('示例');
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const before = await dashboard.row('tech-contracts').getByTestId('completion').textContent();

  await workspace.openTab('框架');
  const framework = new FrameworkPage(page);
  const history = page.getByTestId('revision-history');
  await expect(history).toContainText('尚无目标调整');

  // Incomplete: refused at its fields, nothing recorded.
  await framework.row('tech-contracts').getByTestId('revise-target').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('revision-editor')).toContainText('规划原目标：2025年 > 3000');
  await dialog.getByLabel('生效年份').fill('2030');
  await dialog.getByRole('button', { name: '记录调整' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: '生效年份 2030 应为规划期 2021–2025 年内的整数年份' })).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: '须填写调整原因' })).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: '须填写批准依据（文号或会议）' })).toBeVisible();

  await dialog.getByLabel('生效年份').fill('2023');
  await dialog.getByLabel('调整后目标值').fill('2800');
  await dialog.getByLabel('调整原因').fill('统计口径调整');
  await dialog.getByLabel('批准依据（文号或会议）').fill(BASIS);
  await page.screenshot({ path: `${SHOTS}/revision-editor.png` });
  await dialog.getByRole('button', { name: '记录调整' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('已记录“技术合同成交额”的目标调整');

  // Undone from its notice, then recorded again.
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(history).toContainText('尚无目标调整');
  await expect(framework.targetOf('tech-contracts')).toHaveText('2025年 > 3000');
  await framework.row('tech-contracts').getByTestId('revise-target').click();
  await dialog.getByLabel('生效年份').fill('2023');
  await dialog.getByLabel('调整后目标值').fill('2800');
  await dialog.getByLabel('调整原因').fill('统计口径调整');
  await dialog.getByLabel('批准依据（文号或会议）').fill(BASIS);
  await dialog.getByRole('button', { name: '记录调整' }).click();
  await expect(dialog).toBeHidden();

  // The plan target stays in the framework; the history lists the revision, original → revised.
  await expect(framework.targetOf('tech-contracts')).toContainText('2025年 > 3000');
  await expect(framework.targetOf('tech-contracts')).toContainText('已调整 1 次');
  const entry = history.locator('tr[data-indicator-id="tech-contracts"]');
  await expect(entry).toHaveCount(1);
  for (const text of ['技术合同成交额', '2025年 > 3000', '2025年 > 2800', '2023', '统计口径调整', BASIS]) await expect(entry).toContainText(text);
  await page.screenshot({ path: `${SHOTS}/revision-history.png`, fullPage: true });

  // The editor keeps the revision with the indicator, and will not drop the target it revises.
  const editor = await framework.edit('tech-contracts');
  await editor.getByLabel('目标比较方式').selectOption({ label: '无数值目标（监测指标）' });
  await framework.save(editor);
  await expect(editor.getByRole('alert').filter({ hasText: '第 1 条目标调整：该指标没有规划目标（监测指标），不能调整目标' })).toBeVisible();
  await editor.getByRole('button', { name: '取消' }).click();
  await expect(entry).toHaveCount(1);

  // The dashboard assesses against the revised target, and shows the plan's beside it.
  await dashboard.open();
  const completion = revisedCompletion();
  expect(completion).not.toBe(before);
  await expect(dashboard.row('tech-contracts').getByTestId('completion')).toHaveText(completion);
  const indicator = await dashboard.openIndicator('tech-contracts');
  const target = indicator.getByTestId('target-fact');
  await expect(target).toContainText(formatTarget({ comparator: '>', value: 2800 }, 2));
  await expect(target).toContainText(`规划原目标 ${formatTarget({ comparator: '>', value: 3000 }, 2)}`);
  await expect(target).toContainText(`自 2023 年起调整（批准依据：${BASIS}）`);
  await page.screenshot({ path: `${SHOTS}/revision-dashboard.png`, fullPage: true });
  await page.keyboard.press('Escape');

  // The report preview states the revision and its basis, and the table gives the plan target beside the revised.
  await workspace.openTab('报告');
  const report = new ReportPage(page);
  await report.generate('中期评估报告', 2023);
  const preview = report.preview();
  await expect(preview).toContainText('指标动态调整情况');
  await expect(preview).toContainText(`技术合同成交额目标自 2023 年起由>3000调整为>2800（统计口径调整；批准依据：${BASIS}）`);
  await expect(preview).toContainText('（原>3000）');
  await expect(report.paragraphText('indicator.tech-contracts')).toContainText('以上按调整后目标评价');
  await page.screenshot({ path: `${SHOTS}/revision-report.png`, fullPage: true });
});
