// The target as the engine uses it: for a `range`, x* is the bound nearest the baseline, or "maintain".
import type { AppliedRevision, Direction, Indicator, IndicatorResult, Target } from '../model';

export type ResultTarget = NonNullable<IndicatorResult['target']>;

export interface ResolvedTarget {
  target: ResultTarget;
  /** A range whose reference value already lies inside it: the target is to stay there (x* = x0). */
  maintain: boolean;
}

/**
 * Resolve x*. For a range, the reference is the baseline value: lo when it is below, hi when above,
 * itself when inside ("maintain"). Without a reference (no baseline, or a growth target), x* is the
 * bound the direction has to reach: lo when higher is better, hi when lower is better.
 */
export function resolveTarget(target: Target, reference: number | null, direction: Direction): ResolvedTarget {
  if (target.comparator !== 'range') {
    return { target: { year: target.year, value: target.value, comparator: target.comparator }, maintain: false };
  }
  const { lo, hi } = target;
  const range = { year: target.year, comparator: 'range' as const, lo, hi };
  if (reference === null) return { target: { ...range, value: direction === 1 ? lo : hi }, maintain: false };
  if (reference < lo) return { target: { ...range, value: lo }, maintain: false };
  if (reference > hi) return { target: { ...range, value: hi }, maintain: false };
  return { target: { ...range, value: reference }, maintain: true };
}

/**
 * The one rule for which target is in force in `year` (METHOD.md, 指标动态调整): the revision with the latest
 * effective year ≤ `year`, the later recorded when two share that year; the plan's own target when none is. A
 * revised target keeps the plan's target year. Null without a plan target (a monitoring indicator is never revised).
 */
export function targetInForce(indicator: Indicator, year: number): { target: Target; revision: AppliedRevision | null } | null {
  const original = indicator.target;
  if (original === null) return null;
  const revisions = indicator.revisions ?? [];
  let index = -1;
  for (let i = 0; i < revisions.length; i++) {
    const effective = revisions[i].effectiveYear;
    if (effective <= year && (index === -1 || effective >= revisions[index].effectiveYear)) index = i;
  }
  if (index === -1) return { target: original, revision: null };
  const { effectiveYear, target, reason, basis } = revisions[index];
  return { target: { ...target, year: original.year }, revision: { index, effectiveYear, reason, basis, originalTarget: original } };
}
