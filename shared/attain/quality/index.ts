// The per-series data-quality checks of METHOD.md, run together; the region-sum check lives in region-sum.ts.
import type { Finding } from '../../model';
import type { SeriesContext } from './context';
import { missingYears } from './missing-years';
import { negativeCount } from './negative-count';
import { powerOfTen } from './power-of-ten';
import { shareCeiling, shareOutOfRange } from './share-out-of-range';
import { jump, yearOnYear } from './year-on-year';

export { cellAt, type SeriesContext } from './context';
export { dataLag } from './data-lag';
export { regionSums, type PointRange } from './region-sum';

const NO_SLIPS: readonly number[] = [];

/**
 * Append every per-series check's findings to `out`, in a fixed order. Most series have nothing to report, so
 * one pass over the points first tells which checks could find anything, and only those run.
 */
export function checkSeries(context: SeriesContext, yoyThreshold: number, out: Finding[]): void {
  const { indicator, table, first, end } = context;
  const { year, value } = table;
  // A share's bounds: every value is inside ±Infinity when the unit is not a share.
  const ceiling = shareCeiling(indicator.unit);
  const lo = ceiling === null ? -Infinity : 0;
  const hi = ceiling ?? Infinity;
  let positives = 0;
  let lowest = Infinity;
  let highest = 0;
  let negative = false;
  let outOfRange = false;
  let jumps = false;
  // The years after t0 and before the latest year each need a value: `expected` is the next one, and as the
  // points are sorted by year, a point later than it means it has none.
  const latestYear = end > first ? year[end - 1] : 0;
  let expected = context.baseYear + 1;
  let missing = false;
  for (let k = first; k < end; k++) {
    const y = year[k];
    if (!missing && expected < latestYear) {
      if (y === expected) expected++;
      else if (y > expected) missing = true;
    }
    const v = value[k];
    if (v > 0) {
      positives++;
      if (v < lowest) lowest = v;
      if (v > highest) highest = v;
    } else if (v < 0) negative = true;
    if (!(v >= lo && v <= hi)) outOfRange = true;
    if (k + 1 < end && !jumps && !Number.isNaN(jump(table, k, yoyThreshold))) jumps = true;
  }
  if (missing) missingYears(context, out);
  // Every positive value within a factor of 4 of every other: no value can be a power of ten off its neighbours.
  const slips = positives >= 3 && !(lowest / highest > 0.25 && highest / lowest < 4) ? powerOfTen(context, out) : NO_SLIPS;
  if (jumps) yearOnYear(context, yoyThreshold, slips, out);
  if (outOfRange) shareOutOfRange(context, out);
  if (negative) negativeCount(context, out);
}
