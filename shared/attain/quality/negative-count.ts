// A negative value of an indicator that adds up across regions (a count or an amount).
import type { Finding } from '../../model';
import { cellOf, finding } from '../findings';
import { formatRaw } from '../format';
import type { SeriesContext } from './context';

/** One finding per negative value where the indicator's aggregation is `sum`. */
export function negativeCount({ indicator, region, points }: SeriesContext): Finding[] {
  if (indicator.aggregation !== 'sum') return [];
  return points
    .filter((p) => p.value < 0)
    .map((p) =>
      finding('negative-count', 'attain.finding.negativeCount', { indicator: indicator.name, region, year: p.year, value: formatRaw(p.value) }, [
        cellOf(indicator.id, region, p),
      ]),
    );
}
