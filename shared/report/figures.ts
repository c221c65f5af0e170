// The report's charts as ChartSpecs, drawn from the evaluation: completion against time progress, scores, rankings,
// series; and from the ledger's progress, the counts by rating per chapter.
import { t, type Language } from '../i18n';
import { STATUS_CODES, type CategoryResult, type Indicator, type IndicatorResult, type RegionRanking, type YearValue } from '../model';
import { RATINGS } from '../ledger';
import { BENCHMARK_COLORS, SERIES_COLORS, STATUS_COLORS, type ChartSpec, type LegendEntry } from './charts';
import { RATING_COLORS } from '../ledger';
import type { ChapterStatus } from './tasks';

const WIDTH = 640;
const NO_SCORE_COLOR = '#bdbdbd';
const TIME_PROGRESS_COLOR = '#b0b0b0';

/** Breaks a long name into balanced lines of at most `width` characters so axis labels stay readable. */
export function wrapLabel(text: string, width = 10): string {
  const lineCount = Math.ceil(text.length / width);
  const size = Math.ceil(text.length / lineCount);
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += size) lines.push(text.slice(i, i + size));
  return lines.join('\n');
}

/** A key row holds about five entries at the chart's width; a second row needs this much more height. */
const LEGEND_ROW = 18;
const legendHeight = (legend: LegendEntry[]) => LEGEND_ROW * Math.max(0, Math.ceil(legend.length / 5) - 1);

/** Completion (%) coloured by status beside time progress (%), one pair of bars per indicator that has a completion. */
export function completionChart(items: { indicator: Indicator; result: IndicatorResult }[], lang: Language): ChartSpec | null {
  const shown = items.filter((i) => i.result.completion !== null);
  if (shown.length === 0) return null;
  // The key names the statuses the bars show, in the order of the scale, then the time-progress bars.
  const statuses = STATUS_CODES.filter((code) => shown.some((i) => i.result.status === code));
  const achievedAllEarly = shown.every((i) => i.result.status !== 'achieved' || i.result.achievedEarly);
  const legend: LegendEntry[] = [
    ...statuses.map((code) => ({ label: t(`status.${code === 'achieved' && achievedAllEarly ? 'achievedEarly' : code}`, lang), color: STATUS_COLORS[code] })),
    { label: t('report.chart.timeProgressLine', lang), color: TIME_PROGRESS_COLOR },
  ];
  return {
    type: 'bar',
    horizontal: true,
    labels: shown.map((i) => wrapLabel(i.indicator.name)),
    datasets: [
      {
        label: t('report.chart.completionBars', lang),
        values: shown.map((i) => i.result.completion! * 100),
        color: shown.map((i) => STATUS_COLORS[i.result.status]),
        showValues: true,
        decimals: 1,
      },
      {
        label: t('report.chart.timeProgressLine', lang),
        values: shown.map((i) => (i.result.timeProgress === null ? null : i.result.timeProgress * 100)),
        color: TIME_PROGRESS_COLOR,
        showValues: true,
        decimals: 1,
      },
    ],
    xTitle: t('report.chart.completionAxis', lang),
    yTitle: '',
    width: WIDTH,
    height: 90 + 44 * shown.length + legendHeight(legend),
    legend,
  };
}

/** Category scores; where coverage is too low the raw score is shown in grey, and the legend says so. */
export function categoryScoreChart(categories: CategoryResult[], lang: Language): ChartSpec | null {
  const shown = categories.filter((c) => c.rawScore !== null);
  if (shown.length === 0) return null;
  const legend: LegendEntry[] = [
    ...(shown.some((c) => c.score !== null) ? [{ label: t('reportLayout.legend.score', lang), color: SERIES_COLORS.actual }] : []),
    ...(shown.some((c) => c.score === null) ? [{ label: t('reportLayout.legend.rawScore', lang), color: NO_SCORE_COLOR }] : []),
  ];
  return {
    type: 'bar',
    labels: shown.map((c) => wrapLabel(c.name, 6)),
    datasets: [
      {
        label: t('report.chart.scoreLegend', lang, { score: t('report.p.scoreLabel', lang), insufficient: t('report.p.insufficient', lang) }),
        values: shown.map((c) => c.score ?? c.rawScore),
        color: shown.map((c) => (c.score === null ? NO_SCORE_COLOR : SERIES_COLORS.actual)),
        showValues: true,
        decimals: 1,
      },
    ],
    xTitle: '',
    yTitle: t('report.chart.scoreAxis', lang),
    width: WIDTH,
    height: 300,
    legend,
  };
}

/** Regions by their latest value, best first (the engine's direction-aware rank). */
export function rankingChart(indicator: Indicator, ranking: RegionRanking, lang: Language): ChartSpec | null {
  const entries = ranking.entries.filter((e) => e.latest !== null).sort((a, b) => (a.rankByLatest ?? Infinity) - (b.rankByLatest ?? Infinity));
  if (entries.length === 0) return null;
  return {
    type: 'bar',
    horizontal: true,
    labels: entries.map((e) => e.region),
    datasets: [{ label: indicator.name, values: entries.map((e) => e.latest!.value), color: SERIES_COLORS.actual, showValues: true, decimals: indicator.precision }],
    xTitle: t('report.withAside', lang, { text: indicator.name, aside: indicator.unit }),
    yTitle: '',
    width: WIDTH,
    height: 60 + 24 * entries.length,
  };
}

/**
 * One indicator's whole-area series (running sums for cumulative indicators) with the straight path from the
 * baseline to the target, the target itself and the projection from the latest year; null with fewer than two values.
 */
/** A region outside the plan drawn beside the series: its name and its values up to the evaluation year. */
export interface BenchmarkSeries {
  region: string;
  points: YearValue[];
}

export function seriesChart(indicator: Indicator, result: IndicatorResult, points: YearValue[], lang: Language, benchmarks: readonly BenchmarkSeries[] = []): ChartSpec | null {
  if (points.length < 2) return null;
  const cumulative = indicator.kind === 'cumulative';
  let sum = 0;
  const shown: YearValue[] = cumulative
    ? points.filter((p) => p.year > result.baselineYear).map((p) => ({ year: p.year, value: (sum += p.value) }))
    : points;
  if (shown.length === 0) return null;
  const target = indicator.kind === 'growth' ? null : result.target;
  const start: YearValue | null = cumulative ? { year: result.baselineYear, value: 0 } : result.baseline;
  // Benchmarks compare levels: a running sum of another region's flows would compare nothing. A chart stays
  // readable with a few lines: the first ones the data names (the table beside it lists every benchmark).
  const compared = cumulative ? [] : benchmarks.filter((b) => b.points.length > 0).slice(0, BENCHMARK_COLORS.length);
  const firstYear = Math.min(shown[0].year, start?.year ?? Infinity);
  const lastYear = Math.max(shown[shown.length - 1].year, target?.year ?? -Infinity, result.projection?.year ?? -Infinity);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const at = (pairs: YearValue[]) => years.map((y) => pairs.find((p) => p.year === y)?.value ?? null);
  const latest = shown[shown.length - 1];
  const datasets: ChartSpec['datasets'] = [
    { label: t('report.chart.actual', lang), values: at(cumulative && start ? [start, ...shown] : shown), color: SERIES_COLORS.actual },
  ];
  if (target && start) {
    datasets.push({ label: t('report.chart.path', lang), values: at([start, { year: target.year, value: target.value }]), color: SERIES_COLORS.path, dashed: true });
  }
  if (result.projection) {
    datasets.push({ label: t('report.chart.projection', lang), values: at([latest, { year: result.projection.year, value: result.projection.value }]), color: SERIES_COLORS.projection, dashed: true });
  }
  compared.forEach((b, i) => {
    const inRange = b.points.filter((p) => p.year >= firstYear && p.year <= lastYear);
    if (inRange.length > 0) datasets.push({ label: t('report.chart.benchmark', lang, { region: b.region }), values: at(inRange), color: BENCHMARK_COLORS[i]! });
  });
  if (target) {
    datasets.push({ label: t('report.chart.targetPoint', lang), values: at([{ year: target.year, value: target.value }]), color: SERIES_COLORS.target, showValues: true, decimals: indicator.precision });
  }
  return {
    type: 'line',
    labels: years.map(String),
    datasets,
    xTitle: t('report.chart.yearAxis', lang),
    yTitle: t(cumulative ? 'report.chart.cumulativeAxis' : 'report.chart.unitAxis', lang, { unit: indicator.unit }),
    width: WIDTH,
    height: 260,
  };
}

/** Counts by rating per plan chapter, one stacked bar a chapter, with the key of the ratings shown. */
export function ratingChart(chapters: ChapterStatus[], lang: Language): ChartSpec | null {
  if (chapters.length === 0) return null;
  const shown = ([...RATINGS, 'unreported'] as const).filter((r) => chapters.some((c) => c.counts[r] > 0));
  const legend: LegendEntry[] = shown.map((r) => ({ label: t(`ledger.rating.${r}`, lang), color: RATING_COLORS[r] }));
  return {
    type: 'bar',
    horizontal: true,
    stacked: true,
    labels: chapters.map((c) => wrapLabel(c.heading, 14)),
    datasets: shown.map((r) => ({ label: t(`ledger.rating.${r}`, lang), values: chapters.map((c) => c.counts[r] || null), color: RATING_COLORS[r] })),
    xTitle: t('tasksReport.report.chart.axis', lang),
    yTitle: '',
    width: WIDTH,
    height: 90 + 44 * chapters.length + legendHeight(legend),
    legend,
  };
}
