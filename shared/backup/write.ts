// writeBackup: a backup's content to the bytes of a .planeval file (zip + manifest with checksums).
import { zipSync, type Zippable } from 'fflate';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, fileEntry, tableEntry, type BackupContent, type BackupManifest, type BackupMeta } from './format';
import { sha256Hex } from '../base';

const encoder = new TextEncoder();

/** The .planeval bytes for `content`; every table and file entry gets its SHA-256 in the manifest. */
export async function writeBackup(content: BackupContent, meta: BackupMeta): Promise<Uint8Array> {
  const entries: Zippable = {};
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    scope: content.scope,
    projectIds: [...content.projectIds],
    tables: {},
    files: [],
  };
  for (const [table, rows] of Object.entries(content.tables)) {
    const bytes = encoder.encode(JSON.stringify(rows));
    entries[tableEntry(table)] = bytes;
    manifest.tables[table] = { rows: rows.length, sha256: await sha256Hex(bytes) };
  }
  for (const file of content.files) {
    const sha256 = await sha256Hex(file.bytes);
    entries[fileEntry(sha256)] = file.bytes;
    manifest.files.push({ hash: file.hash, name: file.name, size: file.bytes.length, sha256, firstImportedAt: file.firstImportedAt });
  }
  entries[MANIFEST_ENTRY] = encoder.encode(JSON.stringify(manifest, null, 2));
  return zipSync(entries);
}
