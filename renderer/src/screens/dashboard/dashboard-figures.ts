// The dashboard's charts, built with the report's chart builders so that screen and report draw the same figures.
import type { Language } from '../../../../shared/i18n';
import type { UsedValues } from '../../../../shared/attain';
import type { Indicator, IndicatorResult, YearValue } from '../../../../shared/model';
import { type ChartSpec, completionChart, seriesChart } from '../../../../shared/report';

/** Completion against time progress; each label ends with a line giving its status, so that colour is not the only signal. */
export function completionFigure(
  items: { indicator: Indicator; result: IndicatorResult }[],
  statusText: (result: IndicatorResult) => string,
  lang: Language,
): ChartSpec | null {
  const spec = completionChart(items, lang);
  if (!spec) return null;
  // completionChart draws, in order, the items that have a completion.
  const shown = items.filter((i) => i.result.completion !== null);
  return { ...spec, labels: spec.labels.map((label, i) => `${label}\n【${statusText(shown[i]!.result)}】`) };
}

/** The values the evaluation used for one indicator and region (up to the as-of year, one a year). */
export function seriesPoints(used: UsedValues, indicatorId: string, region: string): YearValue[] {
  return used.points(indicatorId, region).map((o) => ({ year: o.year, value: o.value }));
}

/**
 * The series chart of one result (baseline, path to target, projection, target), with a line for each benchmark
 * region given (全国, 广东 …, beside the whole area only), or null with fewer than two values.
 */
export function seriesFigure(indicator: Indicator, result: IndicatorResult, used: UsedValues, lang: Language, benchmarkRegions: readonly string[] = []): ChartSpec | null {
  const benchmarks = benchmarkRegions.map((region) => ({ region, points: seriesPoints(used, indicator.id, region) }));
  return seriesChart(indicator, result, seriesPoints(used, indicator.id, result.region), lang, benchmarks);
}
