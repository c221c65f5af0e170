// The command line's JSON under a target revision: `plan show` lists the revisions, `evaluate` shows the revised target
// with the plan's own beside it, and neither adds a field where a plan has no revisions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { planSummary } from '../../cli/commands/plan';
import { evaluationJson } from '../../cli/evaluation-json';
import { evaluate } from '../../shared/attain';
import { defaultSettings, valueSet, type Plan, type TargetRevision } from '../../shared/model';
import { gzSampleObservations } from '../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { writePlanSheet } from '../../shared/plan-sheet';
import { REPO_ROOT } from '../support/shared-dir';

const revision: TargetRevision = {
  effectiveYear: 2023,
  target: { comparator: '>', value: 2800 },
  reason: '统计口径调整',
  basis: '穗科〔2023〕12号',
  recordedAt: '2023-07-01T00:00:00.000Z',
};

function revisedPlan(): Plan {
  const plan = guangzhouPlan();
  return { ...plan, indicators: plan.indicators.map((i) => (i.id === 'tech-contracts' ? { ...i, revisions: [revision] } : i)) };
}

describe('the command line JSON of a revised plan', () => {
  it('plan show --json lists an indicator\'s revisions, and only that indicator gains the field', () => {
    const shown = planSummary(revisedPlan());
    expect(shown.indicators.find((i) => i.id === 'tech-contracts')).toMatchObject({ target: { year: 2025, comparator: '>', value: 3000 }, revisions: [revision] });
    expect(shown.indicators.filter((i) => 'revisions' in i)).toHaveLength(1);
    expect(planSummary(guangzhouPlan()).indicators.some((i) => 'revisions' in i)).toBe(false);
  });

  it('evaluate --json shows the revised target with the original and the revision, from the effective year on', () => {
    const plan = revisedPlan();
    const values = valueSet(gzSampleObservations('2024-01-01T00:00:00.000Z'));
    const at = (asOf: number) => evaluationJson(plan, evaluate(plan, values, defaultSettings(asOf)), '全市').indicators;
    const revised = at(2023).find((i) => i.id === 'tech-contracts')!;
    expect(revised).toMatchObject({
      target: { year: 2025, comparator: '>', value: 2800 },
      originalTarget: { year: 2025, comparator: '>', value: 3000 },
      revision: { effectiveYear: 2023, reason: '统计口径调整', basis: '穗科〔2023〕12号' },
    });
    expect(at(2023).filter((i) => 'originalTarget' in i || 'revision' in i).map((i) => i.id)).toEqual(['tech-contracts']);
    expect(at(2022).find((i) => i.id === 'tech-contracts')).not.toHaveProperty('originalTarget');
  });
});

describe('planeval over a plan spreadsheet with a 目标调整 sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planeval-revisions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const planFile = join(dir, 'revised-plan.xlsx');
  writeFileSync(planFile, writePlanSheet(revisedPlan(), 'zh'));
  const planeval = (...args: string[]) => spawnSync(process.execPath, ['cli/bin.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

  it('plan show --json lists the revisions read from the sheet', () => {
    const run = planeval('plan', 'show', planFile, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).indicators.find((i: { id: string }) => i.id === 'tech-contracts').revisions).toEqual([revision]);
  });

  it('evaluate --json measures against the revised target, the original beside it', () => {
    const plan = guangzhouPlan();
    const rows: (string | number)[][] = [['指标', '地区', '年份', '数值', '单位']];
    for (const o of gzSampleObservations('2024-01-01T00:00:00.000Z').filter((o) => o.indicatorId === 'tech-contracts' && o.region === '全市')) {
      rows.push([plan.indicators.find((i) => i.id === o.indicatorId)!.name, o.region, o.year, o.value, '亿元']);
    }
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '数据');
    const data = join(dir, 'data.xlsx');
    writeFileSync(data, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
    const run = planeval('evaluate', '--plan', planFile, '--data', data, '--as-of', '2023', '--json');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).indicators.find((i: { id: string }) => i.id === 'tech-contracts')).toMatchObject({
      target: { value: 2800 },
      originalTarget: { value: 3000 },
      revision: { effectiveYear: 2023, basis: '穗科〔2023〕12号' },
    });
  });
});
