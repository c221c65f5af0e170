// Required effort for the rest of the period (METHOD.md 6.): 年均需增长 or 每年需提高.
import type { ProjectionMethod, RequiredEffort } from '../model';

/** cagr: (x* / x_t)^(1/(T − t)) − 1; linear: (x* − x_t) / (T − t). Null when no year is left. */
export function requiredLevelEffort(
  method: ProjectionMethod,
  latest: number,
  latestYear: number,
  target: number,
  targetYear: number,
): RequiredEffort | null {
  const remaining = targetYear - latestYear;
  if (remaining <= 0) return null;
  const value = method === 'cagr' ? (target / latest) ** (1 / remaining) - 1 : (target - latest) / remaining;
  return { method, value };
}

/** cumulative: (x* − running sum) / (T − t) per year. Null when no year is left. */
export function requiredCumulativeEffort(sum: number, latestYear: number, target: number, targetYear: number): RequiredEffort | null {
  const remaining = targetYear - latestYear;
  if (remaining <= 0) return null;
  return { method: 'cumulative', value: (target - sum) / remaining };
}
