// Short texts for an indicator's baseline and target in the framework table ("2025年 ≥ 320"), numbers as the plan
// states them, by the one number rule of every screen ("12,000").
import { formatRaw } from '../../../../shared/attain';
import type { Indicator, RevisedTarget, TargetRevision } from '../../../../shared/model';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** "2020年 2256" ("2020年 12,000"), or "—" when the plan gives no baseline. */
export function describeBaseline(indicator: Indicator, t: Translate): string {
  const b = indicator.baseline;
  return b ? t('ui.framework.yearValue', { year: b.year, value: formatRaw(b.value) }) : t('ui.framework.none');
}

/** "2025年 ≥ 320", "2025年 10~20", or "监测指标" for an indicator without a numeric target. */
export function describeTarget(indicator: Indicator, t: Translate): string {
  const target = indicator.target;
  if (!target) return t('ui.framework.monitoringOnly');
  return describeAt(target.year, target, t);
}

/** A revision's target the same way, in the plan target's year: "2025年 ≥ 2800". */
export function describeRevisedTarget(indicator: Indicator, revision: TargetRevision, t: Translate): string {
  return describeAt(indicator.target?.year ?? revision.effectiveYear, revision.target, t);
}

function describeAt(year: number, target: RevisedTarget, t: Translate): string {
  const value = target.comparator === 'range' ? `${formatRaw(target.lo)}~${formatRaw(target.hi)}` : `${t(`ui.comparatorSymbol.${target.comparator}`)} ${formatRaw(target.value)}`;
  return t('ui.framework.yearValue', { year, value });
}
