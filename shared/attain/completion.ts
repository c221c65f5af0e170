// Completion P (完成度) for level, cumulative and growth indicators.

/** level: P = (x_t − x0) / (x* − x0); null without a baseline value or when x* = x0. */
export function levelCompletion(x0: number | null, latest: number, target: number): number | null {
  if (x0 === null || target === x0) return null;
  return (latest - x0) / (target - x0);
}

/** cumulative: P = Σ v_y (t0 < y ≤ t) / x*; null when x* = 0. */
export function cumulativeCompletion(sum: number, target: number): number | null {
  return target === 0 ? null : sum / target;
}

/** growth: P = CAGR_actual / g*, both in percent; null without an actual CAGR or when g* = 0. */
export function growthCompletion(actualPercent: number | null, targetPercent: number): number | null {
  if (actualPercent === null || targetPercent === 0) return null;
  return actualPercent / targetPercent;
}

/** The running sum of a cumulative indicator: values of the points first ≤ k < end whose year is after t0 and up to `lastYear`. */
export function runningSum(year: Float64Array, value: Float64Array, first: number, end: number, t0: number, lastYear: number): number {
  let sum = 0;
  for (let k = first; k < end; k++) if (year[k] > t0 && year[k] <= lastYear) sum += value[k];
  return sum;
}
