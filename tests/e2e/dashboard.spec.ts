// The evaluation dashboard, end to end: the sample project's statuses are what the engine computes; the as-of year,
// a target and the settings change everything at once; an indicator shows its sources and its computation.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { evaluate, formatPercent, formatValue } from '../../shared/attain';
import { t } from '../../shared/i18n';
import { defaultSettings, valueSet, type Evaluation, type Plan } from '../../shared/model';
import { gzSampleObservations } from '../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { DashboardPage } from './pages/dashboard';
import { FrameworkPage } from './pages/FrameworkPage';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';

const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** The engine's verdict for the sample data, computed here in Node, as the badges should write it. */
function expectedStatuses(plan: Plan, asOf: number): Record<string, string> {
  const evaluation: Evaluation = evaluate(plan, valueSet(gzSampleObservations('2024-01-01T00:00:00.000Z')), defaultSettings(asOf));
  return Object.fromEntries(evaluation.indicators.map((r) => [r.indicatorId, t(r.achievedEarly ? 'status.achievedEarly' : `status.${r.status}`, 'zh')]));
}

async function openSampleDashboard(page: Page): Promise<DashboardPage> {
  const start = new StartPage(page);
  await start.goto();
  await start.openSample();
  await new WorkspacePage(page).expectOpen('示例');
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  return dashboard;
}

test('the sample project shows the statuses the engine computes, and they follow the as-of year', async ({ page }) => {
  const dashboard = await openSampleDashboard(page);
  const at2023 = expectedStatuses(guangzhouPlan(), 2023);
  expect(Object.keys(at2023)).toHaveLength(guangzhouPlan().indicators.length);
  await expect.poll(() => dashboard.statuses()).toEqual(at2023);
  await page.screenshot({ path: `${SHOTS}/dashboard-overview.png`, fullPage: true });

  const at2021 = expectedStatuses(guangzhouPlan(), 2021);
  // The sample is built so that the mid-term picture differs from the first year's.
  expect(at2021).not.toEqual(at2023);
  await dashboard.setAsOf(2021);
  await expect.poll(() => dashboard.statuses()).toEqual(at2021);
  await expect(page.getByTestId('overview')).toContainText('2021年总体得分');

  // The choice is saved with the project.
  await new WorkspacePage(page).reload();
  await expect(page.getByTestId('as-of')).toHaveValue('2021');
  await expect.poll(() => dashboard.statuses()).toEqual(at2021);
});

test('in English, every status badge stays inside its scorecard column, “Progress not assessable” too', async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.setLanguage('English');
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await page.getByRole('tab', { name: 'Evaluation', exact: true }).click();
  const dashboard = new DashboardPage(page);
  // The sample's statuses as of 2023, the longest being "Seriously lagging"; then as of the base year 2020, when no
  // time has passed and progress cannot be judged: the longest status text, in the narrow status column.
  await expect(dashboard.badge('basic-research-share')).toHaveText(t('status.seriously-lagging', 'en'));
  await expect(dashboard.badge('tech-contracts')).toHaveText(t('status.lagging', 'en'));
  expect(await dashboard.badgesOutsideTheirCells()).toEqual([]);
  await dashboard.setAsOf(2020);
  await expect(dashboard.badge('basic-research-share')).toHaveText(t('status.not-assessable', 'en'));
  expect(await dashboard.badgesOutsideTheirCells()).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/dashboard-en.png`, fullPage: true });
  await page.getByTestId('scorecard-table').screenshot({ path: `${SHOTS}/dashboard-en-scorecard.png` });
});

test('editing a target in the framework updates the scorecard and the charts', async ({ page }) => {
  const dashboard = await openSampleDashboard(page);
  // R&D intensity: baseline 3.1 (2020), 3.44 in 2023, target 3.4: completion (3.44 − 3.1) / (3.4 − 3.1) = 113.3 %.
  await expect(dashboard.row('rd-intensity').getByTestId('completion')).toHaveText('113.3 %');
  await dashboard.showView('图表');
  await expect(dashboard.chartData('chart-completion')).toContainText('113.3');
  await page.screenshot({ path: `${SHOTS}/dashboard-charts.png`, fullPage: true });

  await new WorkspacePage(page).openTab('框架');
  const framework = new FrameworkPage(page);
  const editor = await framework.edit('rd-intensity');
  await editor.getByLabel('目标值').fill('3.6');
  await framework.save(editor);
  await expect(framework.targetOf('rd-intensity')).toContainText('3.6');

  // (3.44 − 3.1) / (3.6 − 3.1) = 68 %, time progress 3/5 = 60 %: pace 1.13, ahead of schedule.
  const plan = guangzhouPlan();
  const edited = plan.indicators.find((i) => i.id === 'rd-intensity')!;
  if (edited.target && edited.target.comparator !== 'range') edited.target.value = 3.6;
  const expected = expectedStatuses(plan, 2023);
  expect(expected['rd-intensity']).toBe('快于预期');

  await new WorkspacePage(page).openTab('评估');
  await expect(dashboard.row('rd-intensity').getByTestId('completion')).toHaveText(formatPercent(0.34 / 0.5));
  await expect.poll(() => dashboard.statuses()).toEqual(expected);
  await dashboard.showView('图表');
  await expect(dashboard.chartData('chart-completion')).toContainText('68.0');
  await expect(dashboard.chartData('chart-completion')).not.toContainText('113.3');
});

test('the completion chart draws every indicator that has a completion and counts the ones without', async ({ page }) => {
  const dashboard = await openSampleDashboard(page);
  const evaluation = evaluate(guangzhouPlan(), valueSet(gzSampleObservations('2024-01-01T00:00:00.000Z')), defaultSettings(2023));
  const withCompletion = evaluation.indicators.filter((r) => r.completion !== null).length;
  const without = evaluation.indicators.length - withCompletion;
  await dashboard.showView('图表');
  await expect(dashboard.chartData('chart-completion').locator('tbody tr')).toHaveCount(withCompletion);
  if (without > 0) await expect(page.getByTestId('completion-pager')).toContainText(`共 ${withCompletion} 项；另有 ${without} 项没有完成度`);
  else await expect(page.getByTestId('completion-pager')).toHaveCount(0);
});

test('an indicator shows every value with its source and the computation spelled out', async ({ page }) => {
  const dashboard = await openSampleDashboard(page);
  const indicator = await dashboard.openIndicator('rd-intensity');
  await expect(indicator.getByTestId('computation')).toContainText('(3.44 − 3.10) / (3.40 − 3.10) = 113.3 %');
  const values = indicator.getByTestId('indicator-values');
  // 2023's 3.44 is quoted from the 2024 innovation index report; 2022's 3.43 is illustrative and says so.
  await expect(values.locator('tr[data-year="2023"]')).toContainText('《广州城市创新指数报告（2024）》');
  await expect(values.locator('tr[data-year="2022"]')).toContainText('示例数据');
  await expect(values.locator('tbody tr')).toHaveCount(4);
  await page.screenshot({ path: `${SHOTS}/dashboard-indicator.png`, fullPage: true });

  await page.keyboard.press('Escape');
  await expect(dashboard.page.getByTestId('scorecard-table')).toBeVisible();
});

test('the settings dialog refuses an invalid cut-off and applies a valid one everywhere', async ({ page }) => {
  const dashboard = await openSampleDashboard(page);
  await page.getByRole('button', { name: '评估设置…' }).click();
  const dialog = page.getByRole('dialog', { name: '评估设置' });
  const onTrack = dialog.getByLabel('基本符合预期：进度比 ≥');
  await onTrack.fill('abc');
  await expect(dialog.getByRole('alert')).toContainText('请输入数字');
  await expect(dialog.getByRole('button', { name: '保存' })).toBeDisabled();
  await onTrack.fill('1.5');
  await expect(dialog.getByRole('alert')).toContainText('不能大于');
  await page.screenshot({ path: `${SHOTS}/dashboard-settings.png` });

  // A coverage threshold of 100 % is met by the sample (every indicator scores once the data's 2020 values stand in
  // for the baselines the plan does not give), so the score stays a number; the methodology states the threshold.
  await onTrack.fill('0.95');
  await dialog.getByLabel('给出得分的最低覆盖率').fill('100');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const settings = { ...defaultSettings(2023), coverageThreshold: 1 };
  const evaluation = evaluate(guangzhouPlan(), valueSet(gzSampleObservations('2024-01-01T00:00:00.000Z')), settings);
  expect(evaluation.overall.coverage).toBe(1);
  await expect(page.getByTestId('overview').getByTestId('score').first()).toHaveText(formatValue(evaluation.overall.score!, 1));
  await dashboard.showView('方法说明');
  await expect(page.getByTestId('methodology')).toContainText('100 %');
});

test('the regions view ranks districts and colours each status with its text', async ({ page }) => {
  const dashboard = await openSampleDashboard(page);
  await dashboard.showView('分区');
  await expect(page.getByTestId('chart-ranking')).toBeVisible();
  const evaluation = evaluate(guangzhouPlan(), valueSet(gzSampleObservations('2024-01-01T00:00:00.000Z')), defaultSettings(2023));
  const first = evaluation.regions[0]!;
  const cell = page.getByTestId('region-matrix').locator(`tr[data-indicator-id="${first.indicatorId}"] td[data-region="${first.region}"]`);
  await expect(cell).toHaveText(t(first.achievedEarly ? 'status.achievedEarly' : `status.${first.status}`, 'zh'));
  await page.screenshot({ path: `${SHOTS}/dashboard-regions.png`, fullPage: true });
});

test('a project of over 20,000 values shows its dashboard from the stored columns, and an indicator its values and cells once they are built', async ({ page }) => {
  // The benchmark hooks (?bench=1) store the values through the app's own import path.
  await page.goto('./?bench=1#/');
  await page.waitForFunction(() => window.__planevalBench !== undefined);
  const { projectId, count, settings } = await page.evaluate(async () => {
    const B = window.__planevalBench!;
    const plan = B.guangzhouPlan();
    const project = await B.createProject(B.db, { name: '长表项目', plan });
    const drafts = [];
    for (const indicator of plan.indicators) {
      for (let year = 1900; year <= 2025; year++) {
        for (const region of plan.regions) {
          drafts.push({ indicator: indicator.id, region: region.name, year, value: year - 1899, unit: indicator.unit, sheet: '表1', cell: `C${year}`, rawText: String(year - 1899) });
        }
      }
    }
    const columns = new B.ValueColumnsBuilder(drafts.length);
    for (const d of drafts) columns.add(d.indicator, d.region, d.year, d.value, d.sheet, d.cell, d.rawText);
    await B.commitImport(B.db, project.id, { fileName: '长表.xlsx', fileHash: 'ab12' }, [columns.finish()]);
    return { projectId: project.id, count: drafts.length, settings: project.settings };
  });
  // More than the values built in the render (20,000): these are built after the dashboard is shown.
  expect(count).toBeGreaterThan(20_000);

  await page.goto(`./#/project/${encodeURIComponent(projectId)}/evaluation`);
  const dashboard = new DashboardPage(page);
  await expect(page.getByTestId('scorecard-table')).toBeVisible();
  // The statuses the engine gives the same values, computed here in Node.
  const plan = guangzhouPlan();
  const observations = plan.indicators.flatMap((indicator) =>
    plan.regions.flatMap((region) => Array.from({ length: 2025 - 1900 + 1 }, (_, i) => ({ indicatorId: indicator.id, region: region.name, year: 1900 + i, value: i + 1 }))),
  );
  const expected = Object.fromEntries(
    evaluate(plan, valueSet(observations), settings).indicators.map((r) => [r.indicatorId, t(r.achievedEarly ? 'status.achievedEarly' : `status.${r.status}`, 'zh')]),
  );
  expect(await dashboard.statuses()).toEqual(expected);

  const indicator = await dashboard.openIndicator('rd-intensity');
  const values = indicator.getByTestId('indicator-values');
  await expect(values.locator('tbody tr')).toHaveCount(2025 - 1900 + 1);
  await expect(values.locator('tr[data-year="2023"]')).toContainText('长表.xlsx');
  await expect(values.locator('tr[data-year="2023"]')).toContainText('C2023');
});
