// The .planeval backup format: a zip holding manifest.json, one JSON file per table and the original imported files.

export const BACKUP_FORMAT = 'planeval-backup';
/** The format version this app writes; readBackup upgrades older ones and refuses newer ones. */
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

/** The zip entry holding one table's rows. */
export function tableEntry(table: string): string {
  return `tables/${table}.json`;
}

/** The zip entry holding one original file, named by its SHA-256. */
export function fileEntry(sha256: string): string {
  return `files/${sha256}`;
}

export type BackupScope = 'all' | 'project';

/** One original imported file, as the app stores it. */
export interface BackupFile {
  /** SHA-256 of the bytes, hex: the key provenance refers to (Provenance.fileHash). */
  hash: string;
  name: string;
  size: number;
  bytes: Uint8Array;
  /** ISO 8601 time the file was first imported. */
  firstImportedAt: string;
}

/** What a backup holds: rows per table (JSON values) and the original files. */
export interface BackupContent {
  scope: BackupScope;
  /** The projects the backup holds. */
  projectIds: string[];
  tables: Record<string, unknown[]>;
  files: BackupFile[];
}

export interface ManifestTable {
  rows: number;
  /** SHA-256 of the table's JSON entry. */
  sha256: string;
}

export interface ManifestFile {
  hash: string;
  name: string;
  size: number;
  /** SHA-256 of the files/<hash> entry. */
  sha256: string;
  firstImportedAt: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** ISO 8601. */
  createdAt: string;
  scope: BackupScope;
  projectIds: string[];
  tables: Record<string, ManifestTable>;
  files: ManifestFile[];
}

/** Who wrote the backup and when (recorded in the manifest). */
export interface BackupMeta {
  appVersion: string;
  /** ISO 8601. */
  createdAt: string;
}

/** A backup as read back: its content and its manifest (for showing what it contains). */
export interface OpenedBackup extends BackupContent {
  manifest: BackupManifest;
}

/** Guards against zip bombs and absurd archives when reading. */
export interface BackupLimits {
  /** Total size of all entries once expanded. */
  maxExpandedBytes: number;
  maxEntries: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxExpandedBytes: 2 * 1024 * 1024 * 1024 - 1,
  maxEntries: 100_000,
};
