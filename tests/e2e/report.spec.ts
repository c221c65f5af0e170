// The report, end to end: from the sample project, draft a 中期评估报告, edit a paragraph, change a target in the
// framework, refresh (the edit is kept and flagged, an untouched paragraph shows the new number), reload, and
// export Word and PDF from the report tab.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { FrameworkPage } from './pages/FrameworkPage';
import { ReportPage } from './pages/report';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';

const SHOTS = '.tmp/screenshots';
const OUT = '.tmp/report-e2e';
mkdirSync(SHOTS, { recursive: true });
mkdirSync(OUT, { recursive: true });

const TITLE = '广州市科技创新“十四五”规划中期评估报告';
const SECTION_HEADINGS = ['一、评估方法', '二、总体进展', '三、主要指标完成情况', '四、分领域评估', '五、分区评估', '六、存在问题', '七、对策建议', '附录'];
const MY_TEXT = '技术合同成交额保持增长,但增速偏慢,评估组建议重点关注。';

// 技术合同成交额: baseline 2256 (2020), 2023 value 2550.82 (the sample's cited figures).
const completion = (target: number) => `${(((2550.82 - 2256) / (target - 2256)) * 100).toFixed(1)}%`;

test('a drafted report keeps the evaluator’s edit through a data change, a refresh and a reload, and exports to Word and PDF', async ({ page }) => {
  // The whole story in one test: each export draws the report's 23 charts at 2×, and Chromium embeds two CJK fonts in the PDF.
  test.setTimeout(180_000);
  const start = new StartPage(page);
  const workspace = new WorkspacePage(page);
  const framework = new FrameworkPage(page);
  const report = new ReportPage(page);
  await start.goto();
  await start.openSample();
  await workspace.openTab('报告');

  await report.generate('中期评估报告', 2023);
  await expect(report.title()).toHaveText(TITLE);
  for (const heading of SECTION_HEADINGS) await expect(report.preview().getByRole('heading', { name: heading, exact: true })).toBeVisible();
  // The main-indicator table carries its header row, and one row per indicator of the plan (14).
  const mainTable = page.getByTestId('report-table-table.indicators');
  await expect(mainTable.locator('thead th')).toHaveText(['指标', '单位', '基期值', '目标值', '现值(年份)', '完成度', '时序进度', '判断', '属性']);
  await expect(mainTable.locator('tbody tr')).toHaveCount(14);
  await expect(page.getByTestId('report-chart-chart.completion')).toBeVisible();
  // Completion against the 3000 target: (2550.82 − 2256) / (3000 − 2256).
  expect(completion(3000)).toBe('39.6%');
  await expect(report.paragraphText('problems.lagging')).toContainText(`技术合同成交额(完成度${completion(3000)}`);

  await report.editParagraph('indicator.tech-contracts', MY_TEXT);
  await expect(report.paragraphText('indicator.tech-contracts')).toHaveText(MY_TEXT);
  await expect(report.paragraph('indicator.tech-contracts').getByTestId('edited-mark')).toHaveText('已编辑');
  await expect(report.paragraph('indicator.tech-contracts').getByTestId('stale-warning')).toHaveCount(0);

  // Escape leaves a paragraph as it was.
  await report.paragraphText('overall.summary').click();
  await report.paragraph('overall.summary').getByRole('textbox').fill('不会保存的文字');
  await report.paragraph('overall.summary').getByRole('textbox').press('Escape');
  await expect(report.paragraphText('overall.summary')).not.toContainText('不会保存的文字');
  await expect(report.paragraph('overall.summary').getByTestId('edited-mark')).toHaveCount(0);

  // The data change: the target of 技术合同成交额 goes from 3000 to 3200 in the framework.
  await workspace.openTab('指标框架');
  const editor = await framework.edit('tech-contracts');
  await editor.getByLabel('目标值').fill('3200');
  await framework.save(editor);
  await expect(framework.targetOf('tech-contracts')).toHaveText('2025年 > 3200');

  await workspace.openTab('报告');
  await expect(report.paragraphText('problems.lagging')).toContainText(completion(3000));
  await report.refresh();
  await expect(report.paragraphText('problems.lagging')).toContainText(`技术合同成交额(完成度${completion(3200)}`);
  await expect(report.paragraphText('indicator.tech-contracts')).toHaveText(MY_TEXT);
  await expect(report.paragraph('indicator.tech-contracts').getByTestId('stale-warning')).toHaveText('⚠ 数据已变化,请核对');
  // The new draft can be read beside the edit; it states the new completion.
  await report.paragraph('indicator.tech-contracts').getByRole('button', { name: '查看新草稿' }).click();
  await expect(report.paragraph('indicator.tech-contracts').getByTestId('new-draft')).toContainText(`完成度${completion(3200)}`);
  await page.screenshot({ path: `${SHOTS}/report-stale.png` });

  await page.reload();
  await expect(report.title()).toHaveText(TITLE);
  await expect(report.paragraphText('indicator.tech-contracts')).toHaveText(MY_TEXT);
  await expect(report.paragraph('indicator.tech-contracts').getByTestId('stale-warning')).toBeVisible();
  await expect(report.paragraphText('problems.lagging')).toContainText(completion(3200));
  await page.screenshot({ path: `${SHOTS}/report-preview.png` });

  // Word: a zip whose word/document.xml holds the title and the evaluator's text.
  const download = await report.exportDownload('docx');
  expect(download.suggestedFilename()).toBe(`${TITLE}.docx`);
  const docxPath = `${OUT}/report.docx`;
  await download.saveAs(docxPath);
  const files = unzipSync(new Uint8Array(readFileSync(docxPath)));
  expect(Object.keys(files)).toContain('word/document.xml');
  const documentXml = strFromU8(files['word/document.xml']!);
  expect(documentXml).toContain(TITLE);
  expect(documentXml).toContain(MY_TEXT);
  expect(Object.keys(files).filter((name) => name.startsWith('word/media/')).length).toBeGreaterThan(0);

  // PDF in the browser build goes through window.print with the print stylesheet.
  await report.stubPrint();
  await page.getByTestId('export-pdf').click();
  await expect.poll(() => report.printCalls()).toBe(1);
  // Every chart is printed from its 2× image, not from the screen canvas.
  const figures = await report.preview().locator('.report-figure').count();
  expect(figures).toBeGreaterThan(3);
  await expect(report.preview().locator('img.report-print-chart')).toHaveCount(figures);

  // What that print produces: only the report, on A4 pages with the GB/T 9704 margins.
  const pdfPath = `${OUT}/report.pdf`;
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const compact = text.replace(/\s+/g, '');
  expect(compact).toContain(TITLE);
  for (const heading of SECTION_HEADINGS) expect(compact).toContain(heading);
  expect(compact).toContain(MY_TEXT.replace(/\s+/g, ''));
  // The app around the preview and the on-screen marks are not printed.
  for (const screenOnly of ['新建报告', '刷新数据', '已编辑', '数据已变化', '全部项目']) expect(compact).not.toContain(screenOnly);
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  execFileSync('pdftoppm', ['-png', '-r', '50', pdfPath, `${SHOTS}/report-pdf`]);
});

test('a report can be deleted with confirmation and brought back with undo', async ({ page }) => {
  const start = new StartPage(page);
  const workspace = new WorkspacePage(page);
  const report = new ReportPage(page);
  await start.goto();
  await start.openSample();
  await workspace.openTab('报告');
  await report.generate('年度监测报告', 2023);
  await expect(report.title()).toHaveText('广州市科技创新“十四五”规划2023年度监测报告');

  const list = page.getByTestId('report-list');
  await expect(list.locator('li')).toHaveCount(1);
  await list.getByRole('button', { name: /^删除《/ }).click();
  const dialog = page.getByRole('alertdialog', { name: '删除报告?' });
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('report-list')).toHaveCount(0);
  await expect(report.preview()).toHaveCount(0);

  await page.getByRole('button', { name: '撤销' }).click();
  await expect(list.locator('li')).toHaveCount(1);
  await expect(report.title()).toHaveText('广州市科技创新“十四五”规划2023年度监测报告');
});

test('nothing in the report moves while it settles and its charts are drawn as they are scrolled to', async ({ page }) => {
  const start = new StartPage(page);
  const report = new ReportPage(page);
  await start.goto();
  await start.openSample();
  await new WorkspacePage(page).openTab('报告');
  // Every layout shift inside the report's desk (the toasts that come and go are not part of the report).
  await page.evaluate(() => {
    const shifts: string[] = [];
    (window as unknown as { reportShifts: string[] }).reportShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
        const moved = (entry.sources ?? []).map((s) => s.node).filter((node): node is Element => node instanceof Element && node.closest('.report-desk') !== null);
        if (moved.length > 0) shifts.push(`${entry.value.toFixed(4)} ${moved.map((node) => node.className).join(', ')}`);
      }
    }).observe({ type: 'layout-shift' });
  });
  await report.generate('中期评估报告', 2023);
  await expect(page.getByTestId('report-progress')).toBeHidden();
  // Down the whole report a screen at a time, each chart drawn as it comes near.
  const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(100);
  }
  const drawn = await page.locator('.report-figure canvas').evaluateAll((canvases) => canvases.length);
  expect(drawn).toBeGreaterThan(10);
  expect(await page.evaluate(() => (window as unknown as { reportShifts: string[] }).reportShifts)).toEqual([]);
});
