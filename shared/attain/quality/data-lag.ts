// Data lag: the latest year with a value is before the evaluation year.
import type { Finding } from '../../model';
import { finding } from '../findings';
import { cellAt, type SeriesContext } from './context';

/** Append a finding when the series' latest value is older than `asOf`. */
export function dataLag(context: SeriesContext, asOf: number, out: Finding[]): void {
  const { indicator, region, table, first, end } = context;
  if (end === first || table.year[end - 1] >= asOf) return;
  const latestYear = table.year[end - 1];
  out.push(
    finding(
      'data-lag',
      'attain.finding.dataLag',
      { indicator: indicator.name, region, latestYear, asOf, lag: asOf - latestYear },
      [cellAt(context, end - 1)],
    ),
  );
}
