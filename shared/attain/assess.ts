// One indicator in one region at the evaluation year: METHOD.md steps 1–7 plus the series' findings.
import { t } from '../i18n';
import type { EvaluationSettings, Finding, Indicator, IndicatorResult, ObservationInput, Projection, RequiredEffort, YearValue } from '../model';
import { meetsRounded, testTarget, type TargetTest } from './comparator';
import { cumulativeCompletion, growthCompletion, levelCompletion, runningSum } from './completion';
import { cellOf, describeSource, finding } from './findings';
import { formatRaw, formatTarget, formatValue } from './format';
import { Point, Result } from './output-objects';
import { chooseMethod, growthTargetLevel, projectCumulative, projectLevel } from './projection';
import { cellAt, checkSeries, dataLag, type SeriesContext } from './quality';
import { requiredCumulativeEffort, requiredLevelEffort } from './required-effort';
import { indicatorScore } from './score';
import type { Conflict } from './series';
import { isRedFlag, statusOf } from './status';
import { resolveTarget, type ResolvedTarget } from './target';
import { pace, timeProgress } from './time-progress';
import { averageAnnualGrowth, growthBetween } from './trend';

/** Growth rates are tested in percent at 1 decimal, the precision statistical communiqués publish them at. */
export const GROWTH_DECIMALS = 1;

/** The baseline year t0: the indicator's, or the plan's base year when it has none. */
export function baselineYear(indicator: Indicator, planBaseYear: number): number {
  return indicator.baseline?.year ?? planBaseYear;
}

/**
 * The target of an indicator when it is the same for every region: any comparator but a range, which is
 * resolved against each series' own baseline. Null without a target.
 */
export function fixedTarget(indicator: Indicator): ResolvedTarget | null {
  const target = indicator.target;
  return target && target.comparator !== 'range' ? resolveTarget(target, null, indicator.direction) : null;
}

/**
 * Assess the series of `context` (its points up to settings.asOf, baseline year context.baseYear) with the
 * conflicts of its whole series. Regions are assessed only where the plan's target applies to them (see
 * methodology). `fixed` is fixedTarget(indicator), shared by every result of the indicator.
 */
export function assess(
  context: SeriesContext,
  conflicts: readonly Conflict[],
  wholeArea: boolean,
  settings: EvaluationSettings,
  fixed: ResolvedTarget | null,
): IndicatorResult {
  const { indicator, region, table, first, end } = context;
  const { year, value } = table;
  const latest = end > first ? new Point(year[end - 1], value[end - 1]) : null;
  const trend = end - first >= 2 ? growthBetween(year[first], value[first], year[end - 1], value[end - 1]) : null;
  const result = new Result(indicator.id, region, context.baseYear, latest, trend, latest !== null && latest.year < settings.asOf, NO_FINDINGS);
  const findings = pending;
  if (findings.length) findings.length = 0;
  for (const c of conflicts) findings.push(conflictFinding(indicator, region, c.replaced, c.kept));
  checkSeries(context, settings.quality.yoyThreshold, findings);
  dataLag(context, settings.asOf, findings);
  assessAttainment(result, context, wholeArea, settings, fixed, findings);
  if (findings.length) result.findings = findings.slice();
  return result;
}

/** The findings of results without any: one empty list, frozen so that no reader can add to all of them at once. */
const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];
/** The findings of the result being assessed, copied into it when there are any. */
const pending: Finding[] = [];
/** The achieved test of the result being assessed: read before the next result is assessed, never kept. */
const lastTest: TargetTest = { holds: false, holdsRaw: false, raw: NaN, rounded: NaN };

/** Steps 1–7 of METHOD.md for the series of `context`, written into `result`, their findings appended to `findings`. */
function assessAttainment(
  result: IndicatorResult,
  context: SeriesContext,
  wholeArea: boolean,
  settings: EvaluationSettings,
  fixed: ResolvedTarget | null,
  findings: Finding[],
): void {
  const { indicator, region, end } = context;
  const latest = result.latest;
  const baseline = wholeArea ? (copy(indicator.baseline) ?? baselineFromData(context, findings)) : ownBaseline(indicator, context);
  if (!wholeArea && baseline === null) {
    result.status = indicator.target ? 'not-assessable' : 'monitoring';
    return;
  }
  result.baseline = baseline;
  if (indicator.target === null) {
    result.status = latest ? 'monitoring' : 'no-data';
    return;
  }
  const resolved = fixed ?? resolveTarget(indicator.target, targetReference(indicator, baseline), indicator.direction);
  result.target = resolved.target;
  let achieved = false;
  if (latest) {
    const test = attainment(result, context, resolved, baseline, latest, settings);
    achieved = test?.holds ?? false;
    if (test && test.holds !== test.holdsRaw) findings.push(roundingFinding(context, test, resolved.target));
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
        latest ? [cellAt(context, end - 1)] : [],
      ),
    );
  }
}

/**
 * Steps 1–3 and 5–7 for a series with a latest value, written into `result`; returns the achieved test (null
 * when it cannot be made).
 */
function attainment(
  result: IndicatorResult,
  context: SeriesContext,
  resolved: ResolvedTarget,
  baseline: YearValue | null,
  latest: YearValue,
  settings: EvaluationSettings,
): TargetTest | null {
  const { indicator, table, first, end } = context;
  const t0 = context.baseYear;
  const T = resolved.target.year;
  const xStar = resolved.target.value;
  const precision = indicator.precision;
  // With no baseline value, the projection and the required effort start from the first year with a value.
  const start: YearValue = baseline ?? new Point(table.year[first], table.value[first]);
  let completion: number | null;
  let test: TargetTest | null;
  let sum: number | null = null;
  let projection: Projection | null = null;
  let required: RequiredEffort | null = null;

  if (indicator.kind === 'cumulative') {
    sum = runningSum(table.year, table.value, first, end, t0, Math.min(latest.year, T));
    completion = cumulativeCompletion(sum, xStar);
    test = testTarget(sum, resolved.target, precision, lastTest);
    const value = projectCumulative(sum, t0, latest.year, T);
    if (value !== null) {
      const achieved = meetsRounded(value, resolved.target, precision);
      projection = { method: 'linear', year: T, value, achieved, base: new Point(t0, 0) };
    }
    if (!test.holds && !resolved.maintain) required = requiredCumulativeEffort(sum, latest.year, xStar, T);
  } else {
    const growth = indicator.kind === 'growth';
    let levelTarget = xStar;
    if (growth) {
      const actual = baseline ? averageAnnualGrowth(baseline, latest) : null;
      completion = growthCompletion(actual === null ? null : actual * 100, xStar);
      test = actual === null ? null : testTarget(actual * 100, resolved.target, GROWTH_DECIMALS, lastTest);
      levelTarget = growthTargetLevel(start, xStar, T);
    } else {
      completion = levelCompletion(baseline?.value ?? null, latest.value, xStar);
      test = testTarget(latest.value, resolved.target, precision, lastTest);
    }
    const override = settings.projectionOverrides[indicator.id];
    const method = chooseMethod({ base: start, latest, targetValue: levelTarget, unit: indicator.unit, override });
    const value = projectLevel(method, start, latest, T);
    if (value !== null) {
      const achieved = growth ? impliedGrowthMeets(start, value, resolved) : meetsRounded(value, resolved.target, precision);
      // The result's own baseline (or first point) is the projection's base: one object, never changed.
      projection = { method, year: T, value, achieved, base: start };
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
  return growth !== null && meetsRounded(growth * 100, resolved.target, GROWTH_DECIMALS);
}

/** The value a range target is resolved against: the baseline for level indicators, 0 (nothing summed yet) for cumulative ones. */
function targetReference(indicator: Indicator, baseline: YearValue | null): number | null {
  if (indicator.kind === 'cumulative') return 0;
  if (indicator.kind === 'growth') return null;
  return baseline?.value ?? null;
}

/** A region's own baseline: its value in t0, where the plan's target applies to it (a share or ratio). */
function ownBaseline(indicator: Indicator, { table, first, end, baseYear }: SeriesContext): YearValue | null {
  if (indicator.aggregation !== 'none' || indicator.target === null) return null;
  for (let k = first; k < end; k++) if (table.year[k] === baseYear) return new Point(baseYear, table.value[k]);
  return null;
}

/**
 * METHOD.md: where the plan gives a level indicator no baseline value but the data has one for the base year t0 at
 * the same level, that value is x0; a finding says so and cites its cell. The plan's own baseline always wins.
 */
function baselineFromData(context: SeriesContext, findings: Finding[]): YearValue | null {
  const { indicator, region, table, first, end, baseYear } = context;
  if (indicator.kind !== 'level' || indicator.target === null) return null;
  for (let k = first; k < end && table.year[k] <= baseYear; k++) {
    if (table.year[k] !== baseYear) continue;
    const source = table.observationAt(table.origin[k]).source;
    findings.push(
      finding(
        'baseline-from-data',
        'attain.finding.baselineFromData',
        { indicator: indicator.name, region, year: baseYear, value: formatValue(table.value[k], indicator.precision), source: describeSource(source) },
        [cellAt(context, k)],
      ),
    );
    return new Point(baseYear, table.value[k]);
  }
  return null;
}

function copy(value: YearValue | null): YearValue | null {
  return value ? new Point(value.year, value.value) : null;
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

function roundingFinding(context: SeriesContext, test: TargetTest, target: ResolvedTarget['target']): Finding {
  const { indicator, region, first, end } = context;
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
    end > first ? [cellAt(context, end - 1)] : [],
  );
}
