// The one rule for an incoming value whose place (indicator, region, year) already holds a stored value: the wizard
// lists the places whose values differ, the user keeps or replaces each, and the commit settles every incoming value
// by the same places and decisions.
import { valueKey } from '../base';
import type { DraftObservation, Observation, ValueColumns, ValueRun } from '../model';
import { draftAt } from '../model';

/** What the user chose for an incoming value that disagrees with a stored one. */
export type ConflictDecision = 'keep' | 'replace';

/** Decisions by valueKey; a place without a decision keeps the stored value. */
export type ConflictDecisions = Record<string, ConflictDecision>;

/** One stored value's place: its run and its position there. */
export interface ValuePlace {
  run: number;
  index: number;
}

/** Stored values in runs, with the value at a run's position as the screens show it. */
export interface StoredRuns {
  runs: readonly ValueRun[];
  observationAt(run: number, index: number): Observation;
}

export interface Conflict {
  indicatorId: string;
  region: string;
  year: number;
  /** valueKey of the place: what a decision is recorded under. */
  key: string;
  incoming: DraftObservation;
  /** The place's first stored value. */
  stored: Observation;
}

/** Same values up to binary noise (1 part in 10¹²): a re-import of the same figure is not a conflict. */
export function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** Where each stored value is, by valueKey; built a run at a time. */
export class StoredPlaces {
  private readonly places = new Map<string, ValuePlace[]>();

  /** Adds the values of run number `run`. */
  addRun(values: ValueRun, run: number): void {
    const { indicatorIds, regions, years } = values;
    for (let index = 0; index < years.length; index++) {
      const key = valueKey(indicatorIds.distinct[indicatorIds.indexOf[index]!]!, regions.distinct[regions.indexOf[index]!]!, years[index]!);
      const place = { run, index };
      const list = this.places.get(key);
      if (list) list.push(place);
      else this.places.set(key, [place]);
    }
  }

  static of(runs: readonly ValueRun[]): StoredPlaces {
    const places = new StoredPlaces();
    runs.forEach((run, i) => places.addRun(run, i));
    return places;
  }

  get size(): number {
    return this.places.size;
  }

  at(key: string): readonly ValuePlace[] | undefined {
    return this.places.get(key);
  }

  /** The place holds no stored value any more (its values were replaced). */
  forget(key: string): void {
    this.places.delete(key);
  }
}

/** What the commit does with one incoming value. */
export type Settlement =
  | { action: 'add' }
  /** `same`: every stored value equals the incoming one, which only brings its file's provenance. */
  | { action: 'replace'; places: readonly ValuePlace[]; same: boolean }
  | { action: 'keep' };

/**
 * How an incoming value at place `key` is stored: added where nothing is stored; replacing the stored values where
 * they equal it (the same figure, now sourced from this file: a 示例数据 value confirmed by an official file loses
 * its label) or where the user chose so; and otherwise left out, the stored value kept. `storedValue` reads a
 * stored value at its place.
 */
export function settle(places: StoredPlaces, decisions: ConflictDecisions, key: string, value: number, storedValue: (place: ValuePlace) => number): Settlement {
  const stored = places.at(key);
  if (!stored) return { action: 'add' };
  const same = stored.every((place) => sameValue(storedValue(place), value));
  if (same || decisions[key] === 'replace') {
    places.forget(key);
    return { action: 'replace', places: stored, same };
  }
  return { action: 'keep' };
}

/** Every place where an incoming value differs from the stored one, once per place, in incoming order. */
export function findConflicts(incoming: readonly ValueColumns[], stored: StoredRuns, unitOf: (indicatorId: string) => string): Conflict[] {
  const places = StoredPlaces.of(stored.runs);
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  for (const columns of incoming) {
    const { indicatorIds, regions, years, values } = columns;
    for (let i = 0; i < years.length; i++) {
      const indicatorId = indicatorIds.distinct[indicatorIds.indexOf[i]!]!;
      const region = regions.distinct[regions.indexOf[i]!]!;
      const year = years[i]!;
      const key = valueKey(indicatorId, region, year);
      const at = places.at(key);
      if (!at || seen.has(key)) continue;
      const differing = at.find(({ run, index }) => !sameValue(stored.runs[run]!.values[index]!, values[i]!));
      if (!differing) continue;
      seen.add(key);
      conflicts.push({ indicatorId, region, year, key, incoming: draftAt(columns, i, unitOf), stored: stored.observationAt(differing.run, differing.index) });
    }
  }
  return conflicts;
}
