// Time progress S (时序进度) at the latest data year, and pace Q = P / S.

/**
 * S = (t − t0) / (T − t0), capped at 1 once the target year has passed. Null when T ≤ t0 or when the
 * latest data predate t0, since no share of the period has then elapsed.
 */
export function timeProgress(latestYear: number, t0: number, targetYear: number): number | null {
  if (targetYear <= t0 || latestYear < t0) return null;
  return Math.min(1, (latestYear - t0) / (targetYear - t0));
}

/** Q = P / S when S > 0. */
export function pace(completion: number | null, progress: number | null): number | null {
  if (completion === null || progress === null || progress <= 0) return null;
  return completion / progress;
}
