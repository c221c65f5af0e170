// A project's ledger (its own copy of the plan's tasks, platforms and projects) and the progress recorded for each
// item and evaluation year; evidence files are kept by SHA-256 in the files store beside imported spreadsheets.
import { PlanevalError, sha256Hex } from '../../shared/base';
import { evidenceType, validateProgress, versionsBefore, type Evidence, type ItemProgress, type KeptProgress, type Ledger } from '../../shared/ledger';
import type { FieldError } from '../../shared/model';
import type { PlanevalDb } from './database';
import { storeOriginalFile } from './files';
import { seedLedgerRow } from './ledger-seed';
import { touchProject } from './projects';

/** One item's progress in one year, keyed by [projectId+itemId+year], with the versions it replaced. */
export type ProgressRow = KeptProgress & { projectId: string };

/** A file chosen or dropped as evidence, not yet stored. */
export interface NewEvidence {
  name: string;
  bytes: Uint8Array;
}

/** A progress record that breaks the rules of validateProgress: nothing was written. */
export class ProgressRefused extends PlanevalError<'progress-refused'> {
  constructor(readonly errors: FieldError[]) {
    super('progress-refused', errors[0]!.key, errors[0]!.params);
  }
}

/**
 * The project's ledger; a project on a built-in plan created before ledgers were kept gets its copy of the built-in
 * one now. Null when the project has no ledger (a plan read from a spreadsheet, until a 分工方案 is imported).
 */
export async function projectLedger(db: PlanevalDb, projectId: string): Promise<Ledger | null> {
  return db.transaction('rw', db.projects, db.ledgers, async () => {
    const stored = await db.ledgers.get(projectId);
    if (stored) return stored.ledger;
    const project = await db.projects.get(projectId);
    const seed = project ? seedLedgerRow(project) : null;
    if (!seed) return null;
    await db.ledgers.add(seed);
    return seed.ledger;
  });
}

/** Every progress record of the project, all items and years. */
export async function listProgress(db: PlanevalDb, projectId: string): Promise<ProgressRow[]> {
  return db.progress.where('projectId').equals(projectId).toArray();
}

/** What a save changed: the record now stored and the one it replaced (for undo). */
export interface SavedProgress {
  saved: ProgressRow;
  previous: ProgressRow | undefined;
}

/**
 * Saves an item's progress for a year with the files newly attached to it, in one transaction: the record is checked
 * by validateProgress (with the new files among its evidence) and, when it fails, ProgressRefused is thrown and
 * nothing is written, neither the record nor its files. A file attached twice is kept once.
 */
export async function saveProgress(db: PlanevalDb, projectId: string, progress: ItemProgress, added: NewEvidence[] = [], now: Date = new Date()): Promise<SavedProgress> {
  const at = now.toISOString();
  // Hashed before the transaction: IndexedDB commits a transaction that waits on other work.
  const files = await Promise.all(added.map(async (f) => ({ ...f, hash: await sha256Hex(f.bytes) })));
  const evidence: Evidence[] = [...progress.evidence];
  for (const f of files) {
    if (evidence.some((e) => e.hash === f.hash)) continue;
    evidence.push({ hash: f.hash, name: f.name, type: evidenceType(f.name) ?? '', size: f.bytes.length, addedAt: at });
  }
  const { earlier: _earlier, ...record } = structuredClone(progress as KeptProgress);
  const saved: ProgressRow = { ...record, evidence, updatedAt: at, projectId };
  return db.transaction('rw', [db.projects, db.ledgers, db.progress, db.files], async () => {
    const item = (await db.ledgers.get(projectId))?.ledger.items.find((i) => i.id === progress.itemId);
    if (!item) throw new ProgressRefused([{ field: 'itemId', key: 'ledger.progress.error.item', params: { value: progress.itemId } }]);
    const errors = validateProgress(item, saved);
    if (errors.length > 0) throw new ProgressRefused(errors);
    const previous = await db.progress.get([projectId, progress.itemId, progress.year]);
    const earlier = versionsBefore(previous);
    if (earlier) saved.earlier = earlier;
    for (const f of files) await storeOriginalFile(db, f, now);
    await db.progress.put(saved);
    await touchProject(db, projectId, now);
    return { saved, previous };
  });
}

/**
 * Puts back the record a save replaced (or removes the saved one when there was none): the undo of saveProgress.
 * Evidence files stay stored, as original files always do.
 */
export async function restoreProgress(db: PlanevalDb, { saved, previous }: SavedProgress): Promise<void> {
  await db.transaction('rw', db.projects, db.progress, async () => {
    if (previous) await db.progress.put(previous);
    else await db.progress.delete([saved.projectId, saved.itemId, saved.year]);
    await touchProject(db, saved.projectId);
  });
}
