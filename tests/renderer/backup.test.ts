// Backups of the database: everything (or one project) goes into a .planeval file and comes back identical,
// merges next to existing data without overwriting it, and a damaged or unsuitable backup changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, readBackup, writeBackup } from '../../shared/backup';
import type { Observation } from '../../shared/model';
import { backupMeta, exportBackup, importProjectCopy, restoreBackup } from '../../renderer/db/backup';
import type { PlanevalDb } from '../../renderer/db/database';
import { getOriginalFile } from '../../renderer/db/files';
import { listObservations } from '../../renderer/db/observations';
import { storeValues } from '../../renderer/db/value-chunks';
import { bulletin, populate, project, reviewFile, sentTemplate, tables, value, yearbook } from './support/backup-fixture';
import { openFreshDatabase } from './support/migration-harness';

const open: PlanevalDb[] = [];
async function install(): Promise<PlanevalDb> {
  const db = await openFreshDatabase();
  open.push(db);
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** What the user does: back up to a file, then read the file back. */
async function roundTrip(source: PlanevalDb, scope: Parameters<typeof exportBackup>[1] = { scope: 'all' }) {
  return readBackup(await writeBackup(await exportBackup(source, scope), backupMeta(new Date('2024-06-01T00:00:00Z'))));
}

let source: PlanevalDb;
beforeEach(async () => {
  source = await install();
  await populate(source);
});

describe('a backup of everything', () => {
  it('restores into an empty install identical, table by table (ids, provenance, import history, report edits, settings, files)', async () => {
    const backup = await roundTrip(source);
    const target = await install();
    await restoreBackup(target, backup, 'replace');
    const before = await tables(source);
    const after = await tables(target);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(after.observations).toHaveLength(3);
    expect((after.batches as { replaced: Observation[] }[])[1]!.replaced[0]!.value).toBe(3.4);
    expect(after.files).toHaveLength(3);
  });

  it('carries the record of a sent data-collection template through export and restore', async () => {
    const target = await install();
    await restoreBackup(target, await roundTrip(source), 'replace');
    expect(await target.templates.get('TABC123')).toEqual(sentTemplate('TABC123', 'p1'));
  });

  it('restores an older backup that has no templates table (made before templates were recorded)', async () => {
    const backup = await roundTrip(source);
    delete backup.tables.templates;
    const target = await install();
    await restoreBackup(target, backup, 'replace');
    expect(await target.templates.count()).toBe(0);
    expect(await target.projects.count()).toBe(2);
  });

  it('records what it holds in the manifest', async () => {
    const backup = await roundTrip(source);
    expect(backup.manifest).toMatchObject({ format: 'planeval-backup', formatVersion: 1, scope: 'all', createdAt: '2024-06-01T00:00:00.000Z' });
    expect(backup.manifest.projectIds.sort()).toEqual(['p1', 'p2']);
    expect(Object.fromEntries(Object.entries(backup.manifest.tables).map(([name, t]) => [name, t.rows]))).toEqual({
      projects: 2,
      batches: 3,
      observations: 3,
      reports: 1,
      templates: 1,
      ledgers: 0,
      progress: 0,
      meta: 2,
      rounds: 0,
    });
  });

  it('replaces whatever the install held, except original files, which are only ever added', async () => {
    const backup = await roundTrip(source);
    const target = await install();
    await target.projects.add(project('other', '别的项目'));
    const unrelated = { ...reviewFile, hash: 'f'.repeat(64), name: '旧文件.xlsx' };
    await target.files.add(unrelated);
    await restoreBackup(target, backup, 'replace');
    expect((await target.projects.toArray()).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(await getOriginalFile(target, unrelated.hash)).toEqual(unrelated);
    expect(await getOriginalFile(target, yearbook.hash)).toEqual(yearbook);
  });
});

describe('merging a backup into an existing install', () => {
  it('adds new projects as they are and keeps both copies of a project that exists already', async () => {
    const backup = await roundTrip(source);
    const target = await install();
    // The target already has p1 (changed since the backup) with a value whose id the backup's values also use.
    await target.projects.add({ ...project('p1', '中期评估'), updatedAt: '2024-07-01T00:00:00.000Z' });
    await target.batches.add({ id: 'b1', projectId: 'p1', fileName: 'x.xlsx', fileHash: 'x', importedAt: '2024-07-01T00:00:00.000Z', count: 1, replaced: [] });
    await storeValues(target.valueChunks, [{ ...value('p1', 'b1', yearbook, 2023, 9.99, 'Z9'), id: 1 }]);
    await target.meta.put({ key: 'language', value: 'zh' });
    const before = await tables(target);

    const stored = await restoreBackup(target, backup, 'merge');

    const after = await tables(target);
    // Nothing that was there changed.
    for (const table of ['projects', 'batches', 'observations'] as const) {
      for (const row of before[table]!) expect(after[table]).toContainEqual(row);
    }
    expect(await target.meta.get('language')).toEqual({ key: 'language', value: 'zh' });
    expect(await target.meta.get('sampleCreated')).toEqual({ key: 'sampleCreated', value: true });

    const [p1Copy, p2] = stored;
    expect(p1Copy).not.toBe('p1');
    expect(p2).toBe('p2');
    expect((await target.projects.get(p1Copy!))!.name).toBe('中期评估（恢复）');
    expect((await target.projects.get('p2'))!.name).toBe('年度评估');

    // The restored copy of p1 has its own imports and values, re-keyed and pointing at each other.
    const copyBatches = await target.batches.where('projectId').equals(p1Copy!).toArray();
    expect(copyBatches.map((b) => b.fileName).sort()).toEqual([bulletin.name, yearbook.name].sort());
    expect(copyBatches.every((b) => b.id !== 'b1' && b.id !== 'b2')).toBe(true);
    const copyValues = await listObservations(target, p1Copy!);
    expect(copyValues.map((o) => [o.year, o.value, o.source.cell]).sort()).toEqual([
      [2021, 3.12, 'C5'],
      [2022, 3.43, 'B2'],
    ]);
    const batchIds = new Set(copyBatches.map((b) => b.id));
    expect(copyValues.every((o) => batchIds.has(o.batchId))).toBe(true);
    // The value the second import replaced lost its old id, so undo cannot overwrite the target's value 1.
    const second = copyBatches.find((b) => b.fileName === bulletin.name)!;
    expect(second.replaced).toHaveLength(1);
    expect(second.replaced[0]!.id).toBeUndefined();
    expect(second.replaced[0]!.projectId).toBe(p1Copy);
    expect((await listObservations(target, 'p1')).find((o) => o.id === 1)).toMatchObject({ projectId: 'p1', value: 9.99 });

    expect(await target.reports.where('projectId').equals(p1Copy!).count()).toBe(1);
    expect(after.observations).toHaveLength(1 + 3);
  });
});

describe('a project alone (a reviewer’s copy)', () => {
  it('holds the project, its imports, values, reports and the files they came from, but no other project or settings', async () => {
    const backup = await roundTrip(source, { scope: 'project', projectId: 'p1' });
    expect(backup.scope).toBe('project');
    expect(backup.projectIds).toEqual(['p1']);
    expect((backup.tables.projects as { id: string }[]).map((p) => p.id)).toEqual(['p1']);
    expect(backup.tables.batches).toHaveLength(2);
    expect(backup.tables.observations).toHaveLength(2);
    expect(backup.tables.reports).toHaveLength(1);
    expect(backup.tables.templates).toEqual([sentTemplate('TABC123', 'p1')]);
    expect(backup.tables.meta).toEqual([]);
    expect(backup.files.map((f) => f.name).sort()).toEqual([bulletin.name, yearbook.name].sort());
  });

  it('imports into another install as a new project each time, leaving that install’s data alone', async () => {
    const backup = await roundTrip(source, { scope: 'project', projectId: 'p1' });
    const target = await install();
    await target.projects.add(project('mine', '我的项目'));
    const first = await importProjectCopy(target, backup);
    const second = await importProjectCopy(target, backup);
    expect(first).toHaveLength(1);
    expect(first[0]!.id).not.toBe('p1');
    expect(second[0]!.id).not.toBe(first[0]!.id);
    expect(await target.projects.count()).toBe(3);
    expect(await listObservations(target, first[0]!.id)).toHaveLength(2);
    expect(await target.meta.count()).toBe(0);
    expect((await getOriginalFile(target, yearbook.hash))?.bytes).toEqual(yearbook.bytes);
  });

  it('cannot replace a whole install', async () => {
    const backup = await roundTrip(source, { scope: 'project', projectId: 'p1' });
    const before = await tables(source);
    await expect(restoreBackup(source, backup, 'replace')).rejects.toMatchObject({ code: 'replace-needs-full-backup' });
    expect(await tables(source)).toEqual(before);
  });
});

describe('a backup that cannot be restored changes nothing', () => {
  it('a damaged file is refused before anything is written', async () => {
    const bytes = await writeBackup(await exportBackup(source, { scope: 'all' }), backupMeta());
    const target = await install();
    await populate(target);
    const before = await tables(target);
    const damaged = bytes.slice(0, bytes.length - 40);
    let error: unknown;
    try {
      await restoreBackup(target, await readBackup(damaged), 'replace');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect(await tables(target)).toEqual(before);
  });

  it('rows that are not shaped like this app’s rows are refused', async () => {
    const backup = await roundTrip(source);
    backup.tables.observations!.push({ ...value('p1', 'b1', yearbook, 2020, 1, 'A1'), value: '1' });
    const before = await tables(source);
    await expect(restoreBackup(source, backup, 'replace')).rejects.toMatchObject({ code: 'malformed' });
    expect(await tables(source)).toEqual(before);
  });

  it('a value without its source cell is refused, naming the row', async () => {
    const backup = await roundTrip(source);
    const { cell: _cell, ...withoutCell } = value('p1', 'b1', yearbook, 2020, 1, 'A1').source;
    backup.tables.observations!.push({ ...value('p1', 'b1', yearbook, 2020, 1, 'A1'), source: withoutCell });
    const before = await tables(source);
    await expect(restoreBackup(source, backup, 'replace')).rejects.toMatchObject({ code: 'malformed' });
    await expect(restoreBackup(source, backup, 'replace')).rejects.toThrow('observations[3]');
    expect(await tables(source)).toEqual(before);
  });

  it('a value whose provenance holds a shown number or a year source of the wrong kind is refused, naming the field', async () => {
    const good = value('p1', 'b1', yearbook, 2020, 1, 'A1');
    const kept = await roundTrip(source);
    kept.tables.observations!.push({ ...good, source: { ...good.source, shownValue: 1.91, yearFrom: 'title' } });
    await expect(restoreBackup(await install(), kept, 'replace')).resolves.not.toThrow();
    for (const [field, provenance] of [
      ['source.shownValue', { ...good.source, shownValue: '1.91' }],
      ['source.yearFrom', { ...good.source, yearFrom: 'guess' }],
    ] as const) {
      const backup = await roundTrip(source);
      backup.tables.observations!.push({ ...good, source: provenance });
      const before = await tables(source);
      await expect(restoreBackup(source, backup, 'replace')).rejects.toThrow(`observations[3].${field}`);
      expect(await tables(source)).toEqual(before);
    }
  });

  it('a failure halfway through a replace (after the tables were cleared) rolls everything back', async () => {
    const backup = await roundTrip(source);
    // Two reports with the same id: their insert fails after the clear and after the values went in.
    const reports = backup.tables.reports as { id: string }[];
    reports.push({ ...reports[0]! });
    const before = await tables(source);
    await expect(restoreBackup(source, backup, 'replace')).rejects.toThrow();
    expect(await tables(source)).toEqual(before);
  });
});
