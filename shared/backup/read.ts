// readBackup: the bytes of a .planeval file back to its content, refusing anything damaged, foreign, too new or too large.
import { unzipSync } from 'fflate';
import { BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DEFAULT_BACKUP_LIMITS, MANIFEST_ENTRY, fileEntry, tableEntry, type BackupFile, type BackupLimits, type BackupManifest, type OpenedBackup } from './format';
import { upgradeBackup, type BackupUpgradeStep } from './upgrade';
import { sha256Hex } from '../base';

export interface ReadBackupOptions {
  /** Named in error messages. */
  fileName?: string;
  limits?: Partial<BackupLimits>;
  /** The upgrade steps for older formats (tests pass their own). */
  upgrades?: readonly BackupUpgradeStep[];
}

const MB = 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Entry name → declared expanded size, read from the central directory without inflating anything. */
function listEntries(bytes: Uint8Array, file: string, limits: BackupLimits): Map<string, number> {
  const sizes = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(entry) {
        sizes.set(entry.name, entry.originalSize);
        total += entry.originalSize;
        return false;
      },
    });
  } catch {
    throw new BackupError('not-a-zip', { file });
  }
  if (sizes.size === 0) throw new BackupError('not-a-zip', { file });
  if (total > limits.maxExpandedBytes || sizes.size > limits.maxEntries) {
    throw new BackupError('too-large', { file, size: (total / MB).toFixed(1), limit: (limits.maxExpandedBytes / MB).toFixed(1) });
  }
  return sizes;
}

/** One entry's bytes; a stream that does not inflate is damage, reported as a checksum mismatch of that entry. */
function inflateEntry(bytes: Uint8Array, entry: string, sizes: Map<string, number>, file: string): Uint8Array {
  if (!sizes.has(entry)) throw new BackupError('missing-entry', { file, entry });
  let out: Uint8Array | undefined;
  try {
    out = unzipSync(bytes, { filter: (e) => e.name === entry })[entry];
  } catch {
    throw new BackupError('checksum-mismatch', { file, entry });
  }
  if (!out) throw new BackupError('missing-entry', { file, entry });
  return out;
}

async function verifiedEntry(bytes: Uint8Array, entry: string, sha256: string, sizes: Map<string, number>, file: string): Promise<Uint8Array> {
  const data = inflateEntry(bytes, entry, sizes, file);
  if ((await sha256Hex(data)) !== sha256) throw new BackupError('checksum-mismatch', { file, entry });
  return data;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

function readManifest(bytes: Uint8Array, sizes: Map<string, number>, file: string): BackupManifest {
  if (!sizes.has(MANIFEST_ENTRY)) throw new BackupError('not-a-backup', { file });
  let manifest: unknown;
  try {
    manifest = JSON.parse(decoder.decode(unzipSync(bytes, { filter: (e) => e.name === MANIFEST_ENTRY })[MANIFEST_ENTRY]));
  } catch {
    throw new BackupError('not-a-backup', { file });
  }
  if (!isRecord(manifest) || manifest.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup', { file });
  const version = manifest.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new BackupError('malformed', { file, detail: `formatVersion ${JSON.stringify(version)}` });
  }
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError('newer-format', { file, version, supported: BACKUP_FORMAT_VERSION });
  const malformed = (detail: string) => new BackupError('malformed', { file, detail: `manifest.json: ${detail}` });
  if (manifest.scope !== 'all' && manifest.scope !== 'project') throw malformed('scope');
  if (!Array.isArray(manifest.projectIds) || !manifest.projectIds.every(isText)) throw malformed('projectIds');
  if (!isText(manifest.appVersion) || !isText(manifest.createdAt)) throw malformed('appVersion/createdAt');
  if (!isRecord(manifest.tables)) throw malformed('tables');
  for (const [name, table] of Object.entries(manifest.tables)) {
    if (!/^[a-z][A-Za-z0-9-]*$/.test(name) || !isRecord(table) || typeof table.rows !== 'number' || !isText(table.sha256)) throw malformed(`tables.${name}`);
  }
  if (!Array.isArray(manifest.files)) throw malformed('files');
  for (const [i, f] of manifest.files.entries()) {
    if (!isRecord(f) || !isText(f.hash) || !/^[0-9a-f]{64}$/.test(String(f.sha256)) || !isText(f.name) || typeof f.size !== 'number' || !isText(f.firstImportedAt)) {
      throw malformed(`files[${i}]`);
    }
  }
  return manifest as unknown as BackupManifest;
}

/**
 * Reads and verifies a .planeval file: every table and file entry must be present and match its SHA-256,
 * and the total expanded size must stay under the limit (checked before anything is inflated).
 * Backups of an older format are upgraded. Throws BackupError, never returns partial content.
 */
export async function readBackup(bytes: Uint8Array, options: ReadBackupOptions = {}): Promise<OpenedBackup> {
  const file = options.fileName ?? 'backup';
  const limits = { ...DEFAULT_BACKUP_LIMITS, ...options.limits };
  const sizes = listEntries(bytes, file, limits);
  const manifest = readManifest(bytes, sizes, file);

  const tables: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(manifest.tables)) {
    const entry = tableEntry(name);
    const data = await verifiedEntry(bytes, entry, table.sha256, sizes, file);
    let rows: unknown;
    try {
      rows = JSON.parse(decoder.decode(data));
    } catch {
      throw new BackupError('malformed', { file, detail: entry });
    }
    if (!Array.isArray(rows) || rows.length !== table.rows) throw new BackupError('malformed', { file, detail: `${entry}: ${table.rows} rows expected` });
    tables[name] = rows;
  }

  const files: BackupFile[] = [];
  for (const f of manifest.files) {
    const entry = fileEntry(f.sha256);
    const data = await verifiedEntry(bytes, entry, f.sha256, sizes, file);
    // The file is kept under its own SHA-256; a different key would point provenance at the wrong bytes.
    if (f.hash !== f.sha256 || data.length !== f.size) throw new BackupError('checksum-mismatch', { file, entry });
    files.push({ hash: f.hash, name: f.name, size: f.size, bytes: data, firstImportedAt: f.firstImportedAt });
  }

  const opened: OpenedBackup = { scope: manifest.scope, projectIds: manifest.projectIds, tables, files, manifest };
  return upgradeBackup(opened, options.upgrades, BACKUP_FORMAT_VERSION, file);
}
