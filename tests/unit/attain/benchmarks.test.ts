// A region outside the plan (全国, 广东, 北京 …) is a benchmark: its latest value is shown beside the plan's, but it is
// never assessed against the plan's target, never given a status and never ranked with the plan's districts.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { valueSet } from '../../../shared/model';
import { indicator, plan, series, settings } from './build';

const intensity = indicator({ id: 'x', unit: '%', precision: 2, aggregation: 'none', baseline: { year: 2020, value: 3.1 }, target: { year: 2025, comparator: '>', value: 3.4 } });
const data = [
  ...series('x', { 2020: 3.1, 2023: 3.44 }),
  ...series('x', { 2020: 5.5, 2023: 6.14 }, '黄埔区'),
  ...series('x', { 2020: 4.0, 2023: 4.2 }, '天河区'),
  ...series('x', { 2020: 6.44, 2022: 6.83, 2023: 6.73, 2024: 6.8 }, '北京'),
  ...series('x', { 2021: 2.43, 2023: 2.64 }, '全国'),
];

describe('regions outside the plan', () => {
  const evaluation = evaluate(plan([intensity], ['黄埔区', '天河区']), valueSet(data), settings(2023));

  it('get no result and no status, however far above the target they are', () => {
    expect(evaluation.regions.map((r) => r.region)).toEqual(['黄埔区', '天河区']);
    expect(evaluation.regions.some((r) => r.region === '北京' || r.region === '全国')).toBe(false);
  });

  it('are never ranked with the districts', () => {
    expect(evaluation.rankings[0]!.entries.map((e) => e.region)).toEqual(['黄埔区', '天河区']);
  });

  it('are listed as benchmarks with their latest value up to the evaluation year, in order of appearance', () => {
    expect(evaluation.benchmarks).toEqual([
      {
        indicatorId: 'x',
        entries: [
          { region: '北京', latest: { year: 2023, value: 6.73 } },
          { region: '全国', latest: { year: 2023, value: 2.64 } },
        ],
      },
    ]);
  });

  it('leave the whole area’s verdict and the category scores as they would be without them', () => {
    const without = evaluate(plan([intensity], ['黄埔区', '天河区']), valueSet(data.filter((o) => o.region !== '北京' && o.region !== '全国')), settings(2023));
    expect({ ...evaluation, benchmarks: [] }).toEqual(without);
  });
});
