// Regions that do not add up to the whole area, for indicators whose aggregation is `sum`.
import type { CellRef, Finding, Indicator, ObservationInput } from '../../model';
import { cellOf, finding } from '../findings';
import { formatPercent, formatValue } from '../format';

/**
 * Per year, the sum of the plan's other regions against the whole area, beyond ±tolerance of the whole.
 * Only years where the whole area and every other region of the plan have a value are compared: a partial
 * sum says nothing about whether the regions add up. Series are sorted by year, so one cursor per region
 * walks forward with the whole area's years. `partSeries[i]` is the series of `parts[i]`, up to the evaluation
 * year; findings are appended to `out`.
 */
export function regionSums(
  indicator: Indicator,
  whole: string,
  wholeSeries: readonly ObservationInput[],
  parts: readonly string[],
  partSeries: readonly (readonly ObservationInput[])[],
  tolerance: number,
  out: Finding[],
): void {
  if (indicator.aggregation !== 'sum' || parts.length === 0) return;
  const cursors = new Int32Array(parts.length);
  for (const total of wholeSeries) {
    let sum = 0;
    let complete = true;
    for (let i = 0; i < parts.length; i++) {
      const series = partSeries[i];
      while (cursors[i] < series.length && series[cursors[i]].year < total.year) cursors[i]++;
      const point = series[cursors[i]];
      if (point === undefined || point.year !== total.year) complete = false;
      else sum += point.value;
    }
    if (!complete) continue;
    const difference = sum - total.value;
    if (Math.abs(difference) <= tolerance * Math.abs(total.value)) continue;
    const cells: CellRef[] = [cellOf(indicator.id, whole, total), ...parts.map((region, i) => cellOf(indicator.id, region, partSeries[i][cursors[i]]))];
    out.push(
      finding(
        'regions-do-not-add-up',
        'attain.finding.regionsDoNotAddUp',
        {
          indicator: indicator.name,
          year: total.year,
          whole,
          sum: formatValue(sum, indicator.precision),
          total: formatValue(total.value, indicator.precision),
          difference: formatValue(difference, indicator.precision),
          share: total.value === 0 ? '—' : formatPercent(difference / Math.abs(total.value)),
          tolerance: formatPercent(tolerance),
        },
        cells,
      ),
    );
  }
}
