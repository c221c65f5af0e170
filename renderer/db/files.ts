// The original bytes of every imported file, kept by SHA-256 so that a value's source cell can be shown from the file itself.
import type { Table } from 'dexie';
import type { BackupFile } from '../../shared/backup';
import type { PlanevalDb } from './database';

/** One original file: { hash, name, size, bytes, firstImportedAt }. */
export type StoredFile = BackupFile;

/** The `files` table (schema version 2); this module and backup.ts are its only readers and writers. */
export function filesTable(db: PlanevalDb): Table<StoredFile, string> {
  return db.table<StoredFile, string>('files');
}

/**
 * Keeps a file's original bytes under its SHA-256 (`hash`, as in Provenance.fileHash). Call it inside the
 * import's commit transaction (with filesTable(db) in its scope) so that values and their file land together.
 * A file imported again keeps its first name and time.
 */
export async function storeOriginalFile(db: PlanevalDb, file: { name: string; bytes: Uint8Array; hash: string }, now: Date = new Date()): Promise<StoredFile> {
  const table = filesTable(db);
  const stored = await table.get(file.hash);
  if (stored) return stored;
  const row: StoredFile = { hash: file.hash, name: file.name, size: file.bytes.length, bytes: file.bytes, firstImportedAt: now.toISOString() };
  await table.add(row);
  return row;
}

/** The original file with this SHA-256, or undefined when it was never kept (imports made before version 2). */
export async function getOriginalFile(db: PlanevalDb, hash: string): Promise<StoredFile | undefined> {
  return filesTable(db).get(hash);
}
