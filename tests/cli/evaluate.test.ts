// planeval evaluate, run as a user runs it, on a 公报-style workbook written for the test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-dir';

const dir = mkdtempSync(join(tmpdir(), 'planeval-evaluate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function workbook(name: string, sheets: Record<string, unknown[][]>): string {
  const wb = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  const path = join(dir, name);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return path;
}

function planeval(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/bin.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const gongbao = workbook('gongbao.xlsx', {
  公报: [
    ['2023年广州市科技创新主要指标'],
    ['指标', '单位', '2021年', '2022年', '2023年'],
    ['技术合同成交额', '亿元', 2413.11, '—', 2550.82],
    ['R&D经费投入强度', '%', 3.12, 3.43, 3.44],
    ['注:2022年技术合同成交额暂缺。'],
  ],
});

describe('planeval evaluate --json', () => {
  const { code, stdout, stderr } = planeval('evaluate', '--plan', 'builtin:gz-st-14th', '--data', gongbao, '--as-of', '2023', '--json');
  const out = code === 0 ? JSON.parse(stdout) : null;
  const byId = (id: string) => out.indicators.find((i: { id: string }) => i.id === id);

  it('succeeds and names the plan and the as-of year', () => {
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(out.asOf).toBe(2023);
    expect(out.plan).toEqual({ id: 'gz-st-14th', name: '广州市科技创新“十四五”规划' });
    expect(out.indicators).toHaveLength(14);
  });

  it('computes the technical-contracts example of the method by hand', () => {
    const r = byId('tech-contracts');
    // P = (2550.82 − 2256) / (3000 − 2256) = 294.82 / 744; S = (2023 − 2020) / (2025 − 2020) = 0.6; Q = P / S ≈ 0.660 → lagging
    expect(r.completion).toBeCloseTo(294.82 / 744, 12);
    expect(r.timeProgress).toBeCloseTo(0.6, 12);
    expect(r.pace).toBeCloseTo(294.82 / 744 / 0.6, 12);
    expect(r.status).toBe('lagging');
    expect(r.latest).toEqual({ year: 2023, value: 2550.82 });
    expect(r.region).toBe('全市');
    // cagr: g = (2550.82 / 2256)^(1/3) − 1; x̂_2025 = 2550.82 (1 + g)^2; g_req = (3000 / 2550.82)^(1/2) − 1
    const g = Math.pow(2550.82 / 2256, 1 / 3) - 1;
    expect(r.projection.method).toBe('cagr');
    expect(r.projection.year).toBe(2025);
    expect(r.projection.value).toBeCloseTo(2550.82 * (1 + g) ** 2, 8);
    expect(r.projection.achieved).toBe(false);
    expect(r.required).toEqual({ method: 'cagr', value: expect.closeTo(Math.sqrt(3000 / 2550.82) - 1, 12) });
    expect(r.score).toBeCloseTo((100 * 294.82) / 744, 10);
  });

  it('finds R&D intensity achieved through its alias, with time progress and score 100', () => {
    const r = byId('rd-intensity');
    expect(r.status).toBe('achieved');
    expect(r.completion).toBeCloseTo((3.44 - 3.1) / (3.4 - 3.1), 12);
    expect(r.score).toBe(100);
  });

  it('reports indicators without values as no-data and keeps them out of the coverage', () => {
    expect(byId('platforms').status).toBe('no-data');
    // two of the twelve targeted indicators have a score, each with weight 1
    expect(out.overall.coverage).toBeCloseTo(2 / 12, 12);
    expect(out.overall.score).toBeNull();
    expect(out.overall.counts).toMatchObject({ achieved: 1, lagging: 1 });
  });
});

describe('planeval evaluate, bad input', () => {
  it('refuses a missing as-of year with usage and exit 2', () => {
    const { code, stderr } = planeval('evaluate', '--plan', 'builtin:gz-st-14th', '--data', gongbao);
    expect(code).toBe(2);
    expect(stderr).toContain('--as-of');
  });

  it('names the file that is not a spreadsheet (a PNG named .xlsx) and exits 1', () => {
    const notSheet = join(dir, 'notes.xlsx');
    writeFileSync(notSheet, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const { code, stderr } = planeval('evaluate', '--plan', 'builtin:gz-st-14th', '--data', notSheet, '--as-of', '2023');
    expect(code).toBe(1);
    expect(stderr).toContain('notes.xlsx');
  });
});

describe('planeval evaluate with provinces in the data (a yearbook table of R&D intensity)', () => {
  const provinces = workbook('provinces.xlsx', {
    分省: [
      ['2023年各地区研究与试验发展(R&D)经费投入强度'],
      ['地区', 'R&D经费投入强度(%)'],
      ['全国', 2.64],
      ['北京', 6.73],
      ['广东', 3.54],
      ['全市', 3.44],
      ['黄埔区', 6.14],
    ],
  });
  const run = (...extra: string[]) => planeval('evaluate', '--plan', 'builtin:gz-st-14th', '--data', provinces, '--as-of', '2023', '--json', ...extra);

  it('leaves the provinces out by default: no benchmark, no district result for them', () => {
    const { code, stdout } = run();
    expect(code).toBe(0);
    const rd = JSON.parse(stdout).indicators.find((i: { id: string }) => i.id === 'rd-intensity');
    expect(rd.latest).toEqual({ year: 2023, value: 3.44 });
    expect(rd.benchmarks).toEqual([]);
  });

  it('keeps the named ones as benchmarks beside the city, never judged', () => {
    const { code, stdout } = run('--benchmarks', '全国,广东');
    expect(code).toBe(0);
    const rd = JSON.parse(stdout).indicators.find((i: { id: string }) => i.id === 'rd-intensity');
    expect(rd.benchmarks).toEqual([
      { region: '全国', year: 2023, value: 2.64 },
      { region: '广东', year: 2023, value: 3.54 },
    ]);
    expect(rd.status).toBe('achieved');
  });

  it('refuses --region for a region outside the plan, saying where benchmarks are', () => {
    const { code, stderr } = run('--benchmarks', 'all', '--region', '北京');
    expect(code).toBe(2);
    expect(stderr).toContain('不是规划的地区');
  });
});
