// Importing statistics end to end: drop or choose a workbook, see which row went to which indicator, confirm the
// mapping of a name the plan does not know, import, see each value with its source cell; a second file uses the saved
// decision without asking, a disagreement with a stored value is decided before anything is written, and undo
// restores the old value. A file with notes counts them alike in its summary and its hints list, each in one language.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { t } from '../../shared/i18n';
import { DISTRICTS, GONGBAO, RD_INTENSITY_NAME } from '../../fixtures/generate-statistics';
import { HAS_SHARED, NO_SHARED_REASON, sharedPath } from '../support/shared-dir';
import { DashboardPage } from './pages/dashboard';
import { DataPage } from './pages/DataPage';
import { ImportPage } from './pages/import';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';

const GONGBAO_PATH = `fixtures/statistics/${GONGBAO.file}`;
const DISTRICTS_PATH = `fixtures/statistics/${DISTRICTS.file}`;
const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** The data view's row of one value. */
function valueRow(page: Page, indicatorId: string, region: string, year: number) {
  return new DataPage(page).rowsOf(indicatorId).filter({ hasText: region }).filter({ hasText: String(year) });
}

test.describe('the import wizard', () => {
  test('imports a 公报 table after a confirmed mapping, then a district table by the saved decision, with replace and undo', async ({ page }) => {
    // A long story of steps: more than the default time when it shares the machine with other tests.
    test.setTimeout(240_000);
    const start = new StartPage(page);
    const workspace = new WorkspacePage(page);
    const wizard = new ImportPage(page);
    await start.goto();
    await start.createFromBuiltIn('导入评估');
    await workspace.openTab('导入');

    await test.step('choosing the 公报 file: two names map by alias, one waits for the user', async () => {
      await wizard.chooseFiles(GONGBAO_PATH);
      // 技术合同成交金额 and 国家级科技企业孵化器数量 are aliases: 2 indicators × 3 years = 6 values.
      await expect(wizard.summary(GONGBAO.file)).toHaveText('6 个数值，2 项指标，1 个地区，2021–2023 年；无提示');
      await expect(wizard.hints(GONGBAO.file)).toHaveCount(0);
      await expect(wizard.nameChoice(GONGBAO.file, RD_INTENSITY_NAME)).toHaveValue('');
      await expect(wizard.commitButton(GONGBAO.file)).toBeDisabled();
      await expect(wizard.card(GONGBAO.file)).toContainText('还有 1 个指标名称待选择');
      // The unmapped row's values are not read yet; the mapped row's are.
      await expect(wizard.previewCell(GONGBAO.file, 'E4')).toHaveClass(/pv-value/);
      await expect(wizard.previewCell(GONGBAO.file, 'E6')).not.toHaveClass(/pv-value/);
      // Beside the preview, each source row with its cell and the indicator its values went to, or why none did.
      await expect(wizard.mappingEntries(GONGBAO.file)).toHaveText([
        /^A4 技术合同成交金额→.*技术合同成交额 · 3 个数值$/,
        /^A5 国家级科技企业孵化器数量→.*国家级科技企业孵化器数 · 3 个数值$/,
        `A6 ${RD_INTENSITY_NAME}→未导入：名称未对应到指标`,
      ]);
      // Selecting an entry highlights its row across the table (A to E) in the preview; selecting it again clears it.
      const pending = wizard.mappingEntry(GONGBAO.file, 'A6');
      await pending.click();
      await expect(pending).toHaveAttribute('aria-pressed', 'true');
      const [highlight, first, last] = await Promise.all([wizard.previewHighlight(GONGBAO.file).boundingBox(), wizard.previewCell(GONGBAO.file, 'A6').boundingBox(), wizard.previewCell(GONGBAO.file, 'E6').boundingBox()]);
      expect(Math.round(highlight!.y)).toBe(Math.round(first!.y));
      expect(Math.round(highlight!.height)).toBe(Math.round(first!.height));
      expect(Math.round(highlight!.x)).toBe(Math.round(first!.x));
      expect(Math.round(highlight!.x + highlight!.width)).toBe(Math.round(last!.x + last!.width));
      await page.screenshot({ path: `${SHOTS}/import-unmapped.png`, fullPage: true });
      await pending.click();
      await expect(pending).toHaveAttribute('aria-pressed', 'false');
      await expect(wizard.previewHighlight(GONGBAO.file)).toHaveCount(0);
    });

    await test.step('confirming the name maps its row, and the import stores 9 values', async () => {
      await wizard.nameChoice(GONGBAO.file, RD_INTENSITY_NAME).selectOption({ label: 'R&D投入强度' });
      await expect(wizard.summary(GONGBAO.file)).toHaveText('9 个数值，3 项指标，1 个地区，2021–2023 年；无提示');
      await expect(wizard.previewCell(GONGBAO.file, 'E6')).toHaveClass(/pv-value/);
      await expect(wizard.mappingEntry(GONGBAO.file, 'A6')).toHaveText(new RegExp(`^A6 ${RD_INTENSITY_NAME}→.*R&D投入强度 · 3 个数值$`));
      await page.screenshot({ path: `${SHOTS}/import-mapped.png`, fullPage: true });
      await wizard.commit(GONGBAO.file);
      await expect(page.getByRole('status')).toContainText(`已从“${GONGBAO.file}”写入 9 个数值（新增 9 个）。`);
      await expect(wizard.historyRow(GONGBAO.file).locator('td.num').first()).toHaveText('9');
    });

    await test.step('the data view shows each value with its file, sheet and cell, also after a reload', async () => {
      await workspace.openTab('数据');
      await expect(valueRow(page, 'rd-intensity', '全市', 2023)).toContainText('3.43');
      await expect(valueRow(page, 'rd-intensity', '全市', 2023)).toContainText(`${GONGBAO.file} · ${GONGBAO.sheet} · E6`);
      await expect(valueRow(page, 'tech-contracts', '全市', 2023)).toContainText('3000.12');
      await expect(valueRow(page, 'tech-contracts', '全市', 2023)).toContainText(`${GONGBAO.file} · ${GONGBAO.sheet} · E4`);
      await page.screenshot({ path: `${SHOTS}/import-data.png`, fullPage: true });
      await workspace.reload();
      await expect(valueRow(page, 'rd-intensity', '全市', 2021)).toContainText(`${GONGBAO.file} · ${GONGBAO.sheet} · C6`);
      await expect(new DataPage(page).rowsOf('rd-intensity')).toHaveCount(3);
    });

    await test.step('the data view offers the original file, and what it saves is the imported file byte for byte', async () => {
      const row = valueRow(page, 'rd-intensity', '全市', 2023);
      const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '打开原始文件' }).click()]);
      expect(download.suggestedFilename()).toBe(GONGBAO.file);
      const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
      expect(sha256(readFileSync(await download.path()))).toBe(sha256(readFileSync(GONGBAO_PATH)));
    });

    await test.step('the indicator page shows a value’s source cell read from the original file, with its neighbours', async () => {
      const dashboard = new DashboardPage(page);
      await dashboard.open();
      const indicator = await dashboard.openIndicator('rd-intensity');
      const row = indicator.getByTestId('indicator-values').locator('tr[data-year="2023"]');
      await expect(row.getByRole('button', { name: '打开原始文件' })).toBeVisible();
      await row.getByRole('button', { name: '在原始文件中查看' }).click();
      const grid = row.getByTestId('source-cell-grid');
      await expect(grid.locator('td[aria-current="true"]')).toHaveText('3.43');
      // Two rows and columns on each side of E6: rows 4–8, columns C–G.
      await expect(grid.locator('tbody th')).toHaveText(['4', '5', '6', '7', '8']);
      await expect(grid.locator('thead th')).toHaveText(['', 'C', 'D', 'E', 'F', 'G']);
      await page.keyboard.press('Escape');
      await workspace.openTab('数据');
    });

    await test.step('dropping the district file: the same name maps by the saved decision, and the disagreement is listed', async () => {
      await workspace.openTab('导入');
      await wizard.dropFiles(DISTRICTS_PATH);
      // 3 regions × 2 years, all of R&D intensity; "黄 埔 区" is the plan's 黄埔区.
      await expect(wizard.summary(DISTRICTS.file)).toHaveText('6 个数值，1 项指标，3 个地区，2022–2023 年；无提示');
      // One indicator for the whole table, named by its title in A1 and decided by the saved choice.
      await expect(wizard.mappingEntries(DISTRICTS.file)).toHaveText([new RegExp(`^A1 整张表${RD_INTENSITY_NAME}→.*R&D投入强度 · 6 个数值$`)]);
      await expect(wizard.card(DISTRICTS.file).getByTestId('unmapped-names')).toHaveCount(0);
      // 全市 2022 is 3.26 in both files; 全市 2023 is 3.43 stored and 3.45 incoming.
      await expect(wizard.conflicts(DISTRICTS.file)).toHaveCount(1);
      await expect(wizard.conflicts(DISTRICTS.file)).toContainText('全市');
      await expect(wizard.conflicts(DISTRICTS.file)).toContainText('3.43');
      await expect(wizard.conflicts(DISTRICTS.file)).toContainText('3.45');
      await expect(wizard.commitButton(DISTRICTS.file)).toBeDisabled();
      await page.screenshot({ path: `${SHOTS}/import-conflict.png`, fullPage: true });
      await wizard.conflicts(DISTRICTS.file).getByRole('radio', { name: '替换' }).check();
      await wizard.commit(DISTRICTS.file);
      // 全市 2022 is the same value: written once more, now sourced from this file; 全市 2023 replaced on the user's word.
      await expect(page.getByRole('status')).toContainText(`已从“${DISTRICTS.file}”写入 6 个数值（新增 4 个，替换原值 1 个，与原值相同、改以本文件为来源 1 个）。`);
    });

    await test.step('the replaced value shows its new source', async () => {
      await workspace.openTab('数据');
      await expect(valueRow(page, 'rd-intensity', '全市', 2023)).toContainText('3.45');
      await expect(valueRow(page, 'rd-intensity', '全市', 2023)).toContainText(`${DISTRICTS.file} · ${DISTRICTS.sheet} · C4`);
      await expect(valueRow(page, 'rd-intensity', '黄埔区', 2023)).toContainText('5.87');
    });

    await test.step('undoing the district import restores the replaced value and removes the districts', async () => {
      await workspace.openTab('导入');
      await page.screenshot({ path: `${SHOTS}/import-history.png`, fullPage: true });
      await wizard.undo(DISTRICTS.file);
      await workspace.openTab('数据');
      await expect(valueRow(page, 'rd-intensity', '全市', 2023)).toContainText('3.43');
      await expect(valueRow(page, 'rd-intensity', '全市', 2023)).toContainText(`${GONGBAO.file} · ${GONGBAO.sheet} · E6`);
      await expect(new DataPage(page).rowsOf('rd-intensity')).toHaveCount(3);
    });
  });
});

test('a file with notes counts the same notes in its summary and its hints list, each in the interface’s language, the other on demand', async ({ page }, testInfo) => {
  // Two cells with footnote marks and one text that is no number: three notes on two flagged cells.
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet([
      ['2024年科技指标(含注)'],
      ['指标', '单位', '2022年', '2023年'],
      ['技术合同成交额', '亿元', '2645.55①', '见附注'],
      ['国家级科技企业孵化器数', '家', 44, '46②'],
      ['高新技术企业数', '家', 12345, 13456],
    ]),
    '指标',
  );
  const path = testInfo.outputPath('notes-2024.xlsx');
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }));
  const start = new StartPage(page);
  const wizard = new ImportPage(page);
  await start.goto();
  await start.createFromBuiltIn('提示');
  await new WorkspacePage(page).openTab('导入');
  await wizard.chooseFiles(path);

  const FILE = 'notes-2024.xlsx';
  await expect(wizard.summary(FILE)).toHaveText('5 个数值，3 项指标，1 个地区，2022–2023 年；3 条提示');
  const hints = wizard.hints(FILE);
  // The list's title counts the same three (its wording is the dictionary's).
  await expect(hints.locator('summary')).toHaveText(t('import.findings.title', 'zh', { count: 3 }));
  await hints.locator('summary').click();
  await expect(hints.getByTestId('hint-text')).toHaveText(['单元格 C3 的注释标记“①”已去除', '单元格 D3 的内容“见附注”不是数值', '单元格 D4 的注释标记“②”已去除']);
  await expect(hints.getByTestId('hint-other')).toHaveCount(0);
  // The toggle adds each note's English under it.
  const other = hints.getByRole('button', { name: '同时显示英文（English）' });
  await other.click();
  await expect(other).toHaveAttribute('aria-pressed', 'true');
  await expect(hints.getByTestId('hint-other')).toHaveText(['Footnote mark "①" removed from cell C3', 'Cell D3 ("见附注") is not a number', 'Footnote mark "②" removed from cell D4']);
  await expect(hints.getByTestId('hint-other').first()).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${SHOTS}/import-hints.png`, fullPage: true });
  await other.click();
  await expect(hints.getByTestId('hint-other')).toHaveCount(0);

  // In English, the same notes, counted alike, in English only, with Chinese on demand.
  await start.setLanguage('English');
  await expect(wizard.summary(FILE)).toHaveText('5 values, 3 indicators, 1 region, 2022–2023; 3 notes');
  await expect(hints.locator('summary')).toHaveText(t('import.findings.title', 'en', { count: 3 }));
  await expect(hints.getByTestId('hint-text').first()).toHaveText('Footnote mark "①" removed from cell C3');
  await hints.getByRole('button', { name: 'Also show in Chinese (中文)' }).click();
  await expect(hints.getByTestId('hint-other').first()).toHaveText('单元格 C3 的注释标记“①”已去除');
  await expect(hints.getByTestId('hint-other').first()).toHaveAttribute('lang', 'zh-CN');
  // Indicator names are the plan's own, in Chinese; the counts are English.
  await expect(wizard.mappingEntries(FILE)).toHaveText([/^A3 技术合同成交额→.*技术合同成交额 · 1 value$/, /^A4 国家级科技企业孵化器数→.*国家级科技企业孵化器数 · 2 values$/, /^A5 高新技术企业数→.*高新技术企业数 · 2 values$/]);
  await page.screenshot({ path: `${SHOTS}/import-hints-en.png`, fullPage: true });
});

test('a file that is not a spreadsheet is refused with its name and the reason, and nothing is imported', async ({ page }) => {
  const start = new StartPage(page);
  const workspace = new WorkspacePage(page);
  await start.goto();
  await start.createFromBuiltIn('坏文件');
  await workspace.openTab('导入');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  // A PNG signature: the engine sniffs the bytes, not the name.
  await (await chooser).setFiles({ name: '统计表.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  const card = new ImportPage(page).card('统计表.xlsx');
  await expect(card.getByRole('alert')).toContainText('文件“统计表.xlsx”不是电子表格');
  await page.screenshot({ path: `${SHOTS}/import-not-a-spreadsheet.png`, fullPage: true });
  await expect(page.getByText('还没有导入记录。')).toBeVisible();
});

test.describe(`a yearbook export encrypted with Excel's default password (skipped when ${NO_SHARED_REASON})`, () => {
  test.skip(!HAS_SHARED, NO_SHARED_REASON);
  const FILE = 'part01-over__02-spend-intense__raw-2023.xls';

  test('opens without asking for a password; its provinces are left out unless kept as benchmarks, which are shown beside the city and never ranked', async ({ page }) => {
    const start = new StartPage(page);
    const workspace = new WorkspacePage(page);
    const wizard = new ImportPage(page);
    await start.goto();
    await start.openSample();
    await workspace.openTab('导入');
    await wizard.chooseFiles(sharedPath('corpus', 'yearbook-exports', FILE));
    await expect(wizard.card(FILE)).toContainText('文件已加密，已解密打开。');
    await expect(page.getByRole('dialog', { name: '输入文件密码' })).toHaveCount(0);
    // 全国 and 31 provinces are none of the plan's regions: by default nothing of them is imported.
    const regions = wizard.card(FILE).getByTestId('unknown-regions');
    await expect(regions).toContainText('规划地区以外的地区（32个）');
    await expect(wizard.summary(FILE)).toContainText('0 个数值');
    await wizard.scrollPreviewToRow(FILE, 25);
    await expect(wizard.previewCell(FILE, 'A25')).toHaveText('广东');
    await expect(wizard.previewCell(FILE, 'C25')).toHaveClass(/pv-left-out/);
    // Kept as benchmarks: 32 × 12 values of the one indicator the title names, 2012–2023.
    await regions.getByRole('button', { name: '全部作为对标' }).click();
    // Each of the 32 regions outside the Guangzhou plan is a note: the summary and the hints list both count 32.
    await expect(wizard.summary(FILE)).toHaveText('384 个数值，1 项指标，32 个地区，2012–2023 年；32 条提示');
    await expect(wizard.hints(FILE).locator('summary')).toHaveText(t('import.findings.title', 'zh', { count: 32 }));
    await expect(wizard.hints(FILE).locator('li')).toHaveCount(32);
    // 广东 2012 (row 25, column C) is 2.17, as the unencrypted 2021 edition of the same table has it (2.1684 to 2 decimals).
    await expect(wizard.previewCell(FILE, 'C25')).toHaveText('2.17');
    await expect(wizard.previewCell(FILE, 'C25')).toHaveClass(/pv-value/);
    await page.screenshot({ path: `${SHOTS}/import-encrypted.png`, fullPage: true });
    await wizard.commit(FILE);
    await expect(wizard.historyRow(FILE).locator('td.num').first()).toHaveText('384');

    // The city's R&D intensity with its benchmarks beside it; no province among the districts' ranking.
    const dashboard = new DashboardPage(page);
    await workspace.openTab('评估');
    const indicatorPage = await dashboard.openIndicator('rd-intensity');
    const benchmarks = indicatorPage.getByTestId('indicator-benchmarks');
    await expect(benchmarks.locator('tr[data-region="广东"] td')).toHaveText('3.54(2023)');
    await expect(benchmarks.locator('tr[data-region="全国"] td')).toContainText('(2023)');
    await page.screenshot({ path: `${SHOTS}/indicator-benchmarks.png`, fullPage: true });
    await page.getByTestId('indicator-back').click();
    await dashboard.showView('分区');
    await expect(page.getByTestId('regions')).not.toContainText('广东');
    await expect(page.getByTestId('regions')).toContainText('黄埔区');
  });
});
