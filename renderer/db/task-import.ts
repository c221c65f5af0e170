// A filled task template's answers stored as the ledger's progress, in one transaction, and their undo: every record is
// checked by validateProgress against the project's stored ledger; one that fails is not taken and is reported, so
// nothing is ever half written.
import { validateProgress, versionsBefore, type ItemProgress } from '../../shared/ledger';
import type { FieldError } from '../../shared/model';
import { replacesProgress } from '../../shared/templates';
import type { PlanevalDb } from './database';
import { restoreProgress, type ProgressRow, type SavedProgress } from './ledger';
import { touchProject } from './projects';

/** An answer the progress rules refused (or of an item the ledger no longer has): not stored. */
export interface RefusedAnswer {
  itemId: string;
  errors: FieldError[];
}

/** What storing a template's answers did: the records written with those they replaced (for undo), and what was not. */
export interface StoredTaskAnswers {
  projectId: string;
  saved: SavedProgress[];
  refused: RefusedAnswer[];
  /** Unanswered items whose stored record (a rating, or the evaluator's words) was kept. */
  kept: number;
}

/**
 * Stores the records read from a task template. A missing answer never replaces a stored one (replacesProgress); the
 * stored evidence files of an item and year stay with the answer that replaces its record, and the record replaced is
 * kept as its earlier version.
 */
export async function storeTaskAnswers(db: PlanevalDb, projectId: string, records: readonly ItemProgress[]): Promise<StoredTaskAnswers> {
  return db.transaction('rw', db.projects, db.ledgers, db.progress, async () => {
    const items = new Map((await db.ledgers.get(projectId))?.ledger.items.map((i) => [i.id, i]) ?? []);
    const result: StoredTaskAnswers = { projectId, saved: [], refused: [], kept: 0 };
    for (const record of records) {
      const previous = await db.progress.get([projectId, record.itemId, record.year]);
      if (!replacesProgress(record, previous)) {
        result.kept++;
        continue;
      }
      const saved: ProgressRow = { ...structuredClone(record), evidence: previous?.evidence ?? record.evidence, projectId };
      // The record replaced stays behind the answer: a round with an earlier cut-off states it as it stood.
      const earlier = versionsBefore(previous);
      if (earlier) saved.earlier = earlier;
      const item = items.get(record.itemId);
      const errors = item ? validateProgress(item, saved) : [{ field: 'itemId', key: 'ledger.progress.error.item', params: { value: record.itemId } }];
      if (errors.length > 0) {
        result.refused.push({ itemId: record.itemId, errors });
        continue;
      }
      await db.progress.put(saved);
      result.saved.push({ saved, previous });
    }
    if (result.saved.length > 0) await touchProject(db, projectId);
    return result;
  });
}

/** Puts back exactly the records the import replaced, and removes those it added, in one transaction. */
export async function undoTaskAnswers(db: PlanevalDb, stored: StoredTaskAnswers): Promise<void> {
  await db.transaction('rw', db.projects, db.progress, async () => {
    for (const change of stored.saved) await restoreProgress(db, change);
  });
}
