// The Dexie schema, one entry per version: adding a version means appending to SCHEMA_VERSIONS, its upgrade (if it
// rewrites rows) in upgrades/, and its test in tests/renderer/db-migrations.test.ts. Never edit a shipped entry.
import type { Transaction } from 'dexie';
import { upgradeToValueChunks } from './upgrades';

export const DATABASE_NAME = 'planeval';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: primary key first, then indexes. */
  stores: Record<string, string | null>;
  /** Rewrites rows written by the previous version, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      projects: 'id, name, updatedAt',
      observations: '++id, projectId, batchId, [projectId+indicatorId+region+year]',
      batches: 'id, projectId, importedAt',
      meta: 'key',
      reports: 'id, projectId, updatedAt',
    },
  },
  {
    // Keeps the original bytes of every imported file (by SHA-256) and the automatic snapshots (backups),
    // and the data-collection templates sent to departments (the tracker of the 数据采集 tab).
    version: 2,
    stores: {
      files: 'hash',
      snapshots: '++id, createdAt',
      templates: 'id, projectId',
    },
  },
  {
    // Values in chunks of one batch (value-chunks.ts) instead of one row each: a project of 240,000 values is
    // read and written as a hundred records. The rows of version 2 move into chunks, keeping their ids.
    version: 3,
    stores: {
      observations: null,
      valueChunks: '++id, projectId, batchId, maxId',
    },
    upgrade: upgradeToValueChunks,
  },
  {
    // Frozen evaluation rounds (评估轮次), each with its copy of the plan, settings and values and its evaluation
    // (shared/round). A new table: nothing earlier is rewritten.
    version: 4,
    stores: {
      rounds: 'id, projectId, frozenAt',
    },
  },
  {
    // Each project's task ledger (a copy of its plan's built-in one, seeded when the project is created or first
    // opened) and the progress of each item per evaluation year; evidence files go to the files store. Nothing older
    // is rewritten.
    version: 5,
    stores: {
      ledgers: 'projectId',
      progress: '[projectId+itemId+year], projectId',
    },
  },
];

/** The newest schema version. */
export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
