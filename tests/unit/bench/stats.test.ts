// The median of repeated measurements.
import { describe, expect, it } from 'vitest';
import { median } from '../../../bench/stats';

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
