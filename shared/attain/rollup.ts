// Category and overall roll-ups: weighted mean score, coverage and status counts.
import { STATUS_CODES, type RollUp, type StatusCode, type StatusCounts } from '../model';
import { roundTo } from './format';

export interface RollUpItem {
  status: StatusCode;
  score: number | null;
  weight: number;
  /** No numeric target: counted, but kept out of the score and the coverage. */
  monitoring: boolean;
}

/**
 * Weighted mean of the scores that exist; coverage = weight with a score ÷ all weight of indicators with a
 * target; the score is null below `coverageThreshold` (rawScore keeps the mean). Counts list every status.
 */
export function rollUp(items: readonly RollUpItem[], coverageThreshold: number): RollUp {
  const counts: StatusCounts = Object.fromEntries(STATUS_CODES.map((code) => [code, 0]));
  let allWeight = 0;
  let scoredWeight = 0;
  let weightedSum = 0;
  for (const item of items) {
    counts[item.status] = (counts[item.status] ?? 0) + 1;
    if (item.monitoring) continue;
    allWeight += item.weight;
    if (item.score === null) continue;
    scoredWeight += item.weight;
    weightedSum += item.weight * item.score;
  }
  const coverage = allWeight > 0 ? scoredWeight / allWeight : 0;
  const rawScore = scoredWeight > 0 ? weightedSum / scoredWeight : null;
  // Coverage is compared without floating-point noise, so that weights of 0.1 adding up to 0.8 count as 80 %.
  const score = rawScore !== null && roundTo(coverage, 9) >= coverageThreshold ? rawScore : null;
  return { score, rawScore, coverage, counts };
}
