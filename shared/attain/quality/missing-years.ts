// Missing years between the baseline year and the latest year.
import type { Finding } from '../../model';
import { finding } from '../findings';
import type { SeriesContext } from './context';

/** Append one finding listing the years after t0 and before the latest year that have no value. */
export function missingYears({ indicator, region, table, first, end, baseYear }: SeriesContext, out: Finding[]): void {
  if (end === first) return;
  const years = table.year;
  const latestYear = years[end - 1];
  // Allocated only when a year is missing: most series are complete.
  let missing: number[] | null = null;
  let next = first;
  for (let year = baseYear + 1; year < latestYear; year++) {
    while (next < end && years[next] < year) next++;
    if (next >= end || years[next] !== year) (missing ??= []).push(year);
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
