// Projection to the target year (METHOD.md 5.): CAGR or linear extrapolation, chosen by the values and the unit.
import type { ProjectionMethod, YearValue } from '../model';

/** Percent and per-mille values are shares or rates: they are extrapolated linearly, never compounded. */
export function isRateUnit(unit: string): boolean {
  const u = unit.trim();
  return u === '%' || u === '％' || u === '‰';
}

export interface MethodChoice {
  /** t0 and x0, or the first year with a value when there is no baseline value. */
  base: YearValue;
  latest: YearValue;
  /** x* (for growth targets, the level the target rate leads to). */
  targetValue: number;
  unit: string;
  override?: ProjectionMethod;
}

/**
 * cagr when x0, x_t and x* are all > 0 and the unit is not % or ‰, otherwise linear. A project's override
 * wins, except that cagr cannot compound from a zero or negative value and falls back to linear there.
 */
export function chooseMethod({ base, latest, targetValue, unit, override }: MethodChoice): ProjectionMethod {
  const positive = base.value > 0 && latest.value > 0 && targetValue > 0;
  if (override) return override === 'cagr' && !positive ? 'linear' : override;
  return positive && !isRateUnit(unit) ? 'cagr' : 'linear';
}

/** x̂_T from two points; null unless base year < t < T (a projection needs two years and time left). */
export function projectLevel(method: ProjectionMethod, base: YearValue, latest: YearValue, targetYear: number): number | null {
  if (!(base.year < latest.year && latest.year < targetYear)) return null;
  const elapsed = latest.year - base.year;
  const remaining = targetYear - latest.year;
  if (method === 'cagr') {
    const growth = (latest.value / base.value) ** (1 / elapsed) - 1;
    return latest.value * (1 + growth) ** remaining;
  }
  return latest.value + ((latest.value - base.value) / elapsed) * remaining;
}

/** Cumulative: linear on the running sum, x̂_T = sum + sum / (t − t0) · (T − t); null unless t0 < t < T. */
export function projectCumulative(sum: number, t0: number, latestYear: number, targetYear: number): number | null {
  if (!(t0 < latestYear && latestYear < targetYear)) return null;
  return sum + (sum / (latestYear - t0)) * (targetYear - latestYear);
}

/** The level at T that an average annual growth of `targetPercent` from `base` leads to. */
export function growthTargetLevel(base: YearValue, targetPercent: number, targetYear: number): number {
  return base.value * (1 + targetPercent / 100) ** (targetYear - base.year);
}
