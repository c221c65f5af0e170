// The original bytes of every imported file, kept by SHA-256 so that a value's source cell can be shown from the file itself.
import type { BackupFile } from '../../shared/backup';
import type { PlanevalDb } from './database';

/** One original file: { hash, name, size, bytes, firstImportedAt }. */
export type StoredFile = BackupFile;

/**
 * Keeps a file's original bytes under its SHA-256 (`hash`, as in Provenance.fileHash). Call it inside the
 * import's commit transaction (with db.files in its scope) so that values and their file land together.
 * A file imported again keeps its first name and time.
 */
export async function storeOriginalFile(db: PlanevalDb, file: { name: string; bytes: Uint8Array; hash: string }, now: Date = new Date()): Promise<StoredFile> {
  const stored = await db.files.get(file.hash);
  if (stored) return stored;
  const row: StoredFile = { hash: file.hash, name: file.name, size: file.bytes.length, bytes: file.bytes, firstImportedAt: now.toISOString() };
  await db.files.add(row);
  return row;
}

/** The original file with this SHA-256, or undefined when it was never kept (imports made before version 2). */
export async function getOriginalFile(db: PlanevalDb, hash: string): Promise<StoredFile | undefined> {
  return db.files.get(hash);
}

/** The SHA-256 of every original file kept, to offer "open the original" only where it can work. */
export async function listOriginalHashes(db: PlanevalDb): Promise<Set<string>> {
  return new Set(await db.files.toCollection().primaryKeys());
}
