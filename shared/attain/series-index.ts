// Numbers every (indicator, region) pair of the observations as a series, in order of first appearance, in
// reused columns: grouping 240,000 observations finds most series by one guess and no lookup.

/** Marks "no series" in the columns below. */
const NONE = -1;

/**
 * The series found so far. Indicators and regions are numbered in order of first appearance too; each
 * indicator's series are chained in order of first appearance. Valid until the next reset().
 */
export class SeriesIndex {
  /** Indicator id → its number, region → its number. */
  indicatorNumbers = new Map<string, number>();
  regionNumbers = new Map<string, number>();
  /** The id of indicator number n, the name of region number n. */
  indicatorIds: string[] = [];
  regionNames: string[] = [];
  /** The number of series; series are numbered from 0. */
  count = 0;
  /** Per series: its indicator's and region's numbers, the next series of its indicator (NONE: the last). */
  indicatorOf = new Int32Array(0);
  regionOf = new Int32Array(0);
  nextOfIndicator = new Int32Array(0);
  /** Per series: the series that followed it last time, the guess for the observation after one of it. */
  followedBy = new Int32Array(0);
  /** Per indicator: its first and last series. */
  firstOfIndicator = new Int32Array(0);
  lastOfIndicator = new Int32Array(0);
  // Open addressing on (indicator, region) for the pairs the guess misses: slot h holds a series or NONE.
  private hashed = new Int32Array(0);
  private mask = 0;

  /** Forget every series, keeping the columns for the next grouping. */
  reset(): void {
    this.indicatorNumbers = new Map();
    this.regionNumbers = new Map();
    this.indicatorIds = [];
    this.regionNames = [];
    this.count = 0;
    if (this.hashed.length === 0) this.resize(1024);
    else this.hashed.fill(NONE);
  }

  /** The series of indicator `id` in `region`, added when it is new. */
  seriesOf(id: string, region: string): number {
    let indicator = this.indicatorNumbers.get(id);
    if (indicator === undefined) indicator = this.addIndicator(id);
    let regionNumber = this.regionNumbers.get(region);
    if (regionNumber === undefined) {
      regionNumber = this.regionNames.length;
      this.regionNumbers.set(region, regionNumber);
      this.regionNames.push(region);
    }
    return this.pair(indicator, regionNumber);
  }

  /** The series of indicator number `indicator` in region number `region`, added when it is new. */
  private pair(indicator: number, region: number): number {
    for (let h = hash(indicator, region) & this.mask; ; h = (h + 1) & this.mask) {
      const s = this.hashed[h];
      if (s === NONE) return this.add(indicator, region, h);
      if (this.indicatorOf[s] === indicator && this.regionOf[s] === region) return s;
    }
  }

  private addIndicator(id: string): number {
    const n = this.indicatorIds.length;
    this.indicatorNumbers.set(id, n);
    this.indicatorIds.push(id);
    if (n >= this.firstOfIndicator.length) {
      this.firstOfIndicator = grown(this.firstOfIndicator, n + 1);
      this.lastOfIndicator = grown(this.lastOfIndicator, n + 1);
    }
    this.firstOfIndicator[n] = NONE;
    return n;
  }

  private add(indicator: number, region: number, h: number): number {
    const s = this.count++;
    if (s >= this.regionOf.length) {
      this.indicatorOf = grown(this.indicatorOf, s + 1);
      this.regionOf = grown(this.regionOf, s + 1);
      this.nextOfIndicator = grown(this.nextOfIndicator, s + 1);
      this.followedBy = grown(this.followedBy, s + 1);
    }
    this.indicatorOf[s] = indicator;
    this.regionOf[s] = region;
    this.nextOfIndicator[s] = NONE;
    this.followedBy[s] = NONE;
    if (this.firstOfIndicator[indicator] === NONE) this.firstOfIndicator[indicator] = s;
    else this.nextOfIndicator[this.lastOfIndicator[indicator]] = s;
    this.lastOfIndicator[indicator] = s;
    this.hashed[h] = s;
    // Kept at most half full, so that a probe ends after a step or two.
    if (2 * this.count > this.hashed.length) this.resize(2 * this.hashed.length);
    return s;
  }

  private resize(size: number): void {
    this.hashed = new Int32Array(size).fill(NONE);
    this.mask = size - 1;
    for (let s = 0; s < this.count; s++) {
      let h = hash(this.indicatorOf[s], this.regionOf[s]) & this.mask;
      while (this.hashed[h] !== NONE) h = (h + 1) & this.mask;
      this.hashed[h] = s;
    }
  }
}

/** A well-mixed 32-bit hash of an (indicator, region) pair, for the open addressing. */
function hash(indicator: number, region: number): number {
  const h = Math.imul(indicator, 0x9e3779b1) ^ Math.imul(region + 1, 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** `column` copied into a larger one with room for at least `size` numbers. */
function grown(column: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(Math.max(64, size + (size >> 1)));
  larger.set(column);
  return larger;
}
