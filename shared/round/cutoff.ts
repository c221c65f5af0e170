// The values as they stood at a round's cut-off (数据截止时点): what was imported by then, as it was then.
import { progressRecord, type ItemProgress, type KeptProgress } from '../ledger';
import type { ImportBatch, Observation } from '../model';
import { RoundError } from './errors';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first instant after the cut-off day, in the local time of whoever freezes (an evaluator's "31 March" is
 * their own day, not UTC's): a value imported before it is in the round.
 */
export function cutoffEnd(cutoff: string): number {
  const match = DATE.exec(cutoff);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const start = new Date(year, month - 1, day);
  if (!match || start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== day) throw new RoundError('bad-cutoff', 'round.error.cutoff', { value: cutoff });
  return new Date(year, month - 1, day + 1).getTime();
}

/** Today in local time, YYYY-MM-DD: the cut-off a form starts with. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const importedBy = (o: Observation, end: number) => Date.parse(o.source.importedAt) < end;

/**
 * The values of a project as they were at the end of `cutoff`, up to year `asOf`, in the engine's order: the stored
 * values imported by then (in their stored order), then the values that imports after the cut-off replaced
 * (初步数 later revised to 核实数) and that had been imported by then: those were the values at the cut-off.
 */
export function valuesAtCutoff(stored: readonly Observation[], batches: readonly ImportBatch[], cutoff: string, asOf: number): Observation[] {
  const end = cutoffEnd(cutoff);
  const inRound = (o: Observation) => o.year <= asOf && importedBy(o, end);
  const values = stored.filter(inRound);
  const later = batches.filter((b) => Date.parse(b.importedAt) >= end).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  // Of a chain of replacements after the cut-off, only the value imported before it qualifies; the first later batch
  // to have replaced a place holds it.
  for (const batch of later) for (const o of batch.replaced) if (inRound(o)) values.push(o);
  return values;
}

/**
 * Each item's progress record of a year up to `asOf` as it stood at the end of `cutoff`: the latest version saved by
 * then (a record saved again later is taken as it was before; one first saved later is not in the round).
 */
export function progressAtCutoff(kept: readonly KeptProgress[], cutoff: string, asOf: number): ItemProgress[] {
  const end = cutoffEnd(cutoff);
  const standing: ItemProgress[] = [];
  for (const row of kept) {
    if (row.year > asOf) continue;
    const version = [...(row.earlier ?? []), row].filter((v) => Date.parse(v.updatedAt) < end).at(-1);
    if (version) standing.push(progressRecord(version));
  }
  return standing;
}
