// The indicator score: 100 when achieved, else 100 · clamp(P, 0, 1).

/** s = 100 when achieved, else 100 · clamp(P, 0, 1); null when P is undefined. */
export function indicatorScore(achieved: boolean, completion: number | null): number | null {
  if (achieved) return 100;
  if (completion === null) return null;
  return 100 * Math.min(1, Math.max(0, completion));
}
