// METHOD.md: where the plan gives a level indicator no baseline value but the data has one for the base year at the
// same level, that value is the baseline, and the result says so with the cell; the plan's own baseline always wins.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { valueSet, type ObservationInput } from '../../../shared/model';
import { indicator, plan, series, settings, WHOLE } from './build';

const withSource = (values: ObservationInput[]): ObservationInput[] =>
  values.map((o) => ({ ...o, source: { fileName: '公报.xlsx', fileHash: 'h', sheet: '表1', cell: `C${o.year - 2000}`, rawText: String(o.value), importedAt: '2024-01-01T00:00:00Z' } }));

function whole(overrides: Parameters<typeof indicator>[0], values: Record<number, number>, asOf = 2023) {
  return evaluate(plan([indicator(overrides)]), valueSet(withSource(series('x', values))), settings(asOf)).indicators[0]!;
}

describe('a level indicator the plan gives no baseline value', () => {
  it('takes the base year’s value from the data as x0, computes completion from it and says so, citing the cell', () => {
    const r = whole({ baseline: null }, { 2020: 120, 2021: 140, 2023: 170 });
    expect(r.baseline).toEqual({ year: 2020, value: 120 });
    // P = (170 − 120) / (200 − 120) = 0.625; S = 3/5 = 0.6; Q > 1 → ahead.
    expect(r.completion).toBeCloseTo(0.625, 12);
    expect(r.status).toBe('ahead');
    const said = r.findings.filter((f) => f.code === 'baseline-from-data');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('基期值取自导入数据');
    expect(said[0]!.message).toContain('公报.xlsx 表1!C20');
    expect(said[0]!.cells).toEqual([{ indicatorId: 'x', region: WHOLE, year: 2020, source: expect.objectContaining({ cell: 'C20' }) }]);
  });

  it('stays without a baseline (not assessable) when the data has no value for the base year', () => {
    const r = whole({ baseline: null }, { 2021: 140, 2023: 170 });
    expect(r.baseline).toBeNull();
    expect(r.status).toBe('not-assessable');
    expect(r.findings.some((f) => f.code === 'baseline-from-data')).toBe(false);
  });

  it('keeps the plan’s own baseline even where the data’s base-year value differs, and says nothing', () => {
    const r = whole({}, { 2020: 120, 2023: 170 });
    expect(r.baseline).toEqual({ year: 2020, value: 100 });
    expect(r.findings.some((f) => f.code === 'baseline-from-data')).toBe(false);
  });

  it('is not applied to cumulative or growth indicators, whose baseline means something else', () => {
    const growth = whole({ baseline: null, kind: 'growth', target: { year: 2025, comparator: '>=', value: 5 } }, { 2020: 100, 2023: 120 });
    expect(growth.baseline).toBeNull();
    expect(growth.status).toBe('not-assessable');
    const cumulative = whole({ baseline: null, kind: 'cumulative', target: { year: 2025, comparator: '>=', value: 50 } }, { 2020: 100, 2021: 10, 2022: 10 });
    expect(cumulative.baseline).toBeNull();
    expect(cumulative.findings.some((f) => f.code === 'baseline-from-data')).toBe(false);
  });

  it('needs a target: a monitoring indicator is only monitored', () => {
    const r = whole({ baseline: null, target: null }, { 2020: 100, 2023: 120 });
    expect(r.status).toBe('monitoring');
    expect(r.findings.some((f) => f.code === 'baseline-from-data')).toBe(false);
  });
});
