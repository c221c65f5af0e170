// A share (unit % or ‰) outside 0–100 (0–1000).
import type { Finding } from '../../model';
import { finding } from '../findings';
import { formatRaw } from '../format';
import { cellAt, type SeriesContext } from './context';

/** The upper bound of a share in `unit` (the lower one is 0), or null when the unit is not a share. */
export function shareCeiling(unit: string): number | null {
  const u = unit.trim();
  if (u === '%' || u === '％') return 100;
  if (u === '‰') return 1000;
  return null;
}

/** Append one finding per value in % (‰) outside 0–100 (0–1000). */
export function shareOutOfRange(context: SeriesContext, out: Finding[]): void {
  const { indicator, region, table, first, end } = context;
  const hi = shareCeiling(indicator.unit);
  if (hi === null) return;
  const lo = 0;
  for (let k = first; k < end; k++) {
    const value = table.value[k];
    if (value >= lo && value <= hi) continue;
    out.push(
      finding(
        'share-out-of-range',
        'attain.finding.shareOutOfRange',
        { indicator: indicator.name, region, year: table.year[k], value: formatRaw(value), unit: indicator.unit.trim(), lo, hi },
        [cellAt(context, k)],
      ),
    );
  }
}
