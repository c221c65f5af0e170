// Regions ranked by the latest value (direction-aware) and by average annual growth since the baseline year.
import type { Indicator, RegionRankEntry, RegionRanking, YearValue } from '../model';
import { roundTo } from './format';
import { RankEntry } from './output-objects';
import type { SeriesTable } from './series';
import { growthBetween } from './trend';

/** Growth is ranked at the precision it is shown at: 1 decimal of a percent. */
const GROWTH_RANK_DECIMALS = 3;

/**
 * One indicator's regions, entered one by one and then ranked; reused from one indicator to the next. Each
 * entry's latest value and growth are also kept in columns, so that ranking reads numbers, not objects.
 */
export class RegionRanker {
  // The entries of the ranking being made are the first `count`: emptying the list instead would give up its
  // memory, to be allocated again for the next indicator.
  private readonly entries: RegionRankEntry[] = [];
  private count = 0;
  private latestValues = new Float64Array(64);
  /** NaN where an entry has no growth. */
  private growths = new Float64Array(64);
  /** Direction-adjusted scores, then the same sorted, of the ranking being made. */
  private scores = new Float64Array(64);
  private sorted = new Float64Array(64);
  private starts = new Int32Array(66);

  /**
   * Enter a region whose points first ≤ k < end (sorted by year, up to the evaluation year, at least one) end
   * in `latest`. Growth runs from the baseline year, or the first later year with a value, to the latest year.
   */
  enter(region: string, latest: YearValue, table: SeriesTable, first: number, end: number, baselineYear: number): void {
    // The first point in or after the baseline year, found from the end: the baseline year is usually recent.
    let from = end;
    while (from > first && table.year[from - 1] >= baselineYear) from--;
    const latestValue = table.value[end - 1];
    const growth = from < end ? growthBetween(table.year[from], table.value[from], latest.year, latestValue) : null;
    const n = this.count++;
    if (n === this.latestValues.length) this.grow(2 * n);
    this.latestValues[n] = latestValue;
    this.growths[n] = growth ?? NaN;
    this.entries[n] = new RankEntry(region, latest, growth);
  }

  /**
   * Rank the entries made since the last ranking, or null when there are none. Higher is better when direction
   * is +1, lower when −1; values equal at the displayed precision share a rank (1, 2, 2, 4). Entries come in
   * order of rank by latest value, unranked last.
   */
  rank(indicator: Indicator): RegionRanking | null {
    const { count } = this;
    if (count === 0) return null;
    const { precision, direction } = indicator;
    directionScores(this.latestValues, count, precision, direction, this.scores);
    this.assignRanks('rankByLatest');
    directionScores(this.growths, count, GROWTH_RANK_DECIMALS, direction, this.scores);
    this.assignRanks('rankByGrowth');
    this.count = 0;
    return { indicatorId: indicator.id, entries: this.byRank(count) };
  }

  /**
   * Competition ranking on the scores (NaN: no score): 1 + the number of entries strictly better, found by
   * binary search in the sorted scores, so that many regions cost O(n log n).
   */
  private assignRanks(field: 'rankByLatest' | 'rankByGrowth'): void {
    const { entries, scores, sorted, count: n } = this;
    let count = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(scores[i])) sorted[count++] = scores[i];
    sortAscending(sorted, count);
    for (let i = 0; i < n; i++) {
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

  /** The first n entries in order of rank by latest value, unranked last; entries of equal rank keep their order. */
  private byRank(n: number): RegionRankEntry[] {
    const { entries, starts } = this;
    // A counting sort: ranks run from 1 to n, and unranked entries go to one slot after them.
    starts.fill(0, 0, n + 2);
    for (let i = 0; i < n; i++) starts[entries[i].rankByLatest ?? n + 1]++;
    for (let rank = 1, start = 0; rank < n + 2; rank++) {
      const size = starts[rank];
      starts[rank] = start;
      start += size;
    }
    const ordered: RegionRankEntry[] = new Array(n);
    for (let i = 0; i < n; i++) ordered[starts[entries[i].rankByLatest ?? n + 1]++] = entries[i];
    return ordered;
  }

  /** Room for `size` entries in every column. */
  private grow(size: number): void {
    const wider = (column: Float64Array) => {
      const copy = new Float64Array(size);
      copy.set(column);
      return copy;
    };
    this.latestValues = wider(this.latestValues);
    this.growths = wider(this.growths);
    this.scores = new Float64Array(size);
    this.sorted = new Float64Array(size);
    this.starts = new Int32Array(size + 2);
  }
}

/** scores[i] = values[i] rounded to `decimals`, times `direction`, for i < n; NaN stays NaN. */
function directionScores(values: Float64Array, n: number, decimals: number, direction: number, scores: Float64Array): void {
  for (let i = 0; i < n; i++) scores[i] = roundTo(values[i], decimals) * direction;
}

/** Sort the first `n` numbers of `values` ascending, in place: a heapsort, which needs no memory of its own. */
function sortAscending(values: Float64Array, n: number): void {
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(values, i, n);
  for (let last = n - 1; last > 0; last--) {
    const top = values[0];
    values[0] = values[last];
    values[last] = top;
    siftDown(values, 0, last);
  }
}

/** Move values[i] down the heap of the first `n` numbers until neither child is larger. */
function siftDown(values: Float64Array, i: number, n: number): void {
  const value = values[i];
  for (let child = 2 * i + 1; child < n; child = 2 * i + 1) {
    if (child + 1 < n && values[child + 1] > values[child]) child++;
    if (!(values[child] > value)) break;
    values[i] = values[child];
    i = child;
  }
  values[i] = value;
}
