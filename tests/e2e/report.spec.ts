// The report, end to end: from the sample project, draft a 中期评估报告, edit a paragraph, change a target in the
// framework, refresh (the edit is kept and flagged, an untouched paragraph shows the new number), reload, and
// export Word and PDF from the report tab; and a PDF that cannot be made says why.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { guangzhouPlan } from '../../shared/plans';
import { mm, pdfPages, type PdfPage } from '../support/pdf';
import { xlsxFigures } from '../support/report-figures';
import { FrameworkPage } from './pages/FrameworkPage';
import { ReportPage } from './pages/report';
import { WorkspacePage } from './pages/WorkspacePage';

const SHOTS = '.tmp/screenshots';
const OUT = '.tmp/report-e2e';
mkdirSync(SHOTS, { recursive: true });
mkdirSync(OUT, { recursive: true });

const TITLE = '广州市科技创新“十四五”规划中期评估报告';
const SECTION_HEADINGS = ['一、评估方法', '二、总体进展', '三、主要指标完成情况', '四、分领域评估', '五、分区评估', '六、重点任务推进情况', '七、存在问题', '八、对策建议', '附录', '附件'];
const MY_TEXT = '技术合同成交额保持增长,但增速偏慢,评估组建议重点关注。';

/** The widths in pixels of the images embedded in the PDF at `file`. */
function pdfImageWidths(file: string): number[] {
  const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return list.map((row) => row.trim().split(/\s+/)).filter((columns) => columns[2] === 'image').map((columns) => Number(columns[3]));
}

/** The page number under the type area of a page: its text, which side it sits on, and how far below the type area. */
function pageNumber(page: PdfPage) {
  const typeAreaBottom = page.height - mm(35);
  const words = page.words.filter((word) => word.yMin > typeAreaBottom);
  const left = Math.min(...words.map((word) => word.xMin));
  const right = Math.max(...words.map((word) => word.xMax));
  const oneCharacterIn = (gap: number) => Math.abs(gap - 14) < 2;
  const side = oneCharacterIn(page.width - mm(26) - right) ? 'right' : oneCharacterIn(left - mm(28)) ? 'left' : `elsewhere (${left.toFixed(0)}–${right.toFixed(0)} pt)`;
  // pdftotext boxes a word by its font's extent, not its glyphs: the box's middle stands for the middle of the 14 pt line.
  const lineTop = (Math.min(...words.map((word) => word.yMin)) + Math.max(...words.map((word) => word.yMax))) / 2 - 7 - typeAreaBottom;
  return { text: words.map((word) => word.text).join(''), side, belowTypeArea: Math.abs(lineTop - mm(7)) < mm(1.5) ? '7 mm' : `${(lineTop / mm(1)).toFixed(1)} mm` };
}

// 技术合同成交额: baseline 2256 (2020), 2023 value 2550.82 (the sample's cited figures).
const completion = (target: number) => `${(((2550.82 - 2256) / (target - 2256)) * 100).toFixed(1)}%`;

test('a drafted report keeps the evaluator’s edit through a data change, a refresh and a reload, and exports to Word and PDF', async ({ page }) => {
  // The whole story in one test: each export draws the report's 23 charts at 2×, and a second Chromium prints the PDF.
  test.setTimeout(300_000);
  const workspace = new WorkspacePage(page);
  const framework = new FrameworkPage(page);
  const report = new ReportPage(page);
  await workspace.openSampleOn('报告');

  await report.generate('中期评估报告', 2023, '广州市科学技术局');
  await expect(report.title()).toHaveText(TITLE);
  for (const heading of SECTION_HEADINGS) await expect(report.preview().getByRole('heading', { name: heading, exact: true })).toBeVisible();
  // The main-indicator table carries its header row, and one row per indicator of the plan (14).
  const mainTable = page.getByTestId('report-table-table.indicators');
  await expect(mainTable.locator('thead th')).toHaveText(['指标', '单位', '基期值', '目标值', '现值（年份）', '完成度', '时序进度', '判断', '属性']);
  await expect(mainTable.locator('tbody tr')).toHaveCount(14);
  await expect(page.getByTestId('report-chart-chart.completion')).toBeVisible();
  // Completion against the 3000 target: (2550.82 − 2256) / (3000 − 2256).
  expect(completion(3000)).toBe('39.6%');
  await expect(report.paragraphText('problems.lagging')).toContainText(`技术合同成交额（完成度${completion(3000)}`);

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
  await expect(report.paragraphText('problems.lagging')).toContainText(`技术合同成交额（完成度${completion(3200)}`);
  await expect(report.paragraphText('indicator.tech-contracts')).toHaveText(MY_TEXT);
  await expect(report.paragraph('indicator.tech-contracts').getByTestId('stale-warning')).toHaveText('⚠ 数据已变化，请核对');
  // The new draft can be read beside the edit; it states the new completion.
  await report.paragraph('indicator.tech-contracts').getByRole('button', { name: '查看新草稿' }).click();
  await expect(report.paragraph('indicator.tech-contracts').getByTestId('new-draft')).toContainText(`完成度${completion(3200)}`);
  await page.screenshot({ path: `${SHOTS}/report-stale.png` });

  await workspace.reload();
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

  // PDF: in the browser build the server that serves the page prints it with the machine's Chromium, and it downloads.
  const pdf = await report.exportDownload('pdf');
  expect(pdf.suggestedFilename()).toBe(`${TITLE}.pdf`);
  const pdfPath = `${OUT}/report.pdf`;
  await pdf.saveAs(pdfPath);
  await expect(page.locator('.toast', { hasText: '已导出 PDF 文件。' })).toBeVisible();
  // Every chart is printed from its 2× image (1280 px across), not from the screen canvas.
  const figures = await report.preview().locator('.report-figure').count();
  expect(figures).toBeGreaterThan(3);
  await expect(report.preview().locator('img.report-print-chart')).toHaveCount(figures);
  expect(pdfImageWidths(pdfPath).filter((width) => width >= 1280).length).toBe(figures);

  // Only the report, on A4 pages with the GB/T 9704 margins.
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const compact = text.replace(/\s+/g, '');
  expect(compact).toContain(TITLE);
  // The cover names the evaluating unit typed into the form.
  expect(compact).toContain('广州市科学技术局');
  for (const heading of SECTION_HEADINGS) expect(compact).toContain(heading);
  expect(compact).toContain(MY_TEXT.replace(/\s+/g, ''));
  // The app around the preview and the on-screen marks are not printed.
  for (const screenOnly of ['新建报告', '刷新数据', '已编辑', '数据已变化', '全部项目']) expect(compact).not.toContain(screenOnly);
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  expect(info).toMatch(new RegExp(`^Title:\\s+${TITLE}$`, 'm'));

  // Every page has its number as GB/T 9704 sets it: "— n —" below the type area, 7 mm under it, odd pages at the
  // right and even pages at the left, one 4号 character (14 pt) in from the edge.
  const pages = pdfPages(pdfPath);
  expect(pages.length).toBeGreaterThan(5);
  expect(pages.map(pageNumber)).toEqual(pages.map((_, i) => ({ text: `—${i + 1}—`, side: i % 2 === 0 ? 'right' : 'left', belowTypeArea: '7 mm' })));
  execFileSync('pdftoppm', ['-png', '-r', '50', pdfPath, `${SHOTS}/report-pdf`]);
});

test('when no PDF can be made, 导出PDF says why and points to Word, and nothing is downloaded', async ({ page }) => {
  // The server's answer where the machine has no Chromium, Chrome or Edge (tests/unit/launch/print-endpoint.test.ts).
  await page.route('**/__planeval/print-to-pdf', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"no-browser"}' }));
  const report = new ReportPage(page);
  await new WorkspacePage(page).openSampleOn('报告');
  await report.generate('年度监测报告', 2023);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));

  // The charts are drawn at 2× before the page asks the server: allowed a minute on a busy machine.
  const asked = page.waitForRequest('**/__planeval/print-to-pdf', { timeout: 60_000 });
  await page.getByTestId('export-pdf').click();
  await asked;
  const error = page.locator('.toast-error');
  await expect(error).toContainText('本机未找到 Chromium、Chrome 或 Edge，浏览器模式要用它生成 PDF。');
  await expect(error).toContainText('改为导出 Word');
  await expect(page.getByTestId('export-pdf')).toBeEnabled();
  expect(downloads).toEqual([]);
});

test('a draft the data moved away from is refreshed before it is exported, so Excel and the report state the same figures', async ({ page }) => {
  test.setTimeout(180_000);
  const workspace = new WorkspacePage(page);
  const framework = new FrameworkPage(page);
  const report = new ReportPage(page);
  await workspace.openSampleOn('报告');
  await report.generate('年度监测报告', 2023);
  await expect(report.paragraphText('problems.lagging')).toContainText(`技术合同成交额（完成度${completion(3000)}`);

  await workspace.openTab('指标框架');
  const editor = await framework.edit('tech-contracts');
  await editor.getByLabel('目标值').fill('3200');
  await framework.save(editor);
  await workspace.openTab('报告');

  // Declining changes nothing and downloads nothing.
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByTestId('export-xlsx').click();
  const dialog = page.getByRole('alertdialog', { name: '报告起草后数据已变化' });
  await expect(dialog).toContainText('为使 Word、PDF 和 Excel 各格式的数字一致');
  await page.screenshot({ path: `${SHOTS}/report-outdated.png` });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(report.paragraphText('problems.lagging')).toContainText(completion(3000));
  expect(downloads).toEqual([]);

  // Accepting refreshes the report, then writes the workbook of the same figures.
  await page.getByTestId('export-xlsx').click();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('alertdialog', { name: '报告起草后数据已变化' }).getByRole('button', { name: '刷新并导出' }).click();
  const path = `${OUT}/outdated.xlsx`;
  await (await download).saveAs(path);
  await expect(report.paragraphText('problems.lagging')).toContainText(`技术合同成交额（完成度${completion(3200)}`);
  expect(xlsxFigures(guangzhouPlan(), new Uint8Array(readFileSync(path)))['技术合同成交额']).toContain(completion(3200));

  // Now current: the next export asks nothing.
  const second = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('export-html').click();
  await second;
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('a report can be deleted with confirmation and brought back with undo', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  const report = new ReportPage(page);
  await workspace.openSampleOn('报告');
  await report.generate('年度监测报告', 2023);
  await expect(report.title()).toHaveText('广州市科技创新“十四五”规划2023年度监测报告');

  const list = page.getByTestId('report-list');
  await expect(list.locator('li')).toHaveCount(1);
  await list.getByRole('button', { name: /^删除《/ }).click();
  const dialog = page.getByRole('alertdialog', { name: '删除报告？' });
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('report-list')).toHaveCount(0);
  await expect(report.preview()).toHaveCount(0);

  await page.getByRole('button', { name: '撤销' }).click();
  await expect(list.locator('li')).toHaveCount(1);
  await expect(report.title()).toHaveText('广州市科技创新“十四五”规划2023年度监测报告');
});

test('nothing in the report moves while it settles and its charts are drawn as they are scrolled to', async ({ page }) => {
  const report = new ReportPage(page);
  await new WorkspacePage(page).openSampleOn('报告');
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
