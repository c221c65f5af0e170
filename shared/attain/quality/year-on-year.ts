// Year-on-year changes beyond the threshold, and isolated spikes (a year off both neighbours, which agree).
import type { Finding } from '../../model';
import { finding } from '../findings';
import { formatPercent, formatRaw } from '../format';
import type { SeriesTable } from '../series';
import { cellAt, type SeriesContext } from './context';

/** The relative change from point k to point k + 1 when they are adjacent years and it is beyond ±threshold; NaN otherwise (across a gap, or from 0). */
export function jump({ year, value }: SeriesTable, k: number, threshold: number): number {
  const from = value[k];
  if (year[k + 1] !== year[k] + 1 || from === 0) return NaN;
  const change = (value[k + 1] - from) / Math.abs(from);
  return Math.abs(change) > threshold ? change : NaN;
}

/**
 * Append the jumps between adjacent years beyond ±threshold to `out`. A year that jumps away from the year before and back
 * to the year after (which agree within the threshold) is reported once, as a spike. Years in `skip`
 * (likely power-of-ten slips) are already reported and are left out.
 */
export function yearOnYear(context: SeriesContext, threshold: number, skip: readonly number[], out: Finding[]): void {
  const { indicator, region, table, first, end } = context;
  const { year, value } = table;
  // Allocated only when a spike is found: most series have none.
  let spikes: number[] | null = null;
  for (let i = first + 1; i + 1 < end; i++) {
    if (skip.length && (skip.includes(year[i]) || skip.includes(year[i - 1]) || skip.includes(year[i + 1]))) continue;
    const up = jump(table, i - 1, threshold);
    const down = jump(table, i, threshold);
    // NaN compares false: only two jumps in opposite directions get past this.
    if (!(up * down < 0)) continue;
    const previous = value[i - 1];
    const next = value[i + 1];
    if (previous === 0 || Math.abs((next - previous) / previous) > threshold) continue;
    (spikes ??= []).push(year[i]);
    out.push(
      finding(
        'spike',
        'attain.finding.spike',
        { indicator: indicator.name, region, year: year[i], value: formatRaw(value[i]), previous: formatRaw(previous), next: formatRaw(next) },
        [cellAt(context, i - 1), cellAt(context, i), cellAt(context, i + 1)],
      ),
    );
  }
  for (let i = first + 1; i < end; i++) {
    if (skip.length && (skip.includes(year[i]) || skip.includes(year[i - 1]))) continue;
    if (spikes !== null && (spikes.includes(year[i]) || spikes.includes(year[i - 1]))) continue;
    const c = jump(table, i - 1, threshold);
    if (Number.isNaN(c)) continue;
    out.push(
      finding(
        'yoy-jump',
        'attain.finding.yoyJump',
        {
          indicator: indicator.name,
          region,
          year: year[i],
          value: formatRaw(value[i]),
          previous: formatRaw(value[i - 1]),
          change: `${c > 0 ? '+' : ''}${formatPercent(c)}`,
          threshold: formatPercent(threshold, 0),
        },
        [cellAt(context, i - 1), cellAt(context, i)],
      ),
    );
  }
}
