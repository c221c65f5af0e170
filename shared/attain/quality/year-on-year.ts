// Year-on-year changes beyond the threshold, and isolated spikes (a year off both neighbours, which agree).
import type { Finding, ObservationInput } from '../../model';
import { cellOf, finding } from '../findings';
import { formatPercent, formatRaw } from '../format';
import type { SeriesContext } from './context';

/** The relative change between adjacent years when beyond ±threshold; NaN otherwise (across a gap, or from 0). */
function jump(from: ObservationInput, to: ObservationInput, threshold: number): number {
  if (to.year !== from.year + 1 || from.value === 0) return NaN;
  const change = (to.value - from.value) / Math.abs(from.value);
  return Math.abs(change) > threshold ? change : NaN;
}

/**
 * Append the jumps between adjacent years beyond ±threshold to `out`. A year that jumps away from the year before and back
 * to the year after (which agree within the threshold) is reported once, as a spike. Years in `skip`
 * (likely power-of-ten slips) are already reported and are left out.
 */
export function yearOnYear({ indicator, region, points }: SeriesContext, threshold: number, skip: readonly number[], out: Finding[]): void {
  // Allocated only when a spike is found: most series have none.
  let spikes: number[] | null = null;
  for (let i = 1; i + 1 < points.length; i++) {
    const previous = points[i - 1];
    const current = points[i];
    const next = points[i + 1];
    if (skip.includes(current.year) || skip.includes(previous.year) || skip.includes(next.year)) continue;
    const up = jump(previous, current, threshold);
    const down = jump(current, next, threshold);
    // NaN compares false: only two jumps in opposite directions get past this.
    if (!(up * down < 0)) continue;
    if (previous.value === 0 || Math.abs((next.value - previous.value) / previous.value) > threshold) continue;
    (spikes ??= []).push(current.year);
    out.push(
      finding(
        'spike',
        'attain.finding.spike',
        { indicator: indicator.name, region, year: current.year, value: formatRaw(current.value), previous: formatRaw(previous.value), next: formatRaw(next.value) },
        [cellOf(indicator.id, region, previous), cellOf(indicator.id, region, current), cellOf(indicator.id, region, next)],
      ),
    );
  }
  for (let i = 1; i < points.length; i++) {
    const previous = points[i - 1];
    const current = points[i];
    if (skip.includes(current.year) || skip.includes(previous.year) || (spikes !== null && (spikes.includes(current.year) || spikes.includes(previous.year)))) continue;
    const c = jump(previous, current, threshold);
    if (Number.isNaN(c)) continue;
    out.push(
      finding(
        'yoy-jump',
        'attain.finding.yoyJump',
        {
          indicator: indicator.name,
          region,
          year: current.year,
          value: formatRaw(current.value),
          previous: formatRaw(previous.value),
          change: `${c > 0 ? '+' : ''}${formatPercent(c)}`,
          threshold: formatPercent(threshold, 0),
        },
        [cellOf(indicator.id, region, previous), cellOf(indicator.id, region, current)],
      ),
    );
  }
}
