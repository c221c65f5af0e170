// Automatic snapshots: taken before destructive actions, the last ten kept, any of them restorable,
// and restoring one first saves the current data as a snapshot of its own.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../shared/backup';
import type { PlanevalDb } from '../../renderer/db/database';
import { undoImport } from '../../renderer/db/imports';
import { deleteProject } from '../../renderer/db/projects';
import { deleteSnapshot, listSnapshots, restoreSnapshot, SNAPSHOTS_KEPT, takeSnapshot, withSnapshot } from '../../renderer/db/snapshots';
import { allValues, populate, tables } from './support/backup-fixture';
import { openFreshDatabase } from './support/migration-harness';

let db: PlanevalDb;
beforeEach(async () => {
  db = await openFreshDatabase();
  await populate(db);
});
afterEach(() => db.close());

describe('taking a snapshot', () => {
  it('stores a verified backup of all data, without the original files', async () => {
    const taken = await takeSnapshot(db, 'delete-project', '中期评估', new Date('2024-06-01T10:00:00Z'));
    expect(taken).toMatchObject({ reason: 'delete-project', detail: '中期评估', createdAt: '2024-06-01T10:00:00.000Z' });
    const row = (await db.snapshots.get(taken.id))!;
    expect(row.size).toBe(row.bytes.length);
    const backup = await readBackup(row.bytes);
    expect(backup.scope).toBe('all');
    expect(backup.tables.projects).toEqual(await db.projects.toArray());
    expect(backup.tables.observations).toEqual(await allValues(db));
    expect(backup.files).toEqual([]);
  });

  it('keeps the last ten, newest first', async () => {
    for (let i = 1; i <= SNAPSHOTS_KEPT + 2; i++) await takeSnapshot(db, 'undo-import', `file ${i}`);
    const listed = await listSnapshots(db);
    expect(SNAPSHOTS_KEPT).toBe(10);
    expect(listed.map((s) => s.detail)).toEqual(Array.from({ length: 10 }, (_, i) => `file ${12 - i}`));
    expect(listed[0]).not.toHaveProperty('bytes');
  });

  it('can be deleted to free storage', async () => {
    const first = await takeSnapshot(db, 'undo-import', 'a');
    const second = await takeSnapshot(db, 'undo-import', 'b');
    await deleteSnapshot(db, first.id);
    expect((await listSnapshots(db)).map((s) => s.id)).toEqual([second.id]);
  });

  it('withSnapshot saves the data before the destructive action runs', async () => {
    await withSnapshot(db, 'delete-project', '中期评估', () => deleteProject(db, 'p1'));
    expect(await db.projects.get('p1')).toBeUndefined();
    const [snapshot] = await listSnapshots(db);
    const backup = await readBackup((await db.snapshots.get(snapshot!.id))!.bytes);
    expect((backup.tables.projects as { id: string }[]).map((p) => p.id)).toContain('p1');
  });

  it('before undoing an import (as the import tab does), so the undone import can be brought back', async () => {
    const before = await tables(db);
    await withSnapshot(db, 'undo-import', '公报.csv', () => undoImport(db, 'b2'));
    expect(await db.batches.get('b2')).toBeUndefined();
    const [snapshot] = await listSnapshots(db);
    expect(snapshot).toMatchObject({ reason: 'undo-import', detail: '公报.csv' });
    await restoreSnapshot(db, snapshot!.id);
    expect(await tables(db)).toEqual(before);
  });
});

describe('restoring a snapshot', () => {
  it('brings back the data as it was, and the replaced data can itself be restored', async () => {
    const original = await tables(db);
    const { id } = await takeSnapshot(db, 'delete-project', '中期评估');
    await deleteProject(db, 'p1');
    const afterDelete = await tables(db);

    await restoreSnapshot(db, id);
    expect(await tables(db)).toEqual(original);

    const [before] = await listSnapshots(db);
    expect(before!.reason).toBe('restore-snapshot');
    await restoreSnapshot(db, before!.id);
    expect(await tables(db)).toEqual(afterDelete);
    expect(await db.files.count()).toBe(3);
  });

  it('refuses a snapshot that no longer exists, changing nothing', async () => {
    const before = await tables(db);
    await expect(restoreSnapshot(db, 999)).rejects.toThrow(/快照 999 已不存在.*Snapshot 999 no longer exists/);
    expect(await tables(db)).toEqual(before);
  });
});
