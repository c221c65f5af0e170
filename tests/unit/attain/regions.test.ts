// Region results, rankings and the regions-add-up check.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { indicator, plan, series, settings } from './build';
import { valueSet } from '../../../shared/model';

const districts = ['甲区', '乙区', '丙区'];

describe('region results', () => {
  const share = indicator({ id: 's', unit: '%', precision: 1, aggregation: 'none', baseline: { year: 2020, value: 50 }, target: { year: 2025, comparator: '>=', value: 60 } });
  const amount = indicator({ id: 'a' });
  const obs = [
    ...series('s', { 2020: 40, 2023: 46 }, '甲区'), // own baseline 40: P = (46 − 40) / (60 − 40) = 0.3, Q = 0.5 → lagging
    ...series('s', { 2023: 61 }, '乙区'), // no value in 2020
    ...series('a', { 2020: 30, 2023: 45 }, '甲区'),
  ];
  const evaluation = evaluate(plan([share, amount], districts), valueSet(obs), settings(2023));
  const region = (id: string, name: string) => evaluation.regions.find((r) => r.indicatorId === id && r.region === name);

  it('lists only regions with data', () => {
    expect(evaluation.regions.map((r) => `${r.indicatorId}/${r.region}`)).toEqual(['s/甲区', 's/乙区', 'a/甲区']);
  });
  it('a share whose region has its own baseline-year value is assessed against the plan target', () => {
    const r = region('s', '甲区')!;
    expect(r.baseline).toEqual({ year: 2020, value: 40 });
    expect(r.completion).toBeCloseTo(0.3, 12);
    expect(r.status).toBe('lagging');
  });
  it('without its own baseline-year value a region is not assessable, but reports latest and trend', () => {
    const r = region('s', '乙区')!;
    expect(r.status).toBe('not-assessable');
    expect(r.latest).toEqual({ year: 2023, value: 61 });
    expect(r.completion).toBeNull();
    expect(r.score).toBeNull();
  });
  it('a target that adds up across regions never applies to one region', () => {
    const r = region('a', '甲区')!;
    expect(r.status).toBe('not-assessable');
    expect(r.target).toBeNull();
    expect(r.trend).toBeCloseTo(1.5 ** (1 / 3) - 1, 12); // 30 → 45 over 3 years
  });
  it('regions never change the whole-area results', () => {
    expect(evaluation.indicators.map((r) => r.region)).toEqual(['全市', '全市']);
  });
});

describe('rankings', () => {
  const obs = (id: string) => [
    ...series(id, { 2020: 10, 2023: 10 }, '甲区'),
    ...series(id, { 2020: 10, 2023: 12 }, '乙区'),
    ...series(id, { 2020: 8, 2023: 10 }, '丙区'),
  ];
  it('ranks by latest value, higher first when higher is better; ties share a rank', () => {
    const ranking = evaluate(plan([indicator({ id: 'up' })], districts), valueSet(obs('up')), settings(2023)).rankings[0];
    expect(ranking.entries.map((e) => [e.region, e.rankByLatest])).toEqual([
      ['乙区', 1],
      ['甲区', 2],
      ['丙区', 2],
    ]);
    // growth since 2020: 甲 0, 乙 (1.2)^(1/3) − 1 ≈ 6.3 %, 丙 (1.25)^(1/3) − 1 ≈ 7.7 %
    const growth = Object.fromEntries(ranking.entries.map((e) => [e.region, e.rankByGrowth]));
    expect(growth).toEqual({ 丙区: 1, 乙区: 2, 甲区: 3 });
    expect(ranking.entries.find((e) => e.region === '丙区')!.growth).toBeCloseTo(1.25 ** (1 / 3) - 1, 12);
  });
  it('ranks lower first when lower is better', () => {
    const ind = indicator({ id: 'down', direction: -1, target: { year: 2025, comparator: '<=', value: 5 } });
    const ranking = evaluate(plan([ind], districts), valueSet(obs('down')), settings(2023)).rankings[0];
    expect(Object.fromEntries(ranking.entries.map((e) => [e.region, e.rankByLatest]))).toEqual({ 甲区: 1, 丙区: 1, 乙区: 3 });
    expect(Object.fromEntries(ranking.entries.map((e) => [e.region, e.rankByGrowth]))).toEqual({ 甲区: 1, 乙区: 2, 丙区: 3 });
  });
  it('values equal at the published precision tie', () => {
    const ind = indicator({ id: 'p', precision: 1 });
    const o = [...series('p', { 2023: 10.04 }, '甲区'), ...series('p', { 2023: 9.96 }, '乙区')];
    const ranks = evaluate(plan([ind], districts), valueSet(o), settings(2023)).rankings[0].entries.map((e) => e.rankByLatest);
    expect(ranks).toEqual([1, 1]); // both 10.0
  });
});

describe('regions that do not add up (aggregation sum)', () => {
  const amount = indicator({ id: 'a' });
  const base = { 甲区: 60, 乙区: 30 };
  const obs = (total: number, third: number | null, year = 2023) => [
    ...series('a', { [year]: total }),
    ...series('a', { [year]: base.甲区 }, '甲区'),
    ...series('a', { [year]: base.乙区 }, '乙区'),
    ...(third === null ? [] : series('a', { [year]: third }, '丙区')),
  ];
  const run = (o: ReturnType<typeof obs>, tolerance = 0.01) =>
    evaluate(plan([amount], districts), valueSet(o), settings(2023, { quality: { yoyThreshold: 0.5, regionSumTolerance: tolerance } })).findings;

  it('fires when the regions sum 105 against 100 (5 % > 1 %)', () => {
    const findings = run(obs(100, 15));
    expect(findings).toHaveLength(1);
    expect(findings[0].code).toBe('regions-do-not-add-up');
    expect(findings[0].message).toContain('105');
    expect(findings[0].cells.map((c) => c.region)).toEqual(['全市', '甲区', '乙区', '丙区']);
  });
  it('does not fire within the tolerance: 60 + 30 + 10.5 = 100.5 against 100 is 0.5 %', () => {
    expect(run(obs(100, 10.5))).toEqual([]);
    expect(run(obs(100, 15), 0.06)).toEqual([]);
  });
  it('compares only years in which every region of the plan has a value', () => {
    expect(run(obs(100, null))).toEqual([]);
  });
  it('ignores shares and ratios (aggregation none)', () => {
    const share = indicator({ id: 'a', aggregation: 'none', unit: '%' });
    expect(evaluate(plan([share], districts), valueSet(obs(100, 15)), settings(2023)).findings).toEqual([]);
  });
});
