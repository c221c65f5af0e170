// A project's frozen evaluation rounds (评估轮次): frozen from the values as they stood at the cut-off, listed, and
// deleted with the reports drafted from them (undoable: restoreRound puts both back).
import { bilingual } from '../../shared/base';
import { freezeRound, progressAtCutoff, RoundError, valuesAtCutoff, type Round, type RoundKind } from '../../shared/round';
import type { PlanevalDb } from './database';
import { newId } from './ids';
import { seedLedgerRow } from './ledger-seed';
import { touchProject } from './projects';
import type { StoredReport } from './reports';
import { StoredProjectValues } from './stored-values';

export interface NewRound {
  name: string;
  kind: RoundKind;
  asOf: number;
  /** 数据截止时点, YYYY-MM-DD. */
  cutoff: string;
}

/** A project's rounds, most recently frozen first. */
export async function listRounds(db: PlanevalDb, projectId: string): Promise<Round[]> {
  const rows = await db.rounds.where('projectId').equals(projectId).toArray();
  return rows.sort((a, b) => b.frozenAt.localeCompare(a.frozenAt));
}

/** One round, or undefined when it no longer exists. */
export async function getRound(db: PlanevalDb, id: string): Promise<Round | undefined> {
  return db.rounds.get(id);
}

/**
 * Freezes a round of the project from its plan, settings, the values as they stood at the cut-off and its ledger with
 * the progress records as they stood then, and stores it. The project is read in one transaction (a consistent
 * picture); nothing is stored when there is nothing to freeze.
 */
export async function freezeProjectRound(db: PlanevalDb, projectId: string, round: NewRound, now: Date = new Date()): Promise<Round> {
  const { project, chunks, batches, ledgerRow, progress } = await db.transaction('r', [db.projects, db.valueChunks, db.batches, db.ledgers, db.progress], async () => ({
    project: await db.projects.get(projectId),
    chunks: await db.valueChunks.where('projectId').equals(projectId).toArray(),
    batches: await db.batches.where('projectId').equals(projectId).toArray(),
    ledgerRow: await db.ledgers.get(projectId),
    progress: await db.progress.where('projectId').equals(projectId).toArray(),
  }));
  if (!project) throw new Error(bilingual('ui.error.projectGone', { id: projectId }));
  const stored = await new StoredProjectValues(projectId, chunks).observations();
  const values = valuesAtCutoff(stored, batches, round.cutoff, round.asOf);
  if (values.length === 0) throw new RoundError('no-round', 'round.error.noValues', { cutoff: round.cutoff, year: round.asOf });
  // A project on a built-in plan whose ledger was never opened has the built-in one.
  const ledger = (ledgerRow ?? seedLedgerRow(project))?.ledger;
  const tasks = ledger ? { ledger, progress: progressAtCutoff(progress, round.cutoff, round.asOf) } : undefined;
  const frozen = await freezeRound({ ...round, id: newId(), projectId, values, plan: project.plan, settings: project.settings, ...(tasks ? { tasks } : {}), now });
  await db.transaction('rw', db.projects, db.rounds, async () => {
    if (!(await db.projects.get(projectId))) throw new Error(bilingual('ui.error.projectGone', { id: projectId }));
    await db.rounds.add(frozen);
    await touchProject(db, projectId, now);
  });
  return frozen;
}

/** A deleted round with the reports that were drafted from it, for restoreRound. */
export interface DeletedRound {
  round: Round;
  reports: StoredReport[];
}

/** Deletes a round and the reports drafted from it or compared with it (they have no other source), in one transaction. */
export async function deleteRound(db: PlanevalDb, id: string): Promise<DeletedRound> {
  return db.transaction('rw', db.projects, db.rounds, db.reports, async () => {
    const round = await db.rounds.get(id);
    if (!round) throw new Error(bilingual('round.error.gone', { id }));
    const reports = await db.reports.where('projectId').equals(round.projectId).filter((r) => r.roundId === id || r.compareRoundId === id).toArray();
    await db.reports.bulkDelete(reports.map((r) => r.id));
    await db.rounds.delete(id);
    await touchProject(db, round.projectId);
    return { round, reports };
  });
}

/** Puts a deleted round and its reports back exactly as they were (undo). */
export async function restoreRound(db: PlanevalDb, deleted: DeletedRound): Promise<void> {
  await db.transaction('rw', db.projects, db.rounds, db.reports, async () => {
    await db.rounds.put(deleted.round);
    await db.reports.bulkPut(deleted.reports);
    await touchProject(db, deleted.round.projectId);
  });
}
