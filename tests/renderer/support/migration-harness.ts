// Opens the app's database at an older schema version, writes rows, then reopens it at a newer one,
// the way a user's install upgrades: the test then checks what the rows look like afterwards.
import { createDatabase, type PlanevalDb } from '../../../renderer/db/database';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema';

let counter = 0;

/** A database name no other test uses (fake-indexeddb keeps databases for the whole run). */
export function freshDatabaseName(prefix = 'planeval-test'): string {
  counter += 1;
  return `${prefix}-${counter}-${globalThis.crypto.randomUUID()}`;
}

/** The app's database, current schema, opened under a name no other test uses. */
export async function openFreshDatabase(): Promise<PlanevalDb> {
  const db = createDatabase(freshDatabaseName());
  await db.open();
  return db;
}

/** The database defined by the schema versions up to and including `version`. */
export function databaseAtVersion(name: string, version: number): PlanevalDb {
  const versions = SCHEMA_VERSIONS.filter((v) => v.version <= version);
  if (versions.length === 0 || versions[versions.length - 1]!.version !== version) throw new Error(`No schema version ${version}`);
  return createDatabase(name, versions);
}

/**
 * Writes rows with the schema at `from`, closes, and returns the database reopened at `to`
 * (the caller closes it). `write` receives the old database and should await its writes.
 */
export async function upgrade(from: number, to: number, write: (old: PlanevalDb) => Promise<void>, name = freshDatabaseName()): Promise<PlanevalDb> {
  const old = databaseAtVersion(name, from);
  await old.open();
  await write(old);
  old.close();
  const current = databaseAtVersion(name, to);
  await current.open();
  return current;
}
