// A full disk or storage quota stops a write with a message that says what to do, and leaves the data as it was;
// the storage used and available are read from navigator.storage.estimate.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n';
import { writeBackup, readBackup } from '../../shared/backup';
import { backupMeta, exportBackup, restoreBackup } from '../../renderer/db/backup';
import type { PlanevalDb } from '../../renderer/db/database';
import { isQuotaError, storageEstimate } from '../../renderer/db/storage';
import { populate, tables } from './support/backup-fixture';
import { openFreshDatabase } from './support/migration-harness';

describe('storageEstimate', () => {
  it('reports the bytes used and those still available under the quota', async () => {
    const storage = { estimate: async () => ({ usage: 300, quota: 1000 }) } as unknown as StorageManager;
    expect(await storageEstimate(storage)).toEqual({ used: 300, available: 700 });
  });

  it('is undefined where the browser cannot tell', async () => {
    expect(await storageEstimate(undefined)).toBeUndefined();
    expect(await storageEstimate({ estimate: async () => ({}) } as unknown as StorageManager)).toBeUndefined();
    expect(await storageEstimate({ estimate: async () => Promise.reject(new Error('no')) } as unknown as StorageManager)).toBeUndefined();
  });
});

describe('a write transaction that runs out of storage', () => {
  let db: PlanevalDb;
  const originalAdd = IDBObjectStore.prototype.add;
  beforeEach(async () => {
    db = await openFreshDatabase();
    await populate(db);
  });
  afterEach(() => {
    IDBObjectStore.prototype.add = originalAdd;
    db.close();
  });

  it('rolls back (nothing half-written) and is recognised as storage full, with a message saying what to do', async () => {
    const backup = await readBackup(await writeBackup(await exportBackup(db, { scope: 'all' }), backupMeta()));
    const before = await tables(db);
    // The browser refuses the third row written: by then the replace has cleared the tables and added rows.
    let writes = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++writes === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return originalAdd.apply(this, args);
    };
    let error: unknown;
    try {
      await restoreBackup(db, backup, 'replace');
    } catch (e) {
      error = e;
    }
    IDBObjectStore.prototype.add = originalAdd;
    expect(writes).toBeGreaterThanOrEqual(3);
    expect(isQuotaError(error)).toBe(true);
    expect(await tables(db)).toEqual(before);
    expect(t('ui.error.quota', 'zh')).toMatch(/快照.*备份/);
    expect(t('ui.error.quota', 'en')).toMatch(/Storage is full.*snapshots.*backup/);
  });
});
