// Tables as statistics offices publish them, in the wizard: the year in a sheet's name (said, and overridden by the
// user), a column headed with its year and unit mapped, a sheet without a table saying why, and the file's rounding
// shown beside the stored value on the indicator page; and a plan sheet whose baseline value is not yet known.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { DashboardPage } from './pages/dashboard';
import { ImportPage } from './pages/import';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { EN_HEADER, sheetBytes, validRow } from '../unit/plan-sheet/build-sheet';

const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });
const FILE = 'real-tables.xlsx';

function realTables(path: string): void {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['各区技术合同成交情况'], ['地区', '技术合同成交额(亿元)'], ['天河区', 120.5], ['黄埔区', 98]]), '2021年分区');
  const city = XLSX.utils.aoa_to_sheet([['全市技术合同成交情况'], ['地区', '2023年技术合同成交额(亿元)'], ['全市', 3000.456]]);
  // Stored 3000.456, shown with one decimal: 3000.5, which reads 3,000.50 at the indicator's two decimals.
  city['B3'].z = '0.0';
  XLSX.utils.book_append_sheet(workbook, city, '全市');
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['http://www.cnki.net/']]), 'CNKI');
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }));
}

test('a sheet-name year, a header with year and unit, a sheet without a table and the file’s rounding', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const path = testInfo.outputPath(FILE);
  realTables(path);
  const start = new StartPage(page);
  const workspace = new WorkspacePage(page);
  const wizard = new ImportPage(page);
  await start.goto();
  await start.createFromBuiltIn('真实表格');
  await workspace.openTab('导入');
  await wizard.chooseFiles(path);
  const card = wizard.card(FILE);

  await test.step('the sheet without a table says why', async () => {
    await expect(card.getByTestId('sheets-without-tables').locator('li')).toHaveText(['工作表“CNKI”只有文字，没有数值，因此没有数据表。']);
    await card.getByLabel('工作表', { exact: true }).selectOption('CNKI');
    await expect(card.getByTestId('sheet-no-table')).toHaveText('工作表“CNKI”只有文字，没有数值，因此没有数据表。');
  });

  await test.step('the year comes from the sheet name, is said, and the user can change it', async () => {
    await card.getByLabel('工作表', { exact: true }).selectOption('2021年分区');
    await expect(card.getByTestId('table-year-from')).toHaveText('年份取自工作表名称“2021年分区”；可在此改填。');
    // The lone value column names the indicator, which the user may still change.
    await expect(card.getByLabel('指标', { exact: true }).locator('option').first()).toHaveText('按列标题：技术合同成交额');
    await expect(wizard.summary(FILE)).toContainText('2021–2023 年');
    await page.screenshot({ path: `${SHOTS}/import-year-from-sheet.png`, fullPage: true });
    const year = card.getByLabel('年份', { exact: true });
    await year.fill('2022');
    await year.press('Enter');
    await expect(card.getByTestId('table-year-from')).toHaveCount(0);
    await expect(wizard.summary(FILE)).toContainText('2022–2023 年');
  });

  await test.step('the column headed “2023年技术合同成交额(亿元)” is mapped', async () => {
    await card.getByLabel('工作表', { exact: true }).selectOption('全市');
    await expect(wizard.mappingEntries(FILE)).toHaveText(['B2 2023年技术合同成交额(亿元)→导入为技术合同成交额 · 1 个数值']);
    await wizard.commit(FILE);
  });

  await test.step('the indicator page shows the file’s text beside the stored value where they differ at the precision', async () => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const indicator = await dashboard.openIndicator('tech-contracts');
    const values = indicator.getByTestId('indicator-values');
    const row = values.locator('tr[data-year="2023"]').filter({ hasText: FILE });
    await expect(row).toContainText('3000.46');
    await expect(row.getByTestId('value-shown')).toHaveText('（表中显示为 3000.5）');
    // Where each value's year was read: this one's column header; the districts' the user gave.
    await expect(row.getByTestId('year-from')).toHaveText('（年份取自列标题）');
    // 天河区's value was shown as stored: nothing beside it.
    await expect(values.getByTestId('value-shown')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/indicator-shown-value.png`, fullPage: true });
  });
});

test('a plan sheet with a baseline year but no baseline value creates the project and names the row', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('baseline-pending.xlsx');
  writeFileSync(path, sheetBytes([EN_HEADER, validRow(), validRow({ id: 'patents', name: 'Patents', unit: '件', precision: 0, baseline_value: null, target_value: 30, aliases: null })]));
  const start = new StartPage(page);
  await start.goto();
  await start.importPlanSheet(path);
  await expect(page.getByRole('status')).toContainText('第 3 行 G 列');
  await expect(page.getByRole('status')).toContainText('给出了基期年 2020，但基期值为空：该指标暂无基期值，评估按无基期值处理');
  await start.answerPrompt('新建评估项目', '基期值待定');
  await new WorkspacePage(page).expectOpen('基期值待定');
  await expect(page.locator('tr[data-indicator-id]')).toHaveCount(2);
});
