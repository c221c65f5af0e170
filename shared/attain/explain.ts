// The computation behind one result, spelled out line by line with its numbers (for the dashboard and the report).
import { bilingual } from '../base';
import { t, type Language } from '../i18n';
import type { Indicator, IndicatorResult, Plan, YearValue } from '../model';
import { GROWTH_DECIMALS } from './assess';
import { formatPercent, formatTarget, formatValue } from './format';
import { growthTargetLevel } from './projection';
import { averageAnnualGrowth } from './trend';

/** Pace is a ratio, shown with 2 decimals. */
const PACE_DECIMALS = 2;
/** Scores are shown with 1 decimal. */
const SCORE_DECIMALS = 1;

/** The lines of the computation for `result`, with numbers at the indicator's precision and percentages at 1 decimal. */
export function explainComputation(plan: Plan, result: IndicatorResult, lang: Language): string[] {
  const indicator = plan.indicators.find((i) => i.id === result.indicatorId);
  if (!indicator) throw new Error(bilingual('plan.unknownIndicator', { indicator: result.indicatorId }));
  const v = (value: number) => formatValue(value, indicator.precision);
  const line = (key: string, params: Record<string, string | number> = {}) => t(`attain.explain.${key}`, lang, params);
  const because = (reason: string) => line('noCompletion', { reason: line(`reason.${reason}`) });
  const { latest, target } = result;

  if (!latest) return [because('noData')];
  const trendLine = result.trend === null ? [] : [line('trend', { trend: formatPercent(result.trend) })];
  if (!target) {
    const wholeArea = plan.regions.some((r) => r.whole && r.name === result.region);
    return [because(indicator.target === null ? 'noTarget' : wholeArea ? 'noData' : 'regionWithoutTarget'), ...trendLine];
  }

  const input: ExplanationInput = { indicator, result, latest, target, v, line, because };
  const lines: string[] = [...revisionLines(input, lang), ...completionLines(input)];
  const status = t(result.achievedEarly ? 'status.achievedEarly' : `status.${result.status}`, lang);
  const tested = testedValue(input);
  if (tested !== null) {
    const verdict = t(result.status === 'achieved' ? 'attain.verdict.met' : 'attain.verdict.notMet', lang);
    const decimals = indicator.kind === 'growth' ? GROWTH_DECIMALS : indicator.precision;
    lines.push(line('achieved', { value: tested, verdict, target: formatTarget(target, decimals), status }));
  }
  if (result.timeProgress !== null) {
    const latestYear = Math.min(latest.year, target.year);
    lines.push(line('timeProgress', { latestYear, baseYear: result.baselineYear, targetYear: target.year, result: formatPercent(result.timeProgress) }));
  }
  if (result.pace !== null && result.completion !== null && result.timeProgress !== null) {
    lines.push(
      line('pace', {
        completion: formatPercent(result.completion),
        timeProgress: formatPercent(result.timeProgress),
        result: formatValue(result.pace, PACE_DECIMALS),
      }),
    );
  }
  if (result.dataLag) lines.push(line('dataLag', { latestYear: latest.year }));
  lines.push(...projectionLines(input));
  lines.push(...requiredLines(input));
  if (result.score !== null) lines.push(line('score', { score: formatValue(result.score, SCORE_DECIMALS) }));
  return lines;
}

/** Under a target revision: which target the figures below are measured against, and the plan's own. */
function revisionLines({ indicator, result, target }: ExplanationInput, lang: Language): string[] {
  const revision = result.revision;
  if (!revision) return [];
  const decimals = indicator.kind === 'growth' ? GROWTH_DECIMALS : indicator.precision;
  const original = revision.originalTarget;
  const stated = original.comparator === 'range' ? { ...original, value: original.lo } : original;
  return [
    t('revision.explain', lang, { year: revision.effectiveYear, target: formatTarget(target, decimals), original: formatTarget(stated, decimals), basis: revision.basis }),
  ];
}

/** What each part of the explanation works from: a result with a latest value and a target, and the line makers. */
interface ExplanationInput {
  indicator: Indicator;
  result: IndicatorResult;
  latest: YearValue;
  target: NonNullable<IndicatorResult['target']>;
  /** A value at the indicator's precision. */
  v: (value: number) => string;
  /** The message `attain.explain.<key>` with its parameters. */
  line: (key: string, params?: Record<string, string | number>) => string;
  /** The line saying why completion cannot be computed. */
  because: (reason: string) => string;
}

function completionLines({ indicator, result, latest, target, v, line, because }: ExplanationInput): string[] {
  if (indicator.kind === 'cumulative') {
    if (result.completion === null || result.runningSum === null) return [because('zeroTarget')];
    return [
      line('completionCumulative', {
        start: result.baselineYear + 1,
        latestYear: Math.min(latest.year, target.year),
        sum: v(result.runningSum),
        target: v(target.value),
        result: formatPercent(result.completion),
      }),
    ];
  }
  if (!result.baseline) return [because('noBaseline')];
  if (indicator.kind === 'growth') {
    const actual = averageAnnualGrowth(result.baseline, latest);
    if (actual === null) return [because('noBaseline')];
    const growthLine = line('growthActual', {
      latest: v(latest.value),
      baseline: v(result.baseline.value),
      years: latest.year - result.baseline.year,
      result: formatPercent(actual),
    });
    if (result.completion === null) return [growthLine, because('zeroTarget')];
    return [
      growthLine,
      line('completionGrowth', { actual: formatPercent(actual), target: formatPercent(target.value / 100), result: formatPercent(result.completion) }),
    ];
  }
  if (result.completion === null) return [because('targetIsBaseline')];
  return [
    line('completionLevel', {
      latest: v(latest.value),
      baseline: v(result.baseline.value),
      target: v(target.value),
      result: formatPercent(result.completion),
    }),
  ];
}

/** The value the achieved test was made on, formatted as it was tested; null when no test could be made. */
function testedValue({ indicator, result, latest }: ExplanationInput): string | null {
  if (indicator.kind === 'cumulative') return result.runningSum === null ? null : formatValue(result.runningSum, indicator.precision);
  if (indicator.kind === 'growth') {
    const actual = result.baseline ? averageAnnualGrowth(result.baseline, latest) : null;
    return actual === null ? null : formatPercent(actual, GROWTH_DECIMALS);
  }
  return formatValue(latest.value, indicator.precision);
}

function projectionLines({ indicator, result, latest, target, v, line }: ExplanationInput): string[] {
  const targetYear = target.year;
  const projection = result.projection;
  if (!projection) return latest.year < targetYear && result.status !== 'achieved' ? [line('noProjection')] : [];
  const verdict = line(projection.achieved ? 'projectedMet' : 'projectedNotMet');
  const years = targetYear - latest.year;
  const base = projection.base ?? result.baseline ?? latest;
  if (indicator.kind === 'cumulative') {
    const sum = v(result.runningSum ?? 0);
    return [line('projectionCumulative', { targetYear, sum, elapsed: latest.year - result.baselineYear, years, result: v(projection.value), verdict })];
  }
  const lines: string[] = [];
  if (projection.method === 'cagr') {
    const growth = formatPercent((latest.value / base.value) ** (1 / (latest.year - base.year)) - 1);
    lines.push(line('projectionCagr', { targetYear, latest: v(latest.value), growth, years, result: v(projection.value), verdict }));
    lines.push(
      line('projectionGrowth', { latest: v(latest.value), base: v(base.value), elapsed: latest.year - base.year, growth, baseYear: base.year, latestYear: latest.year }),
    );
  } else {
    lines.push(
      line('projectionLinear', {
        targetYear,
        latest: v(latest.value),
        base: v(base.value),
        latestYear: latest.year,
        baseYear: base.year,
        years,
        result: v(projection.value),
        verdict,
      }),
    );
  }
  if (indicator.kind === 'growth') {
    const implied = averageAnnualGrowth(base, { year: targetYear, value: projection.value });
    if (implied !== null) lines.push(line('projectionImpliedGrowth', { baseYear: base.year, targetYear, growth: formatPercent(implied) }));
  }
  return lines;
}

function requiredLines({ indicator, result, latest, target, v, line }: ExplanationInput): string[] {
  const required = result.required;
  if (!required) return [];
  const years = target.year - latest.year;
  if (required.method === 'cumulative') {
    return [line('requiredCumulative', { target: v(target.value), sum: v(result.runningSum ?? 0), years, result: v(required.value) })];
  }
  const lines: string[] = [];
  let level = target.value;
  if (indicator.kind === 'growth') {
    const start = result.baseline ?? result.projection?.base ?? latest;
    level = growthTargetLevel(start, target.value, target.year);
    lines.push(line('growthTargetLevel', { target: formatPercent(target.value / 100), targetYear: target.year, level: v(level) }));
  }
  if (required.method === 'cagr') {
    lines.push(line('requiredCagr', { target: v(level), latest: v(latest.value), years, result: formatPercent(required.value) }));
  } else {
    lines.push(line('requiredLinear', { target: v(level), latest: v(latest.value), years, result: v(required.value) }));
  }
  return lines;
}
