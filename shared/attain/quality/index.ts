// The per-series data-quality checks of METHOD.md, run together; the region-sum check lives in region-sum.ts.
import type { Finding } from '../../model';
import type { SeriesContext } from './context';
import { missingYears } from './missing-years';
import { negativeCount } from './negative-count';
import { powerOfTen } from './power-of-ten';
import { shareOutOfRange } from './share-out-of-range';
import { yearOnYear } from './year-on-year';

export { cellAt, type SeriesContext } from './context';
export { dataLag } from './data-lag';
export { regionSums, type PointRange } from './region-sum';

/** Append every per-series check's findings to `out`, in a fixed order. */
export function checkSeries(context: SeriesContext, yoyThreshold: number, out: Finding[]): void {
  missingYears(context, out);
  const slips = powerOfTen(context, out);
  yearOnYear(context, yoyThreshold, slips, out);
  shareOutOfRange(context, out);
  negativeCount(context, out);
}
