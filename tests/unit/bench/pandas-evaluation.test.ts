// The pandas peer reads what it is given and, on every rule its statuses depend on, counts the statuses ours gives.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { valueSet, type ObservationInput } from '../../../shared/model';
import { observationsCsv, pandasPlan, startPandasPeer } from '../../../bench/peers/pandas-evaluation';
import { statusCounts } from '../../../bench/peers/status-counts';
import { PYTHON } from '../../../bench/python';
import { indicator, plan, series, settings, WHOLE } from '../attain/build';

describe('observationsCsv', () => {
  it('quotes every name and writes numbers as they read back', () => {
    const csv = observationsCsv([{ indicatorId: 'a"b', region: '甲,区', year: 2020, value: 0.1 + 0.2 }]);
    expect(csv).toBe('indicator,region,year,value\n"a""b","甲,区",2020,0.30000000000000004\n');
  });
});

describe('pandasPlan', () => {
  it("gives the whole area, the plan's other regions, the base year and the fields the statuses depend on", () => {
    const given = pandasPlan(plan([indicator({ baseline: null, target: null })], ['甲区']), settings(2024));
    expect(given.plan).toEqual({
      whole: WHOLE,
      parts: ['甲区'],
      baseYear: 2020,
      indicators: [{ id: 'x', kind: 'level', baseline: null, target: null, direction: 1, precision: 0, aggregation: 'sum' }],
    });
    expect(given.settings.asOf).toBe(2024);
  });
});

const hasPandas = spawnSync(PYTHON, ['-c', 'import pandas']).status === 0;

describe.skipIf(!hasPandas)('evaluate_pandas.py', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planeval-pandas-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('times one more evaluation per request', async () => {
    const peer = await startPandasPeer(dir, plan([indicator()]), series('x', { 2020: 100, 2023: 150 }), settings(2024));
    if (typeof peer === 'string') throw new Error(peer);
    const times = [await peer.time(), await peer.time()];
    peer.close();
    expect(times.every((ms) => ms > 0)).toBe(true);
  });
  const share = { unit: '%', aggregation: 'none' as const };
  // Baseline 2020 = 100 and a 2025 target unless overridden; evaluated as of 2024 with data up to 2023.
  const indicators = [
    indicator({ id: 'level' }),
    indicator({ id: 'rounded' }),
    indicator({ id: 'no-baseline', baseline: null }),
    indicator({ id: 'cumulative', kind: 'cumulative', baseline: null, target: { year: 2025, comparator: '>=', value: 100 } }),
    indicator({ id: 'growth', kind: 'growth', target: { year: 2025, comparator: '>=', value: 10 } }),
    indicator({ id: 'monitoring', target: null }),
    indicator({ id: 'empty' }),
    indicator({ id: 'lower-better', direction: -1, target: { year: 2025, comparator: '<=', value: 50 } }),
    indicator({ id: 'flat' }),
    indicator({ id: 'near' }),
    indicator({ id: 'share', ...share, precision: 1, target: { year: 2025, comparator: '>=', value: 20 }, baseline: { year: 2020, value: 10 } }),
  ];
  const data: ObservationInput[] = [
    // A conflict (the later value wins), a value that is not a number and one after the evaluation year.
    ...series('level', { 2020: 100, 2022: 110, 2023: 120 }),
    ...series('level', { 2023: 130, 2024: Number.NaN, 2025: 300 }),
    // 200.4 rounds to the target at precision 0.
    ...series('rounded', { 2020: 100, 2023: 200.4 }),
    ...series('no-baseline', { 2023: 150 }),
    // The base year's value is not summed: 90 of 100 at 60 % of the period.
    ...series('cumulative', { 2020: 50, 2021: 30, 2022: 30, 2023: 30 }),
    // About 1 % a year against 10 %.
    ...series('growth', { 2023: 103 }),
    ...series('monitoring', { 2023: 5 }),
    ...series('lower-better', { 2023: 110 }),
    ...series('flat', { 2023: 103 }),
    ...series('near', { 2023: 158 }),
    // 甲区 has a value of its own in 2020 (its own baseline), 乙区 has none; a region the plan does not list.
    ...series('share', { 2020: 10, 2023: 15 }),
    ...series('share', { 2020: 12, 2023: 13 }, '甲区'),
    ...series('share', { 2023: 30 }, '乙区'),
    ...series('share', { 2020: 10, 2023: 25 }, '丙区'),
    ...series('level', { 2020: 40, 2023: 60 }, '甲区'),
    ...series('monitoring', { 2023: 2 }, '甲区'),
  ];
  const small = plan(indicators, ['甲区', '乙区']);

  it('counts the statuses ours gives, for the whole area and the regions', async () => {
    const ours = evaluate(small, valueSet(data), settings(2024));
    const peer = await startPandasPeer(dir, small, data, settings(2024));
    if (typeof peer === 'string') throw new Error(peer);
    peer.close();
    // Each status once, lagging twice (the share: 50 % done at 60 % of the period); in the regions, a summed
    // amount and a share without its own baseline are not assessed, and 丙区, outside the plan, is a benchmark.
    const once = ['achieved', 'not-assessable', 'ahead', 'seriously-lagging', 'monitoring', 'no-data', 'regressing', 'stagnant', 'on-track'];
    expect(statusCounts(ours.indicators)).toEqual({ lagging: 2, ...Object.fromEntries(once.map((status) => [status, 1])) });
    expect(statusCounts(ours.regions)).toEqual({ 'not-assessable': 2, monitoring: 1, 'seriously-lagging': 1 });
    expect(ours.benchmarks.map((b) => b.entries.map((e) => e.region))).toEqual([['丙区']]);
    expect(peer.whole).toEqual(statusCounts(ours.indicators));
    expect(peer.regions).toEqual(statusCounts(ours.regions));
  });
});
