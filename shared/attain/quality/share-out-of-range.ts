// A share (unit % or ‰) outside 0–100 (0–1000).
import type { Finding } from '../../model';
import { cellOf, finding } from '../findings';
import { formatRaw } from '../format';
import type { SeriesContext } from './context';

/** The bounds of a share in `unit`, or null when the unit is not a share. */
function shareBounds(unit: string): [number, number] | null {
  const u = unit.trim();
  if (u === '%' || u === '％') return [0, 100];
  if (u === '‰') return [0, 1000];
  return null;
}

/** One finding per value in % (‰) outside 0–100 (0–1000). */
export function shareOutOfRange({ indicator, region, points }: SeriesContext): Finding[] {
  const bounds = shareBounds(indicator.unit);
  if (!bounds) return [];
  const [lo, hi] = bounds;
  return points
    .filter((p) => p.value < lo || p.value > hi)
    .map((p) =>
      finding(
        'share-out-of-range',
        'attain.finding.shareOutOfRange',
        { indicator: indicator.name, region, year: p.year, value: formatRaw(p.value), unit: indicator.unit.trim(), lo, hi },
        [cellOf(indicator.id, region, p)],
      ),
    );
}
