// A share (unit % or ‰) outside 0–100 (0–1000).
import type { Finding } from '../../model';
import { cellOf, finding } from '../findings';
import { formatRaw } from '../format';
import type { SeriesContext } from './context';

/** The upper bound of a share in `unit` (the lower one is 0), or null when the unit is not a share. */
function shareCeiling(unit: string): number | null {
  const u = unit.trim();
  if (u === '%' || u === '％') return 100;
  if (u === '‰') return 1000;
  return null;
}

/** Append one finding per value in % (‰) outside 0–100 (0–1000). */
export function shareOutOfRange({ indicator, region, points }: SeriesContext, out: Finding[]): void {
  const hi = shareCeiling(indicator.unit);
  if (hi === null) return;
  const lo = 0;
  for (const p of points) {
    if (p.value >= lo && p.value <= hi) continue;
    out.push(
      finding(
        'share-out-of-range',
        'attain.finding.shareOutOfRange',
        { indicator: indicator.name, region, year: p.year, value: formatRaw(p.value), unit: indicator.unit.trim(), lo, hi },
        [cellOf(indicator.id, region, p)],
      ),
    );
  }
}
