// One indicator in one region at the evaluation year: METHOD.md steps 1–7 plus the series' findings.
import { t } from '../i18n';
import type {
  EvaluationSettings,
  Finding,
  Indicator,
  IndicatorResult,
  ObservationInput,
  Projection,
  RequiredEffort,
  YearValue,
} from '../model';
import { testTarget, type TargetTest } from './comparator';
import { cumulativeCompletion, growthCompletion, levelCompletion, runningSum } from './completion';
import { cellOf, describeSource, finding } from './findings';
import { formatRaw, formatTarget, formatValue } from './format';
import { chooseMethod, growthTargetLevel, projectCumulative, projectLevel } from './projection';
import { checkSeries, dataLag, type SeriesContext } from './quality';
import { requiredCumulativeEffort, requiredLevelEffort } from './required-effort';
import { indicatorScore } from './score';
import type { Series } from './series';
import { upTo } from './series';
import { isRedFlag, statusOf } from './status';
import { resolveTarget, type ResolvedTarget } from './target';
import { pace, timeProgress } from './time-progress';
import { averageAnnualGrowth, seriesTrend } from './trend';

/** Growth rates are tested in percent at 1 decimal, the precision statistical communiqués publish them at. */
export const GROWTH_DECIMALS = 1;

export interface AssessInput {
  indicator: Indicator;
  region: string;
  /** The region's whole series (all years); the assessment uses the years up to settings.asOf. */
  series: Series;
  /** The plan's base year, t0 for indicators without a baseline. */
  planBaseYear: number;
  wholeArea: boolean;
  settings: EvaluationSettings;
}

/** The baseline year t0: the indicator's, or the plan's base year when it has none. */
export function baselineYear(indicator: Indicator, planBaseYear: number): number {
  return indicator.baseline?.year ?? planBaseYear;
}

/** Assess one series. Regions are assessed only where the plan's target applies to them (see methodology). */
export function assess({ indicator, region, series, planBaseYear, wholeArea, settings }: AssessInput): IndicatorResult {
  const points = upTo(series.points, settings.asOf);
  const t0 = baselineYear(indicator, planBaseYear);
  const last = points.length ? points[points.length - 1] : null;
  const latest = last ? { year: last.year, value: last.value } : null;
  const context: SeriesContext = { indicator, region, points, baseYear: t0 };
  const findings: Finding[] = [];
  for (const c of series.conflicts) findings.push(conflictFinding(indicator, region, c.replaced, c.kept));
  checkSeries(context, settings.quality.yoyThreshold, findings);
  dataLag(context, last, settings.asOf, findings);
  const result: IndicatorResult = {
    indicatorId: indicator.id,
    region,
    baseline: null,
    baselineYear: t0,
    target: null,
    latest,
    runningSum: null,
    completion: null,
    timeProgress: null,
    pace: null,
    status: 'no-data',
    achievedEarly: false,
    projection: null,
    required: null,
    score: null,
    trend: seriesTrend(points),
    dataLag: latest !== null && latest.year < settings.asOf,
    redFlag: false,
    findings,
  };

  const baseline = wholeArea ? copy(indicator.baseline) : ownBaseline(indicator, points, t0);
  if (!wholeArea && baseline === null) {
    result.status = indicator.target ? 'not-assessable' : 'monitoring';
    return result;
  }
  result.baseline = baseline;
  if (indicator.target === null) {
    result.status = latest ? 'monitoring' : 'no-data';
    return result;
  }
  const resolved = resolveTarget(indicator.target, targetReference(indicator, baseline), indicator.direction);
  result.target = resolved.target;
  let achieved = false;
  if (latest) {
    const test = attainment(result, indicator, resolved, baseline, t0, points, latest, settings);
    achieved = test?.holds ?? false;
    if (test && test.holds !== test.holdsRaw) findings.push(roundingFinding(indicator, region, test, resolved.target, last));
  }
  result.status = statusOf({ hasData: latest !== null, hasTarget: true, achieved, pace: result.pace }, settings.cutoffs);
  result.achievedEarly = result.status === 'achieved' && latest !== null && latest.year < resolved.target.year;
  result.redFlag = isRedFlag(indicator.nature, result.status, wholeArea);
  if (result.redFlag) {
    findings.push(
      finding(
        'binding-flag',
        'attain.finding.bindingFlag',
        { indicator: indicator.name, region, status: t(`status.${result.status}`, 'zh') },
        last ? [cellOf(indicator.id, region, last)] : [],
      ),
    );
  }
  return result;
}

/**
 * Steps 1–3 and 5–7 for a series with a latest value, written into `result`; returns the achieved test (null
 * when it cannot be made).
 */
function attainment(
  result: IndicatorResult,
  indicator: Indicator,
  resolved: ResolvedTarget,
  baseline: YearValue | null,
  t0: number,
  points: ObservationInput[],
  latest: YearValue,
  settings: EvaluationSettings,
): TargetTest | null {
  const T = resolved.target.year;
  const xStar = resolved.target.value;
  const precision = indicator.precision;
  // With no baseline value, the projection and the required effort start from the first year with a value.
  const start: YearValue = baseline ?? { year: points[0].year, value: points[0].value };
  let completion: number | null;
  let test: TargetTest | null;
  let sum: number | null = null;
  let projection: Projection | null = null;
  let required: RequiredEffort | null = null;

  if (indicator.kind === 'cumulative') {
    sum = runningSum(points, t0, Math.min(latest.year, T));
    completion = cumulativeCompletion(sum, xStar);
    test = testTarget(sum, resolved.target, precision);
    const value = projectCumulative(sum, t0, latest.year, T);
    if (value !== null) {
      const achieved = testTarget(value, resolved.target, precision).holds;
      projection = { method: 'linear', year: T, value, achieved, base: { year: t0, value: 0 } };
    }
    if (!test.holds && !resolved.maintain) required = requiredCumulativeEffort(sum, latest.year, xStar, T);
  } else {
    const growth = indicator.kind === 'growth';
    let levelTarget = xStar;
    if (growth) {
      const actual = baseline ? averageAnnualGrowth(baseline, latest) : null;
      completion = growthCompletion(actual === null ? null : actual * 100, xStar);
      test = actual === null ? null : testTarget(actual * 100, resolved.target, GROWTH_DECIMALS);
      levelTarget = growthTargetLevel(start, xStar, T);
    } else {
      completion = levelCompletion(baseline?.value ?? null, latest.value, xStar);
      test = testTarget(latest.value, resolved.target, precision);
    }
    const override = settings.projectionOverrides[indicator.id];
    const method = chooseMethod({ base: start, latest, targetValue: levelTarget, unit: indicator.unit, override });
    const value = projectLevel(method, start, latest, T);
    if (value !== null) {
      const achieved = growth ? impliedGrowthMeets(start, value, resolved) : testTarget(value, resolved.target, precision).holds;
      projection = { method, year: T, value, achieved, base: { ...start } };
    }
    if (!test?.holds && !resolved.maintain) required = requiredLevelEffort(method, latest.value, latest.year, levelTarget, T);
  }

  const progress = timeProgress(latest.year, t0, T);
  result.runningSum = sum;
  result.completion = completion;
  result.timeProgress = progress;
  result.pace = pace(completion, progress);
  result.projection = projection;
  result.required = required;
  result.score = indicatorScore(test?.holds ?? false, completion);
  return test;
}

/** For a growth target: does the average annual growth from the start to the projected value meet it? */
function impliedGrowthMeets(start: YearValue, projected: number, resolved: ResolvedTarget): boolean {
  const growth = averageAnnualGrowth(start, { year: resolved.target.year, value: projected });
  return growth !== null && testTarget(growth * 100, resolved.target, GROWTH_DECIMALS).holds;
}

/** The value a range target is resolved against: the baseline for level indicators, 0 (nothing summed yet) for cumulative ones. */
function targetReference(indicator: Indicator, baseline: YearValue | null): number | null {
  if (indicator.kind === 'cumulative') return 0;
  if (indicator.kind === 'growth') return null;
  return baseline?.value ?? null;
}

/** A region's own baseline: its value in t0, where the plan's target applies to it (a share or ratio). */
function ownBaseline(indicator: Indicator, points: ObservationInput[], t0: number): YearValue | null {
  if (indicator.aggregation !== 'none' || indicator.target === null) return null;
  const point = points.find((p) => p.year === t0);
  return point ? { year: point.year, value: point.value } : null;
}

function copy(value: YearValue | null): YearValue | null {
  return value ? { year: value.year, value: value.value } : null;
}

function conflictFinding(indicator: Indicator, region: string, replaced: ObservationInput, kept: ObservationInput): Finding {
  return finding(
    'conflict',
    'attain.finding.conflict',
    {
      indicator: indicator.name,
      region,
      year: kept.year,
      first: formatRaw(replaced.value),
      firstSource: describeSource(replaced.source),
      second: formatRaw(kept.value),
      secondSource: describeSource(kept.source),
    },
    [cellOf(indicator.id, region, replaced), cellOf(indicator.id, region, kept)],
  );
}

function roundingFinding(
  indicator: Indicator,
  region: string,
  test: TargetTest,
  target: ResolvedTarget['target'],
  last: ObservationInput | null,
): Finding {
  const decimals = indicator.kind === 'growth' ? GROWTH_DECIMALS : indicator.precision;
  const verdict = (holds: boolean) => t(holds ? 'attain.verdict.met' : 'attain.verdict.notMet', 'zh');
  return finding(
    'rounding-decides',
    'attain.finding.roundingDecides',
    {
      indicator: indicator.name,
      region,
      raw: formatRaw(test.raw),
      rounded: formatValue(test.rounded, decimals),
      target: formatTarget(target, decimals),
      roundedVerdict: verdict(test.holds),
      rawVerdict: verdict(test.holdsRaw),
    },
    last ? [cellOf(indicator.id, region, last)] : [],
  );
}
