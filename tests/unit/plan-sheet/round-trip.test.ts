// Export then import gives the same framework: writePlanSheet → parsePlanSheet keeps every indicator and category.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Indicator, Plan } from '../../../shared/model';
import { COLUMNS, parsePlanSheet, writePlanSheet } from '../../../shared/plan-sheet';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { customPlan } from '../../../fixtures/generate-plan-sheets';
import { REPO_ROOT } from '../../support/shared-dir';

const base: Omit<Indicator, 'id' | 'target'> = {
  name: '指标', category: '甲类', unit: '%', precision: 2, baseline: { year: 2020, value: 3.1 },
  direction: 1, kind: 'level', nature: 'expected', weight: 1, aggregation: 'none', aliases: [], source: '',
};

/** One indicator per comparator, kind, nature, direction and aggregation, with and without baselines, targets, aliases, 口径. */
function everyFieldPlan(): Plan {
  const indicators: Indicator[] = [
    { ...base, id: 'ge', target: { year: 2025, comparator: '>=', value: 3.5 }, aliases: ['别名一', 'alias two'], source: '市统计局', definition: '口径说明' },
    { ...base, id: 'gt', category: '乙类', target: { year: 2025, comparator: '>', value: 3.4 }, kind: 'cumulative', aggregation: 'sum', baseline: null, weight: 2.5 },
    { ...base, id: 'le', target: { year: 2025, comparator: '<=', value: 0.229 }, direction: -1, nature: 'binding', precision: 3, baseline: { year: 2020, value: 0.265 } },
    { ...base, id: 'lt', target: { year: 2030, comparator: '<', value: 12 }, direction: -1, baseline: { year: 2019, value: 15.25 } },
    { ...base, id: 'eq', category: '丙类', target: { year: 2025, comparator: '=', value: 100 }, precision: 0, baseline: { year: 2020, value: 96 } },
    { ...base, id: 'range', target: { year: 2025, comparator: 'range', lo: -0.5, hi: 1.25 }, weight: 0.1 },
    { ...base, id: 'growth', target: { year: 2025, comparator: '>=', value: 6.5 }, kind: 'growth', unit: '亿元', precision: 6, baseline: { year: 2020, value: 25019.110001 } },
    { ...base, id: 'monitor', target: null, baseline: null, aggregation: 'sum', unit: '家', precision: 0 },
    { ...base, id: 'monitor-down', target: null, direction: -1 },
  ];
  return { ...guangzhouPlan(), id: 'every-field', name: 'every field', categories: ['甲类', '乙类', '丙类'], indicators };
}

function roundTrip(plan: Plan, lang: 'zh' | 'en'): Plan {
  const result = parsePlanSheet(writePlanSheet(plan, lang), `plan.${lang}.xlsx`);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

describe('writePlanSheet → parsePlanSheet gives the same framework', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const [name, make] of [['the built-in plan', guangzhouPlan], ['a plan using every field, comparator and kind', everyFieldPlan], ['the custom fixture plan', customPlan]] as const) {
      it(`keeps ${name} (${lang} headers)`, () => {
        const plan = make();
        const back = roundTrip(plan, lang);
        expect(back.indicators).toEqual(plan.indicators);
        expect(back.categories).toEqual(plan.categories);
      });
    }
  }

  it('keeps the every-field plan through CSV too (target ranges and words as text)', () => {
    const plan = everyFieldPlan();
    const workbook = XLSX.read(writePlanSheet(plan, 'zh'), { type: 'array' });
    const csv = XLSX.utils.sheet_to_csv(workbook.Sheets[workbook.SheetNames[0]], { rawNumbers: true });
    const result = parsePlanSheet(new TextEncoder().encode(csv), 'plan.csv');
    expect(result.ok && result.plan.indicators).toEqual(plan.indicators);
  });

  it('writes one header row in the chosen language, then one indicator per row', () => {
    const workbook = XLSX.read(writePlanSheet(guangzhouPlan(), 'zh'), { type: 'array' });
    expect(workbook.SheetNames).toHaveLength(1);
    const rows = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[workbook.SheetNames[0]], { header: 1 });
    expect(rows[0]).toEqual(COLUMNS.map((c) => c.zh));
    expect(rows).toHaveLength(1 + 14);
    const techContracts = rows.find((row) => row[0] === 'tech-contracts')!;
    // 基期年, 基期值, 目标年, 目标值, 比较, 方向, 类型, 属性
    expect(techContracts.slice(5, 13)).toEqual([2020, 2256, 2025, 3000, '>', '正向', '水平', '预期性']);
  });
});

describe('the committed plan sheets under fixtures/plans', () => {
  const read = (name: string) => parsePlanSheet(new Uint8Array(readFileSync(`${REPO_ROOT}/fixtures/plans/${name}`)), name);

  it('gz-st-14th.zh.xlsx is the built-in plan with Chinese headers', () => {
    const result = read('gz-st-14th.zh.xlsx');
    expect(result.ok && result.plan.indicators).toEqual(guangzhouPlan().indicators);
  });

  it('custom-plan.en.xlsx is the custom plan: a range, a lower-is-better, a growth and a cumulative indicator', () => {
    const result = read('custom-plan.en.xlsx');
    expect(result.ok && result.plan.indicators).toEqual(customPlan().indicators);
    const indicators = customPlan().indicators;
    expect(indicators.some((i) => i.target?.comparator === 'range')).toBe(true);
    expect(indicators.some((i) => i.direction === -1)).toBe(true);
    expect(indicators.map((i) => i.kind)).toEqual(expect.arrayContaining(['growth', 'cumulative']));
  });

  it('two-bad-cells.xlsx is refused with exactly its two errors', () => {
    const result = read('two-bad-cells.xlsx');
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, 'H', 'plan.error.targetBeforeBaseline'],
      [4, 'J', 'plan.error.comparator'],
    ]);
  });
});
