// Data lag: the latest year with a value is before the evaluation year.
import type { Finding, ObservationInput } from '../../model';
import { cellOf, finding } from '../findings';
import type { SeriesContext } from './context';

/** Append a finding when the latest value is older than `asOf`. */
export function dataLag({ indicator, region }: SeriesContext, latest: ObservationInput | null, asOf: number, out: Finding[]): void {
  if (!latest || latest.year >= asOf) return;
  out.push(
    finding(
      'data-lag',
      'attain.finding.dataLag',
      { indicator: indicator.name, region, latestYear: latest.year, asOf, lag: asOf - latest.year },
      [cellOf(indicator.id, region, latest)],
    ),
  );
}
