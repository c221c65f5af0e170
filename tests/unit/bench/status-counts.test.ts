// Status counts, and the disagreements between two sets of them that fail the evaluate bench.
import { describe, expect, it } from 'vitest';
import { countDifferences, statusCounts } from '../../../bench/peers/status-counts';

describe('statusCounts', () => {
  it('counts each status that occurs', () => {
    expect(statusCounts([{ status: 'ahead' }, { status: 'lagging' }, { status: 'ahead' }])).toEqual({ ahead: 2, lagging: 1 });
  });
});

describe('countDifferences', () => {
  it('is empty when the counts agree, in any key order', () => {
    expect(countDifferences({ ahead: 2, lagging: 1 }, { lagging: 1, ahead: 2 })).toEqual([]);
  });

  it('names each status whose count differs, a status one side lacks counting as 0', () => {
    expect(countDifferences({ ahead: 2, monitoring: 1 }, { ahead: 1, stagnant: 1, monitoring: 1 })).toEqual(['ahead: 2 against 1', 'stagnant: 0 against 1']);
  });
});
