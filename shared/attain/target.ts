// The target as the engine uses it: for a `range`, x* is the bound nearest the baseline, or "maintain".
import type { Direction, IndicatorResult, Target } from '../model';

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
