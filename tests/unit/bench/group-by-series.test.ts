// The grouping peer puts every stored value in its (indicator, region) series, in storing order, across runs.
import { describe, expect, it } from 'vitest';
import { groupBySeries } from '../../../bench/peers/group-by-series';
import { packStoredValues } from '../../../bench/stored-values';
import { series } from '../attain/build';

describe('groupBySeries', () => {
  it('collects the years and values of each series, whichever run holds them', () => {
    // Out of year order within the series, and the series continued in the last run.
    const stored = packStoredValues(
      [...series('x', { 2021: 1 }), ...series('x', { 2020: 2 }), ...series('x', { 2020: 3 }, '甲区'), ...series('y', { 2020: 4 }), ...series('x', { 2022: 5 })],
      2,
    );
    const grouped = groupBySeries(stored);
    expect([...grouped.keys()]).toEqual(['x', 'y']);
    expect([...grouped.get('x')!.keys()]).toEqual(['全市', '甲区']);
    expect(grouped.get('x')!.get('全市')).toEqual({ years: [2021, 2020, 2022], values: [1, 2, 5] });
    expect(grouped.get('x')!.get('甲区')).toEqual({ years: [2020], values: [3] });
    expect(grouped.get('y')!.get('全市')).toEqual({ years: [2020], values: [4] });
  });

  it('groups nothing from no runs', () => {
    expect(groupBySeries(packStoredValues([])).size).toBe(0);
  });
});
