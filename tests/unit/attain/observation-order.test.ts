// The order observations arrive in does not change the evaluation: shuffled, interleaved, reversed or repeated
// data give the result of the same data in canonical order (indicator, region, year), and the hand-computed numbers.
import { describe, expect, it } from 'vitest';
import { evaluate, UsedValues } from '../../../shared/attain';
import { type Evaluation, type ObservationInput, type Provenance, valueSet } from '../../../shared/model';
import { indicator, plan, series, settings, WHOLE } from './build';
import { shuffled } from '../../support/seeded-random';
import { FIRST_YEAR, generateProject, YEARS } from '../../../bench/generate';

const AS_OF = 2023;

/** x: an amount that adds up across districts (target 2025 ≥ 200 from 100 in 2020); y: a share each district is assessed on. */
const testPlan = plan(
  [
    indicator({ id: 'x', name: '总额' }),
    indicator({ id: 'y', name: '占比', unit: '%', precision: 1, aggregation: 'none', baseline: { year: 2020, value: 10 }, target: { year: 2025, comparator: '>=', value: 20 } }),
  ],
  ['甲区', '乙区'],
);

/** Canonical order: indicator, then region, then year. In 2022 the districts of x add up to 110, not 120; y lacks 2022 for the whole area. */
const canonical: ObservationInput[] = [
  ...series('x', { 2020: 100, 2021: 110, 2022: 120, 2023: 130 }),
  ...series('x', { 2020: 55, 2021: 60, 2022: 60, 2023: 70 }, '甲区'),
  ...series('x', { 2020: 45, 2021: 50, 2022: 50, 2023: 60 }, '乙区'),
  ...series('y', { 2020: 10, 2021: 12, 2023: 16 }),
  ...series('y', { 2020: 8, 2021: 9, 2022: 11, 2023: 12 }, '甲区'),
  ...series('y', { 2020: 12, 2021: 13, 2022: 15, 2023: 18 }, '乙区'),
];

const run = (observations: ObservationInput[]): Evaluation => evaluate(testPlan, valueSet(observations), settings(AS_OF));


/** Year by year, every region of an indicator in turn: how yearbook tables are often laid out. */
const interleaved = [...canonical].sort((a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.year - b.year);

const result = (evaluation: Evaluation, indicatorId: string, region: string) =>
  [...evaluation.indicators, ...evaluation.regions].find((r) => r.indicatorId === indicatorId && r.region === region)!;

describe('the canonical data, computed by hand', () => {
  const evaluation = run(canonical);

  it('x for the whole area: completion (130 − 100) / (200 − 100) = 0.3, time progress 3 / 5 = 0.6, pace 0.5', () => {
    const x = result(evaluation, 'x', WHOLE);
    expect(x.latest).toEqual({ year: 2023, value: 130 });
    expect(x.completion).toBeCloseTo(0.3, 12);
    expect(x.timeProgress).toBeCloseTo(0.6, 12);
    expect(x.pace).toBeCloseTo(0.5, 12);
  });

  it('y in 甲区 is assessed from its own 2020 value: (12 − 8) / (20 − 8) = 1/3', () => {
    const y = result(evaluation, 'y', '甲区');
    expect(y.baseline).toEqual({ year: 2020, value: 8 });
    expect(y.completion).toBeCloseTo(1 / 3, 12);
  });

  it('finds the missing 2022 of y and the districts of x that add up to 110, not 120, in 2022', () => {
    const missing = result(evaluation, 'y', WHOLE).findings.filter((f) => f.code === 'missing-years');
    expect(missing.map((f) => f.cells.map((c) => c.year))).toEqual([[2022]]);
    expect(evaluation.findings.map((f) => [f.code, f.cells[0].year])).toEqual([['regions-do-not-add-up', 2022]]);
  });

  it('ranks the districts of x by their latest value: 甲区 (70) before 乙区 (60)', () => {
    const ranking = evaluation.rankings.find((r) => r.indicatorId === 'x')!;
    expect(ranking.entries.map((e) => [e.region, e.rankByLatest])).toEqual([
      ['甲区', 1],
      ['乙区', 2],
    ]);
  });
});

describe('the same data in another order gives the same evaluation', () => {
  const expected = run(canonical);

  it.each([1, 2, 3, 42, 2024])('shuffled (seed %i)', (seed) => {
    expect(run(shuffled(canonical, seed))).toEqual(expected);
  });

  it('interleaved: year by year, the regions of each indicator in turn', () => {
    expect(run(interleaved)).toEqual(expected);
  });

  it('reversed: every series from its latest year back to its first', () => {
    expect(run([...canonical].reverse())).toEqual(expected);
  });

  it('with values after the evaluation year mixed in, which are left out', () => {
    const later = [...series('x', { 2024: 150 }), ...series('y', { 2024: 17 }, '乙区')];
    const evaluation = run(shuffled([...canonical, ...later], 7));
    expect(evaluation).toEqual(expected);
    expect(result(evaluation, 'x', WHOLE).latest).toEqual({ year: 2023, value: 130 });
  });

  it('with values that are not numbers mixed in, which are not data', () => {
    const notData = [...series('x', { 2019: Number.NaN }), ...series('y', { 2022: Number.POSITIVE_INFINITY })];
    expect(run(shuffled([...canonical, ...notData], 9))).toEqual(expected);
  });
});

describe('thousands of series in any order', () => {
  // 200 indicators × 12 regions of the generated project: many more series than grouping first makes room for.
  const { plan: large, observations } = generateProject();
  const few = { ...large, indicators: large.indicators.slice(0, 200) };
  const ids = new Set(few.indicators.map((i) => i.id));
  const kept = observations.filter((o) => ids.has(o.indicatorId));
  const inOrder = [...kept].sort((a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.region.localeCompare(b.region) || a.year - b.year);

  it('shuffled, give the evaluation of the same values indicator by indicator, region by region, year by year', () => {
    const evaluation = evaluate(few, valueSet(shuffled(kept, 11)), settings(FIRST_YEAR + YEARS - 1));
    expect(evaluation.regions).toHaveLength(200 * 11);
    expect(JSON.stringify(evaluation)).toBe(JSON.stringify(evaluate(few, valueSet(inOrder), settings(FIRST_YEAR + YEARS - 1))));
  });
});

describe('the same (indicator, region, year) more than once', () => {
  it('the same value twice is one value, and no conflict', () => {
    expect(run(shuffled([...canonical, ...canonical.slice(0, 5)], 11))).toEqual(run(canonical));
  });

  it('different values: the later in input order is used, even out of year order, and both are named', () => {
    const source = (fileName: string, cell: string): Provenance => ({ fileName, fileHash: 'h', sheet: '表1', cell, rawText: '', importedAt: '2024-01-01T00:00:00Z' });
    const first: ObservationInput = { indicatorId: 'x', region: WHOLE, year: 2023, value: 130, source: source('年鉴.xlsx', 'B5') };
    const later: ObservationInput = { indicatorId: 'x', region: WHOLE, year: 2023, value: 135, source: source('公报.xlsx', 'C9') };
    const others = canonical.filter((o) => !(o.indicatorId === 'x' && o.region === WHOLE && o.year === 2023));
    const evaluation = run([first, ...shuffled(others, 5), later]);
    const x = result(evaluation, 'x', WHOLE);
    expect(x.latest).toEqual({ year: 2023, value: 135 });
    // (135 − 100) / (200 − 100)
    expect(x.completion).toBeCloseTo(0.35, 12);
    const conflicts = x.findings.filter((f) => f.code === 'conflict');
    expect(conflicts.map((f) => f.cells.map((c) => c.source?.cell))).toEqual([['B5', 'C9']]);

    // Apart from the conflict, it is the evaluation of the data holding only the later value.
    const withLater = run([...others, later]);
    x.findings = x.findings.filter((f) => f.code !== 'conflict');
    expect(evaluation).toEqual(withLater);
  });

  it('a value that changes and changes back is two conflicts, and the last value is used', () => {
    const values = [140, 150, 140].map((value) => ({ indicatorId: 'x', region: WHOLE, year: 2023, value }));
    const others = canonical.filter((o) => !(o.indicatorId === 'x' && o.region === WHOLE && o.year === 2023));
    const x = result(run([...others, values[0], ...series('x', { 2021: 110 }), values[1], values[2]]), 'x', WHOLE);
    expect(x.latest).toEqual({ year: 2023, value: 140 });
    expect(x.findings.filter((f) => f.code === 'conflict')).toHaveLength(2);
  });
});

describe('the values an evaluation uses (what the dashboard charts and the report states)', () => {
  it('are sorted by year, the later of two values for a year, without values that are not numbers or come after the as-of year', () => {
    const bucket = [...series('x', { 2023: 130, 2021: 110 }), ...series('x', { 2022: Number.NaN, 2020: 100 }), ...series('x', { 2021: 111, 2024: 140 })];
    const used = UsedValues.of(valueSet(bucket), 2023);
    expect(used.points('x', WHOLE).map((p) => [p.year, p.value])).toEqual([
      [2020, 100],
      [2021, 111],
      [2023, 130],
    ]);
    expect(used.at('x', WHOLE, 2021)?.value).toBe(111);
    expect(used.at('x', WHOLE, 2024)).toBeUndefined();
    expect(used.points('x', '天河区')).toEqual([]);
  });

  it('in year order already, are the observations themselves', () => {
    const bucket = series('x', { 2020: 100, 2021: 110, 2022: 120 });
    const points = UsedValues.of(valueSet(bucket), 2025).points('x', WHOLE);
    expect(points).toEqual(bucket);
    expect(points[1]).toBe(bucket[1]);
  });
});

describe('a power-of-ten slip is judged against the median of its neighbours', () => {
  it('0.031 among 3.0, 3.1, 3.2, 3.3 is one slip (1/100 of their median 3.15); its neighbours are none', () => {
    const share = indicator({ unit: '%', precision: 1, aggregation: 'none' });
    const values = { 2020: 3.0, 2021: 3.1, 2022: 0.031, 2023: 3.2, 2024: 3.3 };
    const evaluation = evaluate(plan([share]), valueSet(shuffled(series('x', values), 3)), settings(2024));
    const slips = evaluation.indicators[0].findings.filter((f) => f.code === 'power-of-ten');
    expect(slips.map((f) => f.cells[0].year)).toEqual([2022]);
    expect(slips[0].message).toContain('1/100');
  });
});
