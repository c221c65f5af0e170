// A negative value of an indicator that adds up across regions (a count or an amount).
import type { Finding } from '../../model';
import { cellOf, finding } from '../findings';
import { formatRaw } from '../format';
import type { SeriesContext } from './context';

/** Append one finding per negative value where the indicator's aggregation is `sum`. */
export function negativeCount({ indicator, region, points }: SeriesContext, out: Finding[]): void {
  if (indicator.aggregation !== 'sum') return;
  for (const p of points) {
    if (p.value >= 0) continue;
    out.push(
      finding('negative-count', 'attain.finding.negativeCount', { indicator: indicator.name, region, year: p.year, value: formatRaw(p.value) }, [
        cellOf(indicator.id, region, p),
      ]),
    );
  }
}
