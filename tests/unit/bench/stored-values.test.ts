// The bench's packer gives the engine the observations as stored columns: the same values, the same evaluation.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { valueSet, type ObservationInput } from '../../../shared/model';
import { FIRST_YEAR, generateProject, YEARS } from '../../../bench/generate';
import { packStoredValues } from '../../../bench/stored-values';
import { indicator, plan, series, settings } from '../attain/build';

const data: ObservationInput[] = [
  ...series('x', { 2020: 100, 2021: 110, 2022: 120 }),
  ...series('x', { 2020: 40, 2021: 45 }, '甲区'),
  ...series('y', { 2020: 5, 2021: Number.NaN, 2022: 7 }, '甲区'),
];

describe('packStoredValues', () => {
  it('cuts runs of the given size, each naming its strings once in order of first appearance', () => {
    const { runs } = packStoredValues(data, 4);
    expect(runs.map((r) => r.years.length)).toEqual([4, 4]);
    expect(runs[0].indicatorIds.distinct).toEqual(['x']);
    expect(runs[0].regions.distinct).toEqual(['全市', '甲区']);
    expect(Array.from(runs[1].regions.indexOf)).toEqual([0, 0, 0, 0]);
    expect(runs[1].indicatorIds.distinct).toEqual(['x', 'y']);
  });

  it('keeps every value, a NaN too, and finds each observation by its position', () => {
    const stored = packStoredValues(data, 3);
    const values = stored.runs.flatMap((r) => Array.from(r.values));
    expect(values).toEqual(data.map((o) => o.value));
    expect(stored.observationAt(6)).toBe(data[6]);
  });

  it('gives the evaluation of the observations themselves', () => {
    const small = plan([indicator(), indicator({ id: 'y', aggregation: 'none', unit: '%' })], ['甲区']);
    for (const size of [1, 4, 100]) expect(evaluate(small, packStoredValues(data, size), settings(2022))).toEqual(evaluate(small, valueSet(data), settings(2022)));
  });

  it('gives the evaluation of the generated project, in runs of 5,000', () => {
    const { plan: large, observations } = generateProject();
    const asOf = settings(FIRST_YEAR + YEARS - 1);
    expect(JSON.stringify(evaluate(large, packStoredValues(observations), asOf))).toBe(JSON.stringify(evaluate(large, valueSet(observations), asOf)));
  });
});
