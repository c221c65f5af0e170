// Backups of the database: export everything or one project, restore (replace or merge) in one transaction,
// and import a reviewer's copy of a project. Files on disk are written and read with shared/backup.
import type { Table } from 'dexie';
import { BackupError, type BackupContent, type BackupMeta } from '../../shared/backup';
import { bilingual } from '../../shared/base';
import { t } from '../../shared/i18n';
import { YEAR_SOURCES, type ImportBatch, type Observation, type Project, type YearSource } from '../../shared/model';
import { roundFromRow, roundToRow, type Round } from '../../shared/round';
import type { MetaRow, PlanevalDb } from './database';
import type { StoredFile } from './files';
import { newId } from './ids';
import type { ProgressRow } from './ledger';
import type { StoredLedger } from './ledger-seed';
import type { StoredReport } from './reports';
import type { SentTemplateRow } from './templates';
import { readProjectValues, storeValues, unpackChunks } from './value-chunks';

declare const __APP_VERSION__: string | undefined;
// Defined by the Vite builds; tests run without it.
const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** The tables a backup holds as JSON, in the order they are restored. Snapshots are never backed up. */
export const BACKUP_TABLES = ['projects', 'batches', 'observations', 'reports', 'templates', 'ledgers', 'progress', 'meta', 'rounds'] as const;

/** What to back up: everything, or one project (a reviewer's copy). */
export type ExportScope = { scope: 'all' } | { scope: 'project'; projectId: string };

export interface ExportOptions {
  /** Include the original imported files (default true; snapshots leave them out because they are never deleted). */
  withFiles?: boolean;
}

/** What the manifest records about this app and the time of the backup. */
export function backupMeta(now: Date = new Date()): BackupMeta {
  return { appVersion: APP_VERSION, createdAt: now.toISOString() };
}

/** Every table a restore writes, for one transaction's scope. */
function restoreScope(db: PlanevalDb): Table[] {
  return [db.projects, db.batches, db.valueChunks, db.reports, db.templates, db.ledgers, db.progress, db.meta, db.files, db.rounds];
}

/** The hashes of the files a project's values and imports came from, and of its evidence files. */
function referencedFiles(batches: ImportBatch[], observations: Observation[], progress: ProgressRow[]): string[] {
  const hashes = new Set<string>();
  for (const b of batches) {
    hashes.add(b.fileHash);
    for (const o of [...b.replaced, ...(b.kept ?? [])]) hashes.add(o.source.fileHash);
  }
  for (const o of observations) hashes.add(o.source.fileHash);
  for (const p of progress) for (const version of [p, ...(p.earlier ?? [])]) for (const e of version.evidence) hashes.add(e.hash);
  return [...hashes];
}

/** Reads what a backup of `what` holds, in one read transaction (a consistent picture). */
export async function exportBackup(db: PlanevalDb, what: ExportScope, options: ExportOptions = {}): Promise<BackupContent> {
  const withFiles = options.withFiles ?? true;
  return db.transaction('r', restoreScope(db), async () => {
    if (what.scope === 'all') {
      const projects = await db.projects.toArray();
      const content: BackupContent = {
        scope: 'all',
        projectIds: projects.map((p) => p.id),
        tables: {
          projects,
          batches: await db.batches.toArray(),
          observations: unpackChunks(await db.valueChunks.toArray()),
          reports: await db.reports.toArray(),
          templates: await db.templates.toArray(),
          ledgers: await db.ledgers.toArray(),
          progress: await db.progress.toArray(),
          meta: await db.meta.toArray(),
          rounds: (await db.rounds.toArray()).map(roundToRow),
        },
        files: withFiles ? await db.files.toArray() : [],
      };
      return content;
    }
    const project = await db.projects.get(what.projectId);
    if (!project) throw new Error(bilingual('ui.error.projectGone', { id: what.projectId }));
    const batches = await db.batches.where('projectId').equals(project.id).toArray();
    const observations = await readProjectValues(db.valueChunks, project.id);
    const progress = await db.progress.where('projectId').equals(project.id).toArray();
    const files = withFiles ? (await db.files.bulkGet(referencedFiles(batches, observations, progress))).filter((f): f is StoredFile => f !== undefined) : [];
    return {
      scope: 'project',
      projectIds: [project.id],
      tables: {
        projects: [project],
        batches,
        observations,
        reports: await db.reports.where('projectId').equals(project.id).toArray(),
        templates: await db.templates.where('projectId').equals(project.id).toArray(),
        ledgers: await db.ledgers.where('projectId').equals(project.id).toArray(),
        progress,
        meta: [],
        rounds: (await db.rounds.where('projectId').equals(project.id).toArray()).map(roundToRow),
      },
      files,
    };
  });
}

interface BackupRows {
  projects: Project[];
  batches: ImportBatch[];
  observations: Observation[];
  reports: StoredReport[];
  templates: SentTemplateRow[];
  ledgers: StoredLedger[];
  progress: ProgressRow[];
  meta: MetaRow[];
  rounds: Round[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasStrings = (row: Record<string, unknown>, fields: readonly string[]) => fields.every((f) => typeof row[f] === 'string');

/**
 * Checks the rows are shaped like this app's rows (a replace loads them exactly as they are); a round must still have
 * its hash. Runs before the restore's transaction: hashing is asynchronous work IndexedDB would not wait for.
 */
async function checkedRows(content: BackupContent): Promise<BackupRows> {
  const fail = (detail: string) => new BackupError('malformed', { detail });
  const table = (name: string, required: boolean): Record<string, unknown>[] => {
    const rows = content.tables[name];
    if (rows === undefined && !required) return [];
    if (!Array.isArray(rows)) throw fail(`table ${name} is missing`);
    rows.forEach((row, i) => {
      if (!isRecord(row)) throw fail(`${name}[${i}] is not a row`);
    });
    return rows as Record<string, unknown>[];
  };
  const projects = table('projects', true);
  projects.forEach((p, i) => {
    if (typeof p.id !== 'string' || typeof p.name !== 'string' || !isRecord(p.plan)) throw fail(`projects[${i}]`);
  });
  const batches = table('batches', true);
  batches.forEach((b, i) => {
    if (typeof b.id !== 'string' || typeof b.projectId !== 'string' || !Array.isArray(b.replaced)) throw fail(`batches[${i}]`);
  });
  const observations = table('observations', true);
  observations.forEach((o, i) => {
    // Values are stored in columns (value-chunks.ts): every field a column holds must have its type.
    if (
      !hasStrings(o, ['projectId', 'batchId', 'indicatorId', 'region']) ||
      typeof o.year !== 'number' ||
      typeof o.value !== 'number' ||
      !isRecord(o.source) ||
      !hasStrings(o.source, ['fileName', 'fileHash', 'sheet', 'cell', 'rawText', 'importedAt'])
    ) {
      throw fail(`observations[${i}]`);
    }
    // The optional fields too: a value's provenance is shown and reported as it is restored.
    const optional: [string, unknown, (v: unknown) => boolean][] = [
      ['source.shownValue', o.source.shownValue, (v) => typeof v === 'number' && Number.isFinite(v)],
      ['source.yearFrom', o.source.yearFrom, (v) => YEAR_SOURCES.includes(v as YearSource)],
      ['source.citation', o.source.citation, (v) => typeof v === 'string'],
      ['illustrative', o.illustrative, (v) => typeof v === 'boolean'],
      ['footnote', o.footnote, (v) => typeof v === 'string'],
    ];
    for (const [field, value, valid] of optional) if (value !== undefined && !valid(value)) throw fail(`observations[${i}].${field}`);
  });
  const reports = table('reports', false);
  reports.forEach((r, i) => {
    if (typeof r.id !== 'string' || typeof r.projectId !== 'string') throw fail(`reports[${i}]`);
  });
  // Backups made before templates were recorded have no templates table.
  const templates = table('templates', false);
  templates.forEach((r, i) => {
    if (typeof r.id !== 'string' || typeof r.projectId !== 'string') throw fail(`templates[${i}]`);
  });
  // Backups made before ledgers were kept have neither table; their projects get the built-in ledger when opened.
  const ledgers = table('ledgers', false);
  ledgers.forEach((l, i) => {
    if (typeof l.projectId !== 'string' || !isRecord(l.ledger) || !Array.isArray(l.ledger.items)) throw fail(`ledgers[${i}]`);
  });
  const progress = table('progress', false);
  progress.forEach((p, i) => {
    if (!hasStrings(p, ['projectId', 'itemId']) || typeof p.year !== 'number' || !Array.isArray(p.evidence)) throw fail(`progress[${i}]`);
    if (p.earlier !== undefined && !(Array.isArray(p.earlier) && p.earlier.every((v) => isRecord(v) && Array.isArray(v.evidence)))) throw fail(`progress[${i}].earlier`);
  });
  const meta = table('meta', false);
  meta.forEach((m, i) => {
    if (typeof m.key !== 'string') throw fail(`meta[${i}]`);
  });
  // Backups made before rounds existed have no rounds table.
  const rounds: Round[] = [];
  for (const row of table('rounds', false)) rounds.push(await roundFromRow(row, 'backup'));
  return { projects, batches, observations, reports, templates, ledgers, progress, meta, rounds } as unknown as BackupRows;
}

/** Adds the backup's original files that are not stored yet (a file is the same file whatever its row says). */
async function addMissingFiles(db: PlanevalDb, files: StoredFile[]): Promise<void> {
  const table = db.files;
  const present = new Set(await table.where('hash').anyOf(files.map((f) => f.hash)).primaryKeys());
  await table.bulkAdd(files.filter((f) => !present.has(f.hash)));
}

/** How incoming rows get their ids when added next to existing data. */
interface MergeRules {
  /** Give every project a new id (a reviewer's copy), not only those whose id is taken. */
  alwaysNewIds: boolean;
  /** Add the backup's settings whose key is not set here. */
  withMeta: boolean;
}

/** Adds the backup's projects next to the stored ones; returns the ids they were stored under. */
async function mergeRows(db: PlanevalDb, all: BackupRows, rules: MergeRules): Promise<string[]> {
  const takenProjects = new Set(await db.projects.toCollection().primaryKeys());
  const takenBatches = new Set(await db.batches.toCollection().primaryKeys());
  const takenReports = new Set(await db.reports.toCollection().primaryKeys());
  const takenTemplates = new Set(await db.templates.toCollection().primaryKeys());
  const takenRounds = new Set(await db.rounds.toCollection().primaryKeys());

  const projectIds = new Map<string, string>();
  const projects = all.projects.map((p) => {
    const clash = takenProjects.has(p.id);
    const id = clash || rules.alwaysNewIds ? newId() : p.id;
    projectIds.set(p.id, id);
    return { ...p, id, name: clash ? t('safety.restore.copyName', 'zh', { name: p.name }) : p.name };
  });
  const rekeyed = (projectId: string) => projectIds.get(projectId) !== projectId;
  // Rows left behind by a deleted project (e.g. its reports) belong to no project that could be merged.
  const rows = {
    batches: all.batches.filter((b) => projectIds.has(b.projectId)),
    observations: all.observations.filter((o) => projectIds.has(o.projectId)),
    reports: all.reports.filter((r) => projectIds.has(r.projectId)),
    templates: all.templates.filter((r) => projectIds.has(r.projectId)),
    rounds: all.rounds.filter((r) => projectIds.has(r.projectId)),
    ledgers: all.ledgers.filter((l) => projectIds.has(l.projectId)),
    progress: all.progress.filter((p) => projectIds.has(p.projectId)),
  };

  const batchIds = new Map<string, string>();
  for (const b of rows.batches) batchIds.set(b.id, rekeyed(b.projectId) || takenBatches.has(b.id) ? newId() : b.id);
  // Observation ids are the database's own counter: incoming values get new ones, and the values an import
  // replaced lose theirs so that undoing that import cannot overwrite another value stored under the same id.
  const moved = ({ id: _id, ...o }: Observation): Observation => ({ ...o, projectId: projectIds.get(o.projectId)!, batchId: batchIds.get(o.batchId) ?? o.batchId });
  const batches = rows.batches.map((b) => ({
    ...b,
    id: batchIds.get(b.id)!,
    projectId: projectIds.get(b.projectId)!,
    replaced: b.replaced.map(moved),
    ...(b.kept ? { kept: b.kept.map(moved) } : {}),
  }));
  // A round's hash does not cover its id or project: it comes in under new ones intact.
  const roundIds = new Map(rows.rounds.map((r) => [r.id, rekeyed(r.projectId) || takenRounds.has(r.id) ? newId() : r.id]));
  const rounds = rows.rounds.map((r) => ({ ...r, id: roundIds.get(r.id)!, projectId: projectIds.get(r.projectId)! }));
  const reports = rows.reports.map((r) => ({
    ...r,
    id: rekeyed(r.projectId) || takenReports.has(r.id) ? newId() : r.id,
    projectId: projectIds.get(r.projectId)!,
    ...(r.roundId ? { roundId: roundIds.get(r.roundId) ?? r.roundId } : {}),
    ...(r.compareRoundId ? { compareRoundId: roundIds.get(r.compareRoundId) ?? r.compareRoundId } : {}),
  }));
  // A template keeps its id when it can: filled templates coming back are matched to it by that id.
  const templates = rows.templates.map((r) => ({ ...r, id: takenTemplates.has(r.id) ? newId() : r.id, projectId: projectIds.get(r.projectId)! }));

  await db.projects.bulkAdd(projects);
  await db.batches.bulkAdd(batches);
  await storeValues(db.valueChunks, rows.observations.map(moved));
  await db.reports.bulkAdd(reports);
  await db.templates.bulkAdd(templates);
  await db.ledgers.bulkAdd(rows.ledgers.map((l) => ({ ...l, projectId: projectIds.get(l.projectId)! })));
  await db.progress.bulkAdd(rows.progress.map((p) => ({ ...p, projectId: projectIds.get(p.projectId)! })));
  await db.rounds.bulkAdd(rounds);
  if (rules.withMeta) {
    const set = new Set(await db.meta.toCollection().primaryKeys());
    await db.meta.bulkAdd(all.meta.filter((m) => !set.has(m.key)));
  }
  return projects.map((p) => p.id);
}

/**
 * Restores a backup in one transaction: 'replace' clears the data and loads the backup as it was (ids included;
 * only a backup of everything can replace); 'merge' adds the backup's projects next to the stored ones, a project
 * whose id exists already coming in under a new id with the name suffix "（恢复）". Original files are only ever
 * added. On any error nothing changes. Returns the ids the backup's projects were stored under.
 */
export async function restoreBackup(db: PlanevalDb, content: BackupContent, mode: 'replace' | 'merge'): Promise<string[]> {
  if (mode === 'replace' && content.scope !== 'all') throw new BackupError('replace-needs-full-backup');
  const rows = await checkedRows(content);
  return db.transaction('rw', restoreScope(db), async () => {
    await addMissingFiles(db, content.files);
    if (mode === 'merge') return mergeRows(db, rows, { alwaysNewIds: false, withMeta: true });
    await Promise.all([db.projects.clear(), db.batches.clear(), db.valueChunks.clear(), db.reports.clear(), db.templates.clear(), db.ledgers.clear(), db.progress.clear(), db.meta.clear(), db.rounds.clear()]);
    await db.projects.bulkAdd(rows.projects);
    await db.batches.bulkAdd(rows.batches);
    await storeValues(db.valueChunks, rows.observations);
    await db.reports.bulkAdd(rows.reports);
    await db.templates.bulkAdd(rows.templates);
    await db.ledgers.bulkAdd(rows.ledgers);
    await db.progress.bulkAdd(rows.progress);
    await db.meta.bulkAdd(rows.meta);
    await db.rounds.bulkAdd(rows.rounds);
    return rows.projects.map((p) => p.id);
  });
}

/** Adds the projects of a reviewer's copy (or any backup) as new projects, whatever ids they had; settings are not touched. */
export async function importProjectCopy(db: PlanevalDb, content: BackupContent): Promise<Project[]> {
  const rows = await checkedRows(content);
  return db.transaction('rw', restoreScope(db), async () => {
    await addMissingFiles(db, content.files);
    const ids = await mergeRows(db, rows, { alwaysNewIds: true, withMeta: false });
    return (await db.projects.bulkGet(ids)) as Project[];
  });
}
