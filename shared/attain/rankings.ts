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
  const scores = new Float64Array(entries.length);
  assignRanks(entries, scores, (e) => (e.latest ? roundTo(e.latest.value, indicator.precision) : null), indicator.direction, 'rankByLatest');
  assignRanks(entries, scores, (e) => (e.growth === null ? null : roundTo(e.growth, GROWTH_RANK_DECIMALS)), indicator.direction, 'rankByGrowth');
  return { indicatorId: indicator.id, entries: byRank(entries) };
}

/**
 * Competition ranking: 1 + the number of entries strictly better, found by binary search in the sorted scores
 * (O(n log n) for many regions). `scores` is scratch space as long as `entries`.
 */
function assignRanks(
  entries: RegionRankEntry[],
  scores: Float64Array,
  key: (entry: RegionRankEntry) => number | null,
  direction: 1 | -1,
  field: 'rankByLatest' | 'rankByGrowth',
): void {
  let count = 0;
  for (const entry of entries) {
    const score = key(entry);
    if (score !== null) scores[count++] = score * direction;
  }
  // Ascending, in place and without a comparator function: higher (direction-adjusted) is better.
  const sorted = scores.subarray(0, count).sort();
  for (const entry of entries) {
    const score = key(entry);
    if (score === null) continue;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] > score * direction) hi = mid;
      else lo = mid + 1;
    }
    entry[field] = 1 + count - lo;
  }
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
