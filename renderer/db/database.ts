// The app's one IndexedDB database (Dexie), built from the versions in schema.ts.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ImportBatch, Project } from '../../shared/model';
import type { Round } from '../../shared/round';
import type { StoredFile } from './files';
import type { ProgressRow } from './ledger';
import type { StoredLedger } from './ledger-seed';
import type { StoredReport } from './reports';
import { DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { Snapshot } from './snapshots';
import type { SentTemplateRow } from './templates';
import type { ValueChunk } from './value-chunks';

/** A key/value row for small app-wide settings (language, whether the sample was created…). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** The database with every table of the newest schema version. */
export type PlanevalDb = Dexie & {
  projects: EntityTable<Project, 'id'>;
  valueChunks: EntityTable<ValueChunk, 'id'>;
  batches: EntityTable<ImportBatch, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  reports: EntityTable<StoredReport, 'id'>;
  files: Table<StoredFile, string>;
  snapshots: EntityTable<Snapshot, 'id'>;
  templates: EntityTable<SentTemplateRow, 'id'>;
  rounds: EntityTable<Round, 'id'>;
  ledgers: EntityTable<StoredLedger, 'projectId'>;
  progress: Table<ProgressRow, [string, string, number]>;
};

/** Opens (lazily) a database with the given schema versions; tests pass older version lists. */
export function createDatabase(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): PlanevalDb {
  const db = new Dexie(name) as PlanevalDb;
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}
