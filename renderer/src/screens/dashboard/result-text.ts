// Short texts of one result for the scorecard and the indicator page: values at the indicator's precision.
import { effortText, formatPercent, formatTarget, formatValue } from '../../../../shared/attain';
import type { Language } from '../../../../shared/i18n';
import type { Indicator, IndicatorResult, Observation } from '../../../../shared/model';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const DASH = '—';

/** The status as the badge writes it (提前实现 for an early achievement). */
export function statusText(result: IndicatorResult, t: Translate): string {
  return t(result.achievedEarly ? 'status.achievedEarly' : `status.${result.status}`);
}

/** A fraction as a percentage, or a dash. */
export function percentOrDash(fraction: number | null): string {
  return fraction === null ? DASH : formatPercent(fraction);
}

/** "3.10" at the indicator's precision, or a dash. */
export function valueOrDash(value: number | null | undefined, indicator: Indicator): string {
  return value === null || value === undefined ? DASH : formatValue(value, indicator.precision);
}

/**
 * The text the file showed for a value whose number format rounds the stored number differently from the indicator's
 * precision (stored 1.905817…, shown "1.91", precision 3: "1.906" here); null when the two read the same.
 */
export function shownTextBeside(observation: Pick<Observation, 'value' | 'source'>, indicator: Indicator): string | null {
  const shown = observation.source.shownValue;
  if (shown === undefined) return null;
  return formatValue(shown, indicator.precision) === formatValue(observation.value, indicator.precision) ? null : observation.source.rawText;
}

/** The target the result was assessed against, with its year ("≥ 3.40(2025)"); growth targets as an annual rate. */
export function targetText(result: IndicatorResult, indicator: Indicator, t: Translate): string {
  const target = result.target;
  if (!target) return indicator.target === null ? t('dashboard.monitoringOnly') : DASH;
  return yearTarget(target, indicator, t);
}

/** Under a target revision: the plan's own target beside the revised one, and the revision's year and basis; else null. */
export function originalTargetText(result: IndicatorResult, indicator: Indicator, t: Translate): string | null {
  const revision = result.revision;
  if (!revision) return null;
  const original = revision.originalTarget;
  const stated = original.comparator === 'range' ? { ...original, value: original.lo } : original;
  return t('revision.ui.dashboard', { target: yearTarget(stated, indicator, t), year: revision.effectiveYear, basis: revision.basis });
}

function yearTarget(target: NonNullable<IndicatorResult['target']>, indicator: Indicator, t: Translate): string {
  if (indicator.kind === 'growth') return t('dashboard.growthTarget', { target: formatTarget(target, 1), year: target.year });
  return t('dashboard.yearAfter', { value: formatTarget(target, indicator.precision), year: target.year });
}

/** "3.44 (2025 年,几何增长) 可实现", or a dash. */
export function projectionText(result: IndicatorResult, indicator: Indicator, t: Translate): string {
  const p = result.projection;
  if (!p) return DASH;
  return t('dashboard.projectionValue', {
    value: formatValue(p.value, indicator.precision),
    year: p.year,
    method: t(`dashboard.method.${p.method}`),
    verdict: t(p.achieved ? 'dashboard.projectedMet' : 'dashboard.projectedNotMet'),
  });
}

/** "需年均增长4.5%" / "每年需提高0.12个百分点" / "每年需新增12家" (the report's wording), or a dash. */
export function requiredText(result: IndicatorResult, indicator: Indicator, lang: Language): string {
  return result.required ? effortText(result.required, indicator, lang) : DASH;
}
