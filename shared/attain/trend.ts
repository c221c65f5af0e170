// Average annual growth (CAGR) between two observed points: the trend of monitoring indicators and more.
import type { YearValue } from '../model';

/** (to / from)^(1 / years) − 1 as a fraction; null unless both values are > 0 and `to` is later. */
export function averageAnnualGrowth(from: YearValue, to: YearValue): number | null {
  const years = to.year - from.year;
  if (years <= 0 || from.value <= 0 || to.value <= 0) return null;
  return (to.value / from.value) ** (1 / years) - 1;
}

/** The trend of a series: average annual growth from its first to its last point. */
export function seriesTrend(points: readonly YearValue[]): number | null {
  if (points.length < 2) return null;
  return averageAnnualGrowth(points[0], points[points.length - 1]);
}
