// The workbook printed by an office suite: LibreOffice Calc opens it and prints it to PDF on A4 landscape pages, each
// sheet one page wide, its title on its first page and its header row at the top of every page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueSet } from '../../../shared/model';
import { writeReportXlsx } from '../../../shared/report/xlsx';
import { sampleReport } from './sample-report';

const HAS_TOOLS = ['soffice --version', 'pdfinfo -v', 'pdftotext -v'].every((command) => {
  const [name, ...args] = command.split(' ');
  return spawnSync(name!, args, { encoding: 'utf8' }).status === 0;
});

const TITLE = '《广州市科技创新“十四五”规划》2023年中期评估';
/** Each sheet's title and its printed header, first to last column, as one line of the page's text. */
const SHEETS = [
  { title: `${TITLE} 指标完成情况`, header: ['领域', '指标', '地区', '单位', '属性', '基期值', '比较符', '目标值', '最新年份', '现值', '完成度', '时序进度', '判断', '得分', '预测值', '所需努力'] },
  { title: `${TITLE} 数据及来源`, header: ['指标', '地区', '年份', '数值', '单位', '文件', '工作表', '单元格', '原文', '导入时间', '出处', '示例数据'] },
  { title: `${TITLE} 数据质量检查`, header: ['类型', '说明', '涉及单元格'] },
];

describe.skipIf(!HAS_TOOLS)('the workbook printed by LibreOffice Calc (skipped: needs soffice, pdfinfo and pdftotext)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planeval-xlsx-'));
  const pdf = join(dir, 'report.pdf');
  let pages: string[] = [];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    const { plan, evaluation, observations } = sampleReport();
    writeFileSync(join(dir, 'report.xlsx'), writeReportXlsx({ plan, evaluation, values: valueSet(observations), type: 'midterm', lang: 'zh' }));
    // A profile of its own: another test may run soffice at the same time, and two cannot share one.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const convert = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.xlsx')], { encoding: 'utf8', timeout: 150_000 });
    expect(convert.status, convert.stderr).toBe(0);
    const count = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    pages = Array.from({ length: count }, (_, i) => spawnSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-layout', pdf, '-'], { encoding: 'utf8' }).stdout);
  }, 180_000);

  it('prints every page on A4 landscape', () => {
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', `${pages.length}`, pdf], { encoding: 'utf8' }).stdout;
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes).toHaveLength(pages.length);
    for (const size of sizes) expect(size).toEqual([842, 595]);
  });

  it('starts each sheet with its title and repeats its whole header row at the top of every page it runs to', () => {
    const pagesOf = SHEETS.map(() => 0);
    let sheet = -1;
    for (const text of pages) {
      const titled = SHEETS.findIndex((s) => text.includes(s.title));
      if (titled >= 0) sheet = titled;
      expect(sheet, 'the first page has a title').toBeGreaterThanOrEqual(0);
      pagesOf[sheet]! += 1;
      // One line from the first header to the last: the sheet is one page wide.
      const header = new RegExp(SHEETS[sheet]!.header.join('\\s+'));
      const firstLines = text.split('\n').filter((line) => line.trim()).slice(0, 3);
      expect(firstLines.some((line) => header.test(line)), `page ${pages.indexOf(text) + 1}:\n${firstLines.join('\n')}`).toBe(true);
      expect(text).not.toContain('指标ID');
    }
    expect(pagesOf.every((n) => n >= 1)).toBe(true);
    // The sample's 155 values run over several pages: the header row is repeated, not just printed once.
    expect(pagesOf[1]).toBeGreaterThan(1);
  });

  it('numbers the pages in the footer', () => {
    pages.forEach((text, i) => expect(text).toContain(`第${i + 1}页，共${pages.length}页`));
  });
});
