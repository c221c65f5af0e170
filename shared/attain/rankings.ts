// Regions ranked by the latest value (direction-aware) and by average annual growth since the baseline year.
import type { Indicator, RegionRankEntry, RegionRanking, YearValue } from '../model';
import { roundTo } from './format';
import { RankEntry } from './output-objects';
import type { SeriesTable } from './series';
import { growthBetween } from './trend';

/** Growth is ranked at the precision it is shown at: 1 decimal of a percent. */
const GROWTH_RANK_DECIMALS = 3;

/**
 * The unranked entry of a region whose points first ≤ k < end (sorted by year, up to the evaluation year, at
 * least one) end in `latest`. Growth runs from the baseline year, or the first later year with a value, to the latest year.
 */
export function rankEntry(region: string, latest: YearValue, table: SeriesTable, first: number, end: number, baselineYear: number): RegionRankEntry {
  let from = first;
  while (from < end && table.year[from] < baselineYear) from++;
  const growth = from < end ? growthBetween(table.year[from], table.value[from], latest.year, latest.value) : null;
  return new RankEntry(region, latest, growth);
}

/**
 * Rank the entries of one indicator's regions. Higher is better when direction is +1, lower when −1; values
 * equal at the displayed precision share a rank (1, 2, 2, 4). Entries come in order of rank by latest value, unranked last.
 */
export function rankRegions(indicator: Indicator, entries: RegionRankEntry[]): RegionRanking {
  const { precision, direction } = indicator;
  const scores = scratch(entries.length, 0);
  for (let i = 0; i < entries.length; i++) {
    const latest = entries[i].latest;
    scores[i] = latest ? roundTo(latest.value, precision) * direction : NaN;
  }
  assignRanks(entries, 'rankByLatest');
  for (let i = 0; i < entries.length; i++) {
    const growth = entries[i].growth;
    scores[i] = growth === null ? NaN : roundTo(growth, GROWTH_RANK_DECIMALS) * direction;
  }
  assignRanks(entries, 'rankByGrowth');
  return { indicatorId: indicator.id, entries: byRank(entries) };
}

/**
 * Competition ranking on the direction-adjusted scores in scratch buffer 0 (NaN: no score): 1 + the number of
 * entries strictly better, found by binary search in the sorted scores, so that many regions cost O(n log n).
 */
function assignRanks(entries: RegionRankEntry[], field: 'rankByLatest' | 'rankByGrowth'): void {
  const scores = buffers[0];
  const sorted = scratch(entries.length, 1);
  let count = 0;
  for (let i = 0; i < entries.length; i++) {
    sorted[i] = scores[i];
    if (!Number.isNaN(scores[i])) count++;
  }
  // NaN sorts after every number.
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

// Two scratch buffers for the ranking, grown as needed: it runs for every indicator, and never yields.
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
