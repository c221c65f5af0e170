// planeval report, run as a user runs it: from the sample data, and from a 公报-style workbook written for the test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-dir';

const dir = mkdtempSync(join(tmpdir(), 'planeval-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function planeval(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/bin.mjs', 'report', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('planeval report --sample', { timeout: 90_000 }, () => {
  it('writes the 中期 report as docx with its charts', () => {
    const out = join(dir, 'midterm.docx');
    const run = planeval('--sample', '--out', out, '--date', '2024-06-01');
    expect(run.code, run.stderr).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    expect(strFromU8(parts['word/document.xml'])).toContain('广州市科技创新“十四五”规划中期评估报告');
    expect(Object.keys(parts).some((p) => p.startsWith('word/media/'))).toBe(true);
  });

  it('writes standalone html, the format print-to-PDF starts from, with the --unit on its cover', () => {
    const out = join(dir, 'annual.html');
    const run = planeval('--sample', '--type', 'annual', '--format', 'html', '--out', out, '--date', '2024-06-01', '--unit', '广州市科学技术局');
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>广州市科技创新“十四五”规划2023年度监测报告</h1>');
    expect(html).toContain('<p class="date">2024年6月1日</p>');
    expect(html).toContain('<p class="unit">评估单位：广州市科学技术局</p>');
    expect(html).toMatch(/<img src="data:image\/png;base64,/);
  });

  it('leaves out 分区评估 with --no-regions', () => {
    const out = join(dir, 'noregions.html');
    expect(planeval('--sample', '--no-regions', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('分区评估');
  });
});

describe('planeval report on data files', { timeout: 90_000 }, () => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['2023年广州市科技创新主要指标'],
      ['指标', '单位', '2021年', '2022年', '2023年'],
      ['技术合同成交额', '亿元', 2413.11, 2496.4, 2550.82],
      ['R&D经费投入强度', '%', 3.12, 3.43, 3.44],
    ]),
    '公报',
  );
  const data = join(dir, 'gongbao.xlsx');
  writeFileSync(data, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));

  it('writes the xlsx with each value’s file, sheet and cell', () => {
    const out = join(dir, 'report.xlsx');
    const run = planeval('--plan', 'builtin:gz-st-14th', '--data', data, '--as-of', '2023', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const book = XLSX.read(readFileSync(out));
    // Row 1 is the sheet's title, row 2 its header.
    const sources = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['数据来源'], { range: 1 });
    expect(sources).toContainEqual(expect.objectContaining({ 指标ID: 'tech-contracts', 年份: 2023, 数值: 2550.82, 文件: 'gongbao.xlsx', 工作表: '公报', 单元格: 'E3' }));
    const scorecard = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['评估结果'], { range: 1 });
    // (2550.82 − 2256) / (3000 − 2256) = 0.39626…
    expect(scorecard.find((r) => r['指标ID'] === 'tech-contracts')!['完成度']).toBeCloseTo(294.82 / 744, 12);
  });
});

describe('planeval report refuses bad arguments with a message and exit code 2', { timeout: 90_000 }, () => {
  it.each([
    [['--sample'], /--out/],
    [['--sample', '--out', 'x.pdf'], /pdf/],
    [['--sample', '--type', 'weekly', '--out', 'x.docx'], /weekly/],
    [['--plan', 'builtin:gz-st-14th', '--out', 'x.docx'], /--data/],
    [['--plan', 'builtin:gz-st-14th', '--data', 'a.xlsx', '--as-of', 'next', '--out', 'x.docx'], /--as-of/],
  ])('%j', (args, message) => {
    const run = planeval(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('names a data file it cannot open (exit 1)', () => {
    const run = planeval('--plan', 'builtin:gz-st-14th', '--data', join(dir, 'missing.xlsx'), '--as-of', '2023', '--out', join(dir, 'x.xlsx'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.xlsx');
  });
});
