// Incoming values that disagree with stored ones for the same indicator, region and year.
import type { Observation } from '../model';
import type { DraftObservation } from './types';

/** An incoming value in either shape: a draft from mapTable or an observation ready to store. */
export type IncomingObservation = DraftObservation | Pick<Observation, 'indicatorId' | 'region' | 'year' | 'value'>;

export interface Conflict {
  indicatorId: string;
  region: string;
  year: number;
  incoming: IncomingObservation;
  stored: Observation;
}

function indicatorOf(o: IncomingObservation): string {
  return 'indicatorId' in o ? o.indicatorId : o.indicator;
}

const key = (indicator: string, region: string, year: number) => `${indicator}\u0000${region}\u0000${year}`;

/** Same values up to binary noise (1 part in 10¹²): a re-import of the same figure is not a conflict. */
function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** Every incoming value whose indicator, region and year already hold a different stored value. */
export function findConflicts(incoming: Iterable<IncomingObservation>, stored: Observation[]): Conflict[] {
  const byKey = new Map<string, Observation[]>();
  for (const s of stored) {
    const k = key(s.indicatorId, s.region, s.year);
    const list = byKey.get(k);
    if (list) list.push(s);
    else byKey.set(k, [s]);
  }
  const conflicts: Conflict[] = [];
  for (const o of incoming) {
    const indicatorId = indicatorOf(o);
    for (const s of byKey.get(key(indicatorId, o.region, o.year)) ?? []) {
      if (!sameValue(s.value, o.value)) conflicts.push({ indicatorId, region: o.region, year: o.year, incoming: o, stored: s });
    }
  }
  return conflicts;
}
