// Missing years between the baseline year and the latest year.
import type { Finding } from '../../model';
import { finding } from '../findings';
import type { SeriesContext } from './context';

/** Append one finding listing the years after t0 and before the latest year that have no value. */
export function missingYears({ indicator, region, points, baseYear }: SeriesContext, out: Finding[]): void {
  if (points.length === 0) return;
  const latestYear = points[points.length - 1].year;
  // Allocated only when a year is missing: most series are complete.
  let missing: number[] | null = null;
  let next = 0;
  for (let year = baseYear + 1; year < latestYear; year++) {
    while (next < points.length && points[next].year < year) next++;
    if (next >= points.length || points[next].year !== year) (missing ??= []).push(year);
  }
  if (missing === null) return;
  out.push(
    finding(
      'missing-years',
      'attain.finding.missingYears',
      { indicator: indicator.name, region, years: missing.join('、'), baseYear, latestYear },
      missing.map((year) => ({ indicatorId: indicator.id, region, year })),
    ),
  );
}
