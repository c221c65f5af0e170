// Regions that do not add up to the whole area, for indicators whose aggregation is `sum`.
import type { CellRef, Finding, Indicator } from '../../model';
import { cellOf, finding } from '../findings';
import { formatPercent, formatValue } from '../format';
import type { SeriesTable } from '../series';

/** A series as a range of the table's points, up to the evaluation year; first = end when it has none. */
export interface PointRange {
  first: number;
  end: number;
}

// One cursor per region, grown as needed: the check runs for every indicator and never yields.
let cursorScratch = new Int32Array(16);

/**
 * Per year, the sum of the plan's other regions against the whole area, beyond ±tolerance of the whole.
 * Only years where the whole area and every other region of the plan have a value are compared: a partial
 * sum says nothing about whether the regions add up. Series are sorted by year, so one cursor per region
 * walks forward with the whole area's years. `partRanges[i]` holds the points of `parts[i]`; findings are
 * appended to `out`.
 */
export function regionSums(
  indicator: Indicator,
  table: SeriesTable,
  whole: string,
  wholeRange: PointRange,
  parts: readonly string[],
  partRanges: readonly PointRange[],
  tolerance: number,
  out: Finding[],
): void {
  if (indicator.aggregation !== 'sum' || parts.length === 0) return;
  const { year, value } = table;
  if (cursorScratch.length < parts.length) cursorScratch = new Int32Array(2 * parts.length);
  const cursors = cursorScratch;
  for (let i = 0; i < parts.length; i++) cursors[i] = partRanges[i].first;
  for (let w = wholeRange.first; w < wholeRange.end; w++) {
    const totalYear = year[w];
    let sum = 0;
    let complete = true;
    for (let i = 0; i < parts.length; i++) {
      const end = partRanges[i].end;
      let k = cursors[i];
      while (k < end && year[k] < totalYear) k++;
      cursors[i] = k;
      if (k >= end || year[k] !== totalYear) complete = false;
      else sum += value[k];
    }
    if (!complete) continue;
    const total = value[w];
    if (Math.abs(sum - total) <= tolerance * Math.abs(total)) continue;
    out.push(regionSumFinding(indicator, table, whole, w, parts, cursors, sum, tolerance));
  }
}

/** The finding for the year of the whole area's point w, where the parts' points at `cursors` add up to `sum`. */
function regionSumFinding(
  indicator: Indicator,
  table: SeriesTable,
  whole: string,
  w: number,
  parts: readonly string[],
  cursors: Int32Array,
  sum: number,
  tolerance: number,
): Finding {
  const total = table.value[w];
  const difference = sum - total;
  const cell = (region: string, k: number) => cellOf(indicator.id, region, table.observationAt(table.origin[k]));
  const cells: CellRef[] = [cell(whole, w), ...parts.map((region, i) => cell(region, cursors[i]))];
  return finding(
    'regions-do-not-add-up',
    'attain.finding.regionsDoNotAddUp',
    {
      indicator: indicator.name,
      year: table.year[w],
      whole,
      sum: formatValue(sum, indicator.precision),
      total: formatValue(total, indicator.precision),
      difference: formatValue(difference, indicator.precision),
      share: total === 0 ? '—' : formatPercent(difference / Math.abs(total)),
      tolerance: formatPercent(tolerance),
    },
    cells,
  );
}
