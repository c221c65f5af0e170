// A negative value of an indicator that adds up across regions (a count or an amount).
import type { Finding } from '../../model';
import { finding } from '../findings';
import { formatRaw } from '../format';
import { cellAt, type SeriesContext } from './context';

/** Append one finding per negative value where the indicator's aggregation is `sum`. */
export function negativeCount(context: SeriesContext, out: Finding[]): void {
  const { indicator, region, table, first, end } = context;
  if (indicator.aggregation !== 'sum') return;
  for (let k = first; k < end; k++) {
    const value = table.value[k];
    if (value >= 0) continue;
    out.push(
      finding('negative-count', 'attain.finding.negativeCount', { indicator: indicator.name, region, year: table.year[k], value: formatRaw(value) }, [
        cellAt(context, k),
      ]),
    );
  }
}
