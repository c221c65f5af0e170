// Regions ranked by the latest value (direction-aware) and by average annual growth since the baseline year.
import type { Indicator, RegionRankEntry, RegionRanking, YearValue } from '../model';
import { roundTo } from './format';
import { averageAnnualGrowth } from './trend';

/** Growth is ranked at the precision it is shown at: 1 decimal of a percent. */
const GROWTH_RANK_DECIMALS = 3;

export interface RegionSeries {
  region: string;
  /** Sorted by year, up to the evaluation year. */
  points: readonly YearValue[];
}

/**
 * Rank regions. Higher is better when direction is +1, lower when −1; values equal at the displayed
 * precision share a rank (1, 2, 2, 4). Growth runs from the baseline year, or the first later year with
 * a value, to the latest year. Entries come in order of rank by latest value, unranked last.
 */
export function rankRegions(indicator: Indicator, baselineYear: number, regions: readonly RegionSeries[]): RegionRanking {
  const entries: RegionRankEntry[] = regions.map(({ region, points }) => {
    const latest = points.length ? points[points.length - 1] : null;
    const from = points.find((p) => p.year >= baselineYear);
    return {
      region,
      latest: latest ? { year: latest.year, value: latest.value } : null,
      growth: latest && from ? averageAnnualGrowth(from, latest) : null,
      rankByLatest: null,
      rankByGrowth: null,
    };
  });
  assignRanks(entries, (e) => (e.latest ? roundTo(e.latest.value, indicator.precision) : null), indicator.direction, 'rankByLatest');
  assignRanks(entries, (e) => (e.growth === null ? null : roundTo(e.growth, GROWTH_RANK_DECIMALS)), indicator.direction, 'rankByGrowth');
  return { indicatorId: indicator.id, entries: byRank(entries) };
}

/**
 * Competition ranking: 1 + the number of entries strictly better, found by binary search in the sorted
 * scores, so that many regions cost O(n log n).
 */
function assignRanks(
  entries: RegionRankEntry[],
  key: (entry: RegionRankEntry) => number | null,
  direction: 1 | -1,
  field: 'rankByLatest' | 'rankByGrowth',
): void {
  // Direction-adjusted, so higher is better; NaN marks an entry without a score, and sorts after every number.
  const scores = scratch(entries.length, 0);
  const sorted = scratch(entries.length, 1);
  let count = 0;
  for (let i = 0; i < entries.length; i++) {
    const score = key(entries[i]);
    scores[i] = sorted[i] = score === null ? NaN : score * direction;
    if (score !== null) count++;
  }
  sorted.subarray(0, entries.length).sort();
  for (let i = 0; i < entries.length; i++) {
    const score = scores[i];
    if (Number.isNaN(score)) continue;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] > score) hi = mid;
      else lo = mid + 1;
    }
    entries[i][field] = 1 + count - lo;
  }
}

// Two scratch buffers for assignRanks, grown as needed: it runs for every indicator, and never yields.
const buffers = [new Float64Array(64), new Float64Array(64)];

/** Scratch buffer `which` with room for at least `size` numbers. */
function scratch(size: number, which: 0 | 1): Float64Array {
  if (buffers[which].length < size) buffers[which] = new Float64Array(2 * size);
  return buffers[which];
}

/** Entries in order of rank by latest value, unranked last; entries of equal rank keep their order. */
function byRank(entries: readonly RegionRankEntry[]): RegionRankEntry[] {
  // A counting sort: ranks run from 1 to the number of entries, and unranked entries go to one slot after them.
  const starts = new Int32Array(entries.length + 2);
  for (const entry of entries) starts[entry.rankByLatest ?? entries.length + 1]++;
  for (let rank = 1, start = 0; rank < starts.length; rank++) {
    const size = starts[rank];
    starts[rank] = start;
    start += size;
  }
  const ordered: RegionRankEntry[] = new Array(entries.length);
  for (const entry of entries) ordered[starts[entry.rankByLatest ?? entries.length + 1]++] = entry;
  return ordered;
}
