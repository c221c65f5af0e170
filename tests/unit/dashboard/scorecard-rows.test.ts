// The scorecard's rows: which results they show, the 示例数据 mark on the latest value, filters and sort orders.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { type ObservationInput, valueSet } from '../../../shared/model';
import { filterRows, nextSort, NO_FILTER, illustrativeCells, scorecardRows, sortRows } from '../../../renderer/src/screens/dashboard/scorecard-rows';
import { indicator, plan, series, settings, WHOLE } from '../attain/build';

// Three indicators, evaluated in 2023 (time progress 3/5 = 60 %):
//  a: 100 → 190 of target 200: completion 90 %, pace 1.5, ahead;
//  b: 100 → 110 of target 200: completion 10 %, pace 0.17, seriously lagging; binding;
//  c: monitoring only (no target).
const thePlan = plan(
  [
    indicator({ id: 'a', name: '乙指标', category: '甲类' }),
    indicator({ id: 'b', name: '甲指标', category: '乙类', nature: 'binding' }),
    indicator({ id: 'c', name: '丙指标', category: '甲类', target: null }),
  ],
  ['天河区'],
);
const observations: ObservationInput[] = [
  ...series('a', { 2020: 100, 2023: 190 }),
  ...series('b', { 2020: 100, 2023: 110 }),
  ...series('c', { 2020: 5, 2023: 6 }),
  ...series('a', { 2020: 10, 2023: 12 }, '天河区'),
  { indicatorId: 'b', region: WHOLE, year: 2023, value: 110, illustrative: true },
];
const evaluation = evaluate(thePlan, valueSet(observations), settings(2023));
const rows = scorecardRows(thePlan, evaluation, illustrativeCells(observations), null);
const ids = (list: { indicator: { id: string } }[]) => list.map((r) => r.indicator.id);

describe('scorecard rows', () => {
  it('show one whole-area row per plan indicator, in plan order', () => {
    expect(ids(rows)).toEqual(['a', 'b', 'c']);
    expect(rows.map((r) => r.result.region)).toEqual([WHOLE, WHOLE, WHOLE]);
    expect(rows.map((r) => r.result.status)).toEqual(['ahead', 'seriously-lagging', 'monitoring']);
  });

  it('mark the latest value 示例数据 when the observation it came from is illustrative (the later of the same year wins)', () => {
    expect(rows.map((r) => r.latestIllustrative)).toEqual([false, true, false]);
  });

  it('know a cell as 示例数据 only while its last value is illustrative, and key no cell when no value is', () => {
    const cell = (year: number, illustrative?: boolean): ObservationInput => ({ indicatorId: 'a', region: WHOLE, year, value: 1, illustrative });
    const cells = illustrativeCells([cell(2021, true), cell(2021), cell(2022), cell(2022, true), cell(2023)]);
    expect([...cells]).toEqual([`a\u0000${WHOLE}\u00002022`]);
    expect(illustrativeCells(series('a', { 2020: 1, 2021: 2 })).size).toBe(0);
  });

  it('show a region’s own results when a region is chosen, leaving out indicators it has no value for', () => {
    const district = scorecardRows(thePlan, evaluation, illustrativeCells(observations), '天河区');
    expect(ids(district)).toEqual(['a']);
    expect(district[0]!.result.region).toBe('天河区');
  });

  it('filter by category, status and nature together', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, category: '甲类' }))).toEqual(['a', 'c']);
    expect(ids(filterRows(rows, { ...NO_FILTER, status: 'seriously-lagging' }))).toEqual(['b']);
    expect(ids(filterRows(rows, { ...NO_FILTER, nature: 'binding' }))).toEqual(['b']);
    expect(ids(filterRows(rows, { ...NO_FILTER, category: '甲类', nature: 'binding' }))).toEqual([]);
  });
});

describe('sorting the scorecard', () => {
  it('orders by completion either way, with rows that have none last in both directions', () => {
    expect(ids(sortRows(rows, { key: 'completion', descending: false }))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRows(rows, { key: 'completion', descending: true }))).toEqual(['a', 'b', 'c']);
  });

  it('orders statuses in METHOD.md’s order (achieved first, monitoring near the end)', () => {
    expect(ids(sortRows(rows, { key: 'status', descending: false }))).toEqual(['a', 'b', 'c']);
    expect(ids(sortRows(rows, { key: 'status', descending: true }))).toEqual(['c', 'b', 'a']);
  });

  it('orders names by their Chinese reading and keeps plan order among equal values', () => {
    // In pinyin order 丙 (bǐng) < 甲 (jiǎ) < 乙 (yǐ); equal units keep plan order.
    expect(ids(sortRows(rows, { key: 'name', descending: false }))).toEqual(['c', 'b', 'a']);
    expect(ids(sortRows(rows, { key: 'unit', descending: true }))).toEqual(['a', 'b', 'c']);
  });

  it('a header click sorts ascending by a new column and flips the direction on the same column', () => {
    expect(nextSort({ key: 'plan', descending: false }, 'latest')).toEqual({ key: 'latest', descending: false });
    expect(nextSort({ key: 'latest', descending: false }, 'latest')).toEqual({ key: 'latest', descending: true });
    expect(nextSort({ key: 'latest', descending: true }, 'latest')).toEqual({ key: 'latest', descending: false });
  });
});
