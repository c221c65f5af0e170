// Missing years between the baseline year and the latest year.
import type { Finding } from '../../model';
import { finding } from '../findings';
import type { SeriesContext } from './context';

/** One finding listing the years after t0 and before the latest year that have no value. */
export function missingYears({ indicator, region, points, baseYear }: SeriesContext): Finding[] {
  if (points.length === 0) return [];
  const latestYear = points[points.length - 1].year;
  const missing: number[] = [];
  let next = 0;
  for (let year = baseYear + 1; year < latestYear; year++) {
    while (next < points.length && points[next].year < year) next++;
    if (next >= points.length || points[next].year !== year) missing.push(year);
  }
  if (missing.length === 0) return [];
  return [
    finding(
      'missing-years',
      'attain.finding.missingYears',
      { indicator: indicator.name, region, years: missing.join('、'), baseYear, latestYear },
      missing.map((year) => ({ indicatorId: indicator.id, region, year })),
    ),
  ];
}
