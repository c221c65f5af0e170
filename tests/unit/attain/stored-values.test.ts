// Observations in stored columns (runs that name indicators and regions by index) give exactly the evaluation of
// the same observations in objects, in the same order: the same series, conflicts, findings and cited cells.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { type ObservationInput, type Provenance, type ValueRun, type ValueSet, valueSet } from '../../../shared/model';
import { FIRST_YEAR, generateProject, YEARS } from '../../../bench/generate';
import { shuffled } from '../../support/seeded-random';
import { indicator, plan, series, settings, WHOLE } from './build';

/** `observations` in runs of `size`, each run listing its strings in an order of its own (reversed first appearance). */
function stored(observations: readonly ObservationInput[], size: number): ValueSet {
  const runs: ValueRun[] = [];
  for (let start = 0; start < observations.length; start += size) {
    const part = observations.slice(start, start + size);
    const column = (pick: (o: ObservationInput) => string) => {
      const distinct = [...new Set(part.map(pick))].reverse();
      return { distinct, indexOf: Uint32Array.from(part, (o) => distinct.indexOf(pick(o))) };
    };
    runs.push({
      indicatorIds: column((o) => o.indicatorId),
      regions: column((o) => o.region),
      years: Float64Array.from(part, (o) => o.year),
      values: Float64Array.from(part, (o) => o.value),
    });
  }
  return { runs, observationAt: (position) => observations[position] };
}


const source = (cell: string): Provenance => ({ fileName: '年鉴.xlsx', fileHash: 'h', sheet: '表1', cell, rawText: '', importedAt: '2024-01-01T00:00:00Z' });

describe('stored columns and objects give the same evaluation', () => {
  const districts = ['甲区', '乙区'];
  const small = plan(
    [
      indicator({ id: 'x', name: '总额', nature: 'binding' }),
      indicator({ id: 'y', name: '占比', unit: '%', precision: 1, aggregation: 'none', baseline: { year: 2020, value: 10 }, target: { year: 2025, comparator: '>=', value: 20 } }),
    ],
    districts,
  );
  const data: ObservationInput[] = [
    ...series('x', { 2020: 100, 2021: 110, 2022: 120, 2023: 130 }),
    ...series('x', { 2020: 55, 2021: 60, 2022: 60, 2023: 70 }, '甲区'),
    ...series('x', { 2020: 45, 2021: 50, 2022: 50, 2023: 60 }, '乙区'),
    ...series('y', { 2020: 10, 2021: 12, 2023: 16, 2024: 0.17 }),
    ...series('y', { 2020: 8, 2021: 9, 2022: Number.NaN, 2023: 12 }, '甲区'),
    ...series('y', { 2020: 12, 2021: 13, 2022: 15, 2023: 18 }, '乙区'),
    // A conflict (two values for one cell) and a region the plan does not list.
    { indicatorId: 'x', region: WHOLE, year: 2023, value: 131, source: source('C9') },
    ...series('x', { 2022: 5, 2023: 6 }, '丙区'),
  ];

  it.each([1, 3, 7, 100])('runs of %i values, in storing order', (size) => {
    for (const asOf of [2021, 2023, 2024]) {
      expect(evaluate(small, stored(data, size), settings(asOf))).toEqual(evaluate(small, valueSet(data), settings(asOf)));
    }
  });

  it.each([5, 17, 2026])('shuffled (seed %i), runs of 4', (seed) => {
    const mixed = shuffled(data, seed);
    expect(evaluate(small, stored(mixed, 4), settings(2023))).toEqual(evaluate(small, valueSet(mixed), settings(2023)));
  });

  it('a conflict cites the cells of both values, found through their positions', () => {
    const evaluation = evaluate(small, stored(data, 3), settings(2023));
    const x = evaluation.indicators.find((r) => r.indicatorId === 'x')!;
    const conflict = x.findings.find((f) => f.code === 'conflict')!;
    expect(conflict.cells.map((c) => c.source?.cell)).toEqual([undefined, 'C9']);
    expect(x.latest).toEqual({ year: 2023, value: 131 });
  });

  it('the generated project of a large office (240,000 values in runs of 5,000), as of two years', () => {
    const { plan: large, observations } = generateProject();
    for (const asOf of [FIRST_YEAR + 16, FIRST_YEAR + YEARS - 1]) {
      const fromColumns = evaluate(large, stored(observations, 5000), settings(asOf));
      expect(JSON.stringify(fromColumns)).toBe(JSON.stringify(evaluate(large, valueSet(observations), settings(asOf))));
      expect(fromColumns.regions.length).toBeGreaterThan(10_000);
    }
  });
});
