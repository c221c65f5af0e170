// Saving and opening .planeval files through the platform bridge: everything, or one project (a reviewer's copy).
import { bridge } from '@platform/bridge';
import { readBackup, writeBackup, type OpenedBackup } from '../../../shared/backup';
import type { FileFilter } from '../../../shared/ipc';
import type { Project } from '../../../shared/model';
import { backupMeta, db, exportBackup, importProjectCopy } from '../../db';

type T = (key: string, params?: Record<string, string | number>) => string;

/** The file type filter of backup dialogs. */
export function backupFilters(t: T): FileFilter[] {
  return [{ name: t('safety.filter'), extensions: ['planeval'] }];
}

/** A file name safe on every platform: the given words and today's date. */
function fileName(base: string, now: Date): string {
  return `${base.replace(/[\\/:*?"<>|]+/g, '_')}-${now.toISOString().slice(0, 10)}.planeval`;
}

/** Saves a backup of everything; resolves to the file name, or undefined when the user cancelled. */
export async function saveFullBackup(t: T): Promise<string | undefined> {
  const now = new Date();
  const bytes = await writeBackup(await exportBackup(db, { scope: 'all' }), backupMeta(now));
  const suggestedName = fileName(t('safety.backup.fileName'), now);
  const saved = await bridge.saveFile({ suggestedName, bytes, filters: backupFilters(t) });
  return saved.saved ? (saved.path ?? suggestedName) : undefined;
}

/** Saves one project with its data and original files (a reviewer's copy); false when the user cancelled. */
export async function saveProjectCopy(project: Project, t: T): Promise<boolean> {
  const now = new Date();
  const bytes = await writeBackup(await exportBackup(db, { scope: 'project', projectId: project.id }), backupMeta(now));
  return (await bridge.saveFile({ suggestedName: fileName(project.name, now), bytes, filters: backupFilters(t) })).saved;
}

/** Asks for a .planeval file and reads it (verified); undefined when the user cancelled. */
export async function openBackupFile(t: T): Promise<{ name: string; backup: OpenedBackup } | undefined> {
  const [file] = await bridge.openFiles({ title: t('safety.restore.dialogTitle'), filters: backupFilters(t) });
  if (!file) return undefined;
  return { name: file.name, backup: await readBackup(file.bytes, { fileName: file.name }) };
}

/** Asks for a project copy and adds its projects as new ones; resolves to them ([] when cancelled). */
export async function openProjectCopy(t: T): Promise<Project[]> {
  const opened = await openBackupFile(t);
  return opened ? importProjectCopy(db, opened.backup) : [];
}
