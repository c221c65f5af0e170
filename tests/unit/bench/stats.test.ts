// The median of repeated measurements, and measurements taken in alternation after a warm-up round.
import { describe, expect, it } from 'vitest';
import { alternatingMedians, median } from '../../../bench/stats';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
  });
  it('is the upper middle value of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(3);
  });
  it('is NaN without values', () => {
    expect(median([])).toBeNaN();
  });
  it('leaves its input in its order', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('alternatingMedians', () => {
  it('takes the measurements in turn, round after round, a warm-up round first', async () => {
    const calls: string[] = [];
    const measure = (name: string) => async () => {
      calls.push(name);
      return 0;
    };
    await alternatingMedians(2, [measure('a'), measure('b')]);
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
  });

  it('drops the warm-up round and gives the median of each measurement in the order given', async () => {
    // Round 0 (warm-up): 1000 and 2000, far off the rest so that keeping them would move both medians.
    const results = { a: [1000, 5, 1, 3], b: [2000, 40, 20, 30] };
    const next = (name: 'a' | 'b') => async () => results[name].shift()!;
    // a: 5, 1, 3 → median 3; b: 40, 20, 30 → median 30.
    expect(await alternatingMedians(3, [next('a'), next('b')])).toEqual([3, 30]);
  });
});
