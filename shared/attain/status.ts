// The status table of METHOD.md (first match wins) and the binding-indicator red flag.
import type { Nature, StatusCode, StatusCutoffs } from '../model';
import { roundTo } from './format';

export interface StatusInput {
  hasData: boolean;
  hasTarget: boolean;
  achieved: boolean;
  pace: number | null;
}

/** Pace is compared with the cut-offs at 9 decimals, so that 0.57 / 0.6 = 0.9499999999999998 counts as 0.95. */
const PACE_DECIMALS = 9;

/**
 * The status, first match wins: no-data, monitoring (no numeric target: nothing else can apply), achieved,
 * the pace bands from the cut-offs, and not-assessable when the pace is undefined.
 */
export function statusOf(input: StatusInput, cutoffs: StatusCutoffs): StatusCode {
  if (!input.hasData) return 'no-data';
  if (!input.hasTarget) return 'monitoring';
  if (input.achieved) return 'achieved';
  if (input.pace === null) return 'not-assessable';
  const q = roundTo(input.pace, PACE_DECIMALS);
  if (q >= cutoffs.ahead) return 'ahead';
  if (q >= cutoffs.onTrack) return 'on-track';
  if (q >= cutoffs.lagging) return 'lagging';
  if (q >= cutoffs.seriouslyLagging) return 'seriously-lagging';
  if (q >= cutoffs.stagnant) return 'stagnant';
  return 'regressing';
}

/** The pace statuses below on-track. */
export const BELOW_ON_TRACK: readonly StatusCode[] = ['lagging', 'seriously-lagging', 'stagnant', 'regressing'];

/** Statuses that mean progress cannot be shown at all. */
export const UNSHOWN_PROGRESS: readonly StatusCode[] = ['no-data', 'not-assessable'];

/**
 * A binding (约束性) indicator is a red flag when its pace is below on-track, and, for the whole area,
 * also when its progress cannot be shown (no data, not assessable): a binding target has to be
 * demonstrably met. Regions are not flagged for being unassessable, since they carry no target of their own.
 */
export function isRedFlag(nature: Nature, status: StatusCode, wholeArea: boolean): boolean {
  if (nature !== 'binding') return false;
  return BELOW_ON_TRACK.includes(status) || (wholeArea && UNSHOWN_PROGRESS.includes(status));
}
