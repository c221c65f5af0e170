// planeval plan show / validate, run as a user runs them: node cli/bin.mjs in a child process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { REPO_ROOT } from '../support/shared-dir';
import { EN_HEADER, sheetBytes, validRow } from '../unit/plan-sheet/build-sheet';

function planeval(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/bin.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('planeval plan show', () => {
  it('prints the built-in framework as JSON with the fields the issue lists', () => {
    const { code, stdout } = planeval('plan', 'show', 'builtin:gz-st-14th', '--json');
    expect(code).toBe(0);
    const shown = JSON.parse(stdout);
    const plan = guangzhouPlan();
    expect(shown).toMatchObject({ id: 'gz-st-14th', name: '广州市科技创新“十四五”规划', categories: plan.categories });
    expect(shown.indicators).toHaveLength(14);
    expect(Object.keys(shown.indicators[0]).sort()).toEqual(
      ['id', 'name', 'category', 'unit', 'precision', 'baseline', 'target', 'direction', 'kind', 'nature', 'weight', 'aggregation', 'aliases'].sort(),
    );
    expect(shown.indicators.find((i: { id: string }) => i.id === 'tech-contracts')).toMatchObject({
      unit: '亿元', precision: 2, baseline: { year: 2020, value: 2256 }, target: { year: 2025, comparator: '>', value: 3000 }, aggregation: 'sum',
    });
  });

  it('prints a plan sheet the same way as the built-in plan it was exported from', () => {
    const fromSheet = JSON.parse(planeval('plan', 'show', 'fixtures/plans/gz-st-14th.zh.xlsx', '--json').stdout);
    const builtin = JSON.parse(planeval('plan', 'show', 'builtin:gz-st-14th', '--json').stdout);
    expect(fromSheet.indicators).toEqual(builtin.indicators);
    expect(fromSheet.categories).toEqual(builtin.categories);
  });

  it('prints a readable table by category without --json', () => {
    const { code, stdout } = planeval('plan', 'show', 'builtin:gz-st-14th');
    expect(code).toBe(0);
    expect(stdout).toContain('[技术攻关水平]');
    expect(stdout).toMatch(/tech-contracts\s+技术合同成交额\s+亿元\s+2256 \(2020\)\s+> 3000 \(2025\)/);
  });

  it('names the available built-in plans when asked for an unknown one', () => {
    const { code, stderr } = planeval('plan', 'show', 'builtin:nowhere');
    expect(code).toBe(1);
    expect(stderr).toContain('builtin:gz-st-14th');
  });
});

describe('planeval plan validate', () => {
  it('lists both bad cells of two-bad-cells.xlsx by row and column and exits 1', () => {
    const { code, stdout } = planeval('plan', 'validate', 'fixtures/plans/two-bad-cells.xlsx');
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      '第 2 行 H 列（target_year）：目标年 2019 必须晚于基期年 2020',
      '第 4 行 J 列（comparator）：比较方式“≈”无效，应为 >=、>、<=、<、= 或 range',
    ]);
  });

  it('speaks English with --lang en', () => {
    const { stdout } = planeval('plan', 'validate', 'fixtures/plans/two-bad-cells.xlsx', '--lang', 'en');
    expect(stdout).toContain('Row 2, column H (target_year): The target year 2019 must be after the baseline year 2020');
  });

  it('says "无错误 / no errors" and exits 0 for a valid sheet', () => {
    const { code, stdout } = planeval('plan', 'validate', 'fixtures/plans/custom-plan.en.xlsx');
    expect(code).toBe(0);
    expect(stdout).toContain('无错误 / no errors');
  });

  const scratch = mkdtempSync(join(tmpdir(), 'planeval-cli-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses a show of a sheet with errors, listing them, and a missing file with the reason', () => {
    const copy = join(scratch, 'bad plan.xlsx');
    copyFileSync(join(REPO_ROOT, 'fixtures/plans/two-bad-cells.xlsx'), copy);
    const shown = planeval('plan', 'show', copy);
    expect(shown.code).toBe(1);
    expect(shown.stderr).toContain('2 处错误');
    expect(shown.stderr).toContain('第 4 行 J 列（comparator）');
    const missing = planeval('plan', 'validate', join(scratch, 'absent.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT|no such file/);
  });

  it('exits 2 with the usage for an unknown action', () => {
    const { code, stderr } = planeval('plan', 'frobnicate', 'x');
    expect(code).toBe(2);
    expect(stderr).toContain('planeval plan show');
  });
});

describe('planeval plan validate with a baseline year but no baseline value', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'planeval-cli-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('accepts the sheet, names the row, and shows the indicator without a baseline', () => {
    const path = join(scratch, 'plan.xlsx');
    writeFileSync(path, sheetBytes([EN_HEADER, validRow(), validRow({ id: 'patents', name: 'Patents', unit: '件', precision: 0, baseline_value: null, target_value: 30, aliases: null })]));
    const { code, stdout } = planeval('plan', 'validate', path, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('Row 3, column G (baseline_value): The baseline year 2020 is given without a baseline value');
    expect(stdout).toContain('无错误 / no errors');
    const shown = JSON.parse(planeval('plan', 'show', path, '--json').stdout);
    expect(shown.indicators.map((i: { id: string; baseline: unknown }) => [i.id, i.baseline])).toEqual([['rd-intensity', { year: 2020, value: 3.1 }], ['patents', null]]);
  });
});
