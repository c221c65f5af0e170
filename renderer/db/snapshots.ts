// Automatic snapshots: a backup of the data (without the original files, which are never deleted) taken before
// each destructive action; the last ten are kept and any of them can be restored.
import { readBackup, writeBackup } from '../../shared/backup';
import { backupMeta, exportBackup, restoreBackup } from './backup';
import type { PlanevalDb } from './database';
import { bilingual } from '../../shared/base';

/** The destructive action a snapshot was taken before (shown as safety.reason.<reason>). */
export type SnapshotReason = 'delete-project' | 'undo-import' | 'restore-backup' | 'restore-snapshot';

export interface Snapshot {
  id?: number;
  /** ISO 8601. */
  createdAt: string;
  reason: SnapshotReason;
  /** What the action was about (a project's or file's name), for the list. */
  detail: string;
  /** A .planeval backup of scope 'all'. */
  bytes: Uint8Array;
  size: number;
}

/** A snapshot as listed: everything but its bytes. */
export type SnapshotSummary = Omit<Snapshot, 'bytes' | 'id'> & { id: number };

/** How many snapshots are kept. */
export const SNAPSHOTS_KEPT = 10;

function summary({ bytes: _bytes, ...rest }: Snapshot): SnapshotSummary {
  return rest as SnapshotSummary;
}

/** Saves a snapshot of all data now, and drops the oldest beyond the last ten. */
export async function takeSnapshot(db: PlanevalDb, reason: SnapshotReason, detail = '', now: Date = new Date()): Promise<SnapshotSummary> {
  // The backup is zipped and hashed outside any transaction: IndexedDB commits a transaction that waits on other work.
  const bytes = await writeBackup(await exportBackup(db, { scope: 'all' }, { withFiles: false }), backupMeta(now));
  const table = db.snapshots;
  return db.transaction('rw', table, async () => {
    const row: Snapshot = { createdAt: now.toISOString(), reason, detail, bytes, size: bytes.length };
    const id = await table.add(row);
    const ids = await table.orderBy(':id').primaryKeys();
    await table.bulkDelete(ids.slice(0, Math.max(0, ids.length - SNAPSHOTS_KEPT)));
    return summary({ ...row, id });
  });
}

/** The kept snapshots, newest first. */
export async function listSnapshots(db: PlanevalDb): Promise<SnapshotSummary[]> {
  const rows = await db.snapshots.orderBy(':id').reverse().toArray();
  return rows.map(summary);
}

/** Deletes a snapshot (to free storage). */
export async function deleteSnapshot(db: PlanevalDb, id: number): Promise<void> {
  await db.snapshots.delete(id);
}

/** Takes a snapshot, then runs the destructive `action` (nothing runs when the snapshot cannot be saved). */
export async function withSnapshot<T>(db: PlanevalDb, reason: SnapshotReason, detail: string, action: () => Promise<T>): Promise<T> {
  await takeSnapshot(db, reason, detail);
  return action();
}

/** Replaces all data with a snapshot's, after taking a snapshot of the current data. */
export async function restoreSnapshot(db: PlanevalDb, id: number): Promise<void> {
  const row = await db.snapshots.get(id);
  if (!row) throw new Error(bilingual('safety.error.noSnapshot', { id }));
  const content = await readBackup(row.bytes, { fileName: `snapshot ${row.createdAt}` });
  await withSnapshot(db, 'restore-snapshot', row.createdAt, () => restoreBackup(db, content, 'replace'));
}
