// The dashboard's charts, built with the report's chart builders so that screen and report draw the same figures.
import { toSeries, upTo } from '../../../../shared/attain/series';
import type { Language } from '../../../../shared/i18n';
import type { Indicator, IndicatorResult, ObservationInput, YearValue } from '../../../../shared/model';
import { completionChart, seriesChart } from '../../../../shared/report/figures';
import type { ChartSpec } from '../../../../shared/report/charts';

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

/** The observed series of one indicator and region up to the as-of year, one value a year as the engine reads it. */
export function seriesPoints(observations: readonly ObservationInput[], indicatorId: string, region: string, asOf: number): YearValue[] {
  const bucket = observations.filter((o) => o.indicatorId === indicatorId && o.region === region);
  return upTo(toSeries(bucket).points, asOf).map((o) => ({ year: o.year, value: o.value }));
}

/** The series chart of one result (baseline, path to target, projection, target), or null with fewer than two values. */
export function seriesFigure(indicator: Indicator, result: IndicatorResult, observations: readonly ObservationInput[], asOf: number, lang: Language): ChartSpec | null {
  return seriesChart(indicator, result, seriesPoints(observations, indicator.id, result.region, asOf), lang);
}
