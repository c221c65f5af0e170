// An item's story across years, as its page shows it: the records in year order, the timeline of planned milestones
// and stages reached, and every evidence file with the year it supports.
import { STAGES, type Evidence, type LedgerItem, type Stage } from '../../../../shared/ledger';
import type { ProgressRow } from '../../../db';

/** The item's records, earliest year first. */
export function itemHistory(item: LedgerItem, progress: readonly ProgressRow[]): ProgressRow[] {
  return progress.filter((p) => p.itemId === item.id).sort((a, b) => a.year - b.year);
}

export interface TimelineEntry {
  year: number;
  stage: Stage;
  /** planned: a milestone of the ledger; reached: the first year a record gives the stage. */
  kind: 'planned' | 'reached';
}

/** Planned milestones and the first year each stage was reached, by year and then stage order. */
export function timeline(item: LedgerItem, history: readonly ProgressRow[]): TimelineEntry[] {
  const entries: TimelineEntry[] = item.milestones.map((m) => ({ year: m.year, stage: m.stage, kind: 'planned' }));
  const reached = new Set<Stage>();
  for (const record of history) {
    if (record.stage === null || reached.has(record.stage)) continue;
    reached.add(record.stage);
    entries.push({ year: record.year, stage: record.stage, kind: 'reached' });
  }
  return entries.sort((a, b) => a.year - b.year || STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || (a.kind === 'planned' ? -1 : 1));
}

/** Every evidence file of the item with the year it was attached to, latest year first. */
export function itemEvidence(history: readonly ProgressRow[]): { year: number; evidence: Evidence }[] {
  return [...history].reverse().flatMap((record) => record.evidence.map((evidence) => ({ year: record.year, evidence })));
}
