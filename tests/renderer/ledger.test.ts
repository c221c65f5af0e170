// The ledger and its progress in storage: a project on the built-in plan gets its own copy of the ledger; a progress
// record is saved with its evidence files in one transaction or not at all (a refused record leaves nothing written);
// undo puts back what a save replaced; copies, deletion, backups and snapshots carry ledger, progress and evidence.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackup, writeBackup } from '../../shared/backup';
import { sha256Hex } from '../../shared/base';
import { emptyProgress, type ItemProgress } from '../../shared/ledger';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { guangzhouLedger } from '../../shared/plans/gz-st-14th-ledger';
import { backupMeta, exportBackup, importProjectCopy, restoreBackup } from '../../renderer/db/backup';
import type { PlanevalDb } from '../../renderer/db/database';
import { getOriginalFile } from '../../renderer/db/files';
import { listProgress, ProgressRefused, projectLedger, restoreProgress, saveProgress } from '../../renderer/db/ledger';
import { createProject, deleteProject, duplicateProject, getProject } from '../../renderer/db/projects';
import { openSampleProject } from '../../renderer/db/sample';
import { restoreSnapshot, takeSnapshot } from '../../renderer/db/snapshots';
import { openFreshDatabase } from './support/migration-harness';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PHOTO = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const SAVED_AT = new Date('2024-03-01T08:00:00.000Z');

const open: PlanevalDb[] = [];
async function install(): Promise<PlanevalDb> {
  const db = await openFreshDatabase();
  open.push(db);
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

let db: PlanevalDb;
let projectId: string;
beforeEach(async () => {
  db = await install();
  projectId = (await createProject(db, { name: '中期评估', plan: guangzhouPlan() })).id;
});

const record = (itemId: string, change: Partial<ItemProgress>, year = 2023): ItemProgress => ({ ...emptyProgress(itemId, year), ...change });
const lagging = record('t-3-1', { rating: 'lagging', text: '部分项目未开工', lagReason: '用地报批周期长', nextSteps: '加快审批' });
const built = record('p-gz-lab', { rating: 'done', stage: 'completed', text: '已挂牌运行' });

describe('the project’s ledger', () => {
  it('is a copy of the built-in ledger for a project on the built-in plan, and for the sample', async () => {
    expect(await projectLedger(db, projectId)).toEqual(guangzhouLedger());
    const sample = await openSampleProject(db);
    expect((await db.ledgers.get(sample.id))?.ledger).toEqual(guangzhouLedger());
  });

  it('is the project’s own: an edit to it changes neither the built-in ledger nor another project’s', async () => {
    const other = (await createProject(db, { name: '年度监测', plan: guangzhouPlan() })).id;
    const stored = (await db.ledgers.get(projectId))!;
    await db.ledgers.put({ ...stored, ledger: { ...stored.ledger, items: stored.ledger.items.map((i) => (i.id === 't-3-1' ? { ...i, lead: '市发展改革委' } : i)) } });
    expect((await projectLedger(db, projectId))!.items.find((i) => i.id === 't-3-1')!.lead).toBe('市发展改革委');
    expect((await projectLedger(db, other))!.items.find((i) => i.id === 't-3-1')!.lead).toBe('');
    expect(guangzhouLedger().items.find((i) => i.id === 't-3-1')!.lead).toBe('');
  });

  it('is given to a project created before ledgers were kept when it is first read, and none to a plan without one', async () => {
    await db.ledgers.delete(projectId);
    expect(await projectLedger(db, projectId)).toEqual(guangzhouLedger());
    expect(await db.ledgers.count()).toBe(1);
    const own = (await createProject(db, { name: '自定义规划', plan: { ...guangzhouPlan(), id: 'my-plan' } })).id;
    expect(await projectLedger(db, own)).toBeNull();
    expect(await db.ledgers.get(own)).toBeUndefined();
  });
});

describe('saving progress', () => {
  it('stores the record under (project, item, year) with its evidence kept by SHA-256, original bytes and all', async () => {
    const { saved, previous } = await saveProgress(db, projectId, built, [{ name: '挂牌通知.pdf', bytes: PDF }], SAVED_AT);
    expect(previous).toBeUndefined();
    const hash = await sha256Hex(PDF);
    expect(saved.evidence).toEqual([{ hash, name: '挂牌通知.pdf', type: 'application/pdf', size: PDF.length, addedAt: SAVED_AT.toISOString() }]);
    expect(await db.progress.get([projectId, 'p-gz-lab', 2023])).toEqual({ ...built, evidence: saved.evidence, updatedAt: SAVED_AT.toISOString(), projectId });
    expect((await getOriginalFile(db, hash))!.bytes).toEqual(PDF);
    expect((await getProject(db, projectId))!.updatedAt).toBe(SAVED_AT.toISOString());
  });

  it('keeps one record per item and year, and a file attached twice once', async () => {
    const first = await saveProgress(db, projectId, built, [{ name: '挂牌通知.pdf', bytes: PDF }]);
    const again = await saveProgress(db, projectId, { ...first.saved, text: '运行良好' }, [{ name: '通知副本.pdf', bytes: PDF }, { name: '现场.png', bytes: PHOTO }]);
    await saveProgress(db, projectId, { ...built, year: 2022, rating: 'on-track', stage: 'started' });
    expect(again.previous).toEqual(first.saved);
    expect(again.saved.evidence.map((e) => e.name)).toEqual(['挂牌通知.pdf', '现场.png']);
    expect((await listProgress(db, projectId)).map((p) => [p.itemId, p.year, p.text])).toEqual([
      ['p-gz-lab', 2022, '已挂牌运行'],
      ['p-gz-lab', 2023, '运行良好'],
    ]);
    expect(await db.files.count()).toBe(2);
  });

  it('refuses 滞后 without 滞后原因 and 下一步措施 with both messages, and writes nothing: no record, no file, no change time', async () => {
    const before = (await getProject(db, projectId))!.updatedAt;
    const refused = saveProgress(db, projectId, { ...lagging, lagReason: ' ', nextSteps: '' }, [{ name: '说明.pdf', bytes: PDF }], SAVED_AT);
    await expect(refused).rejects.toBeInstanceOf(ProgressRefused);
    const error = (await refused.catch((e: unknown) => e)) as ProgressRefused;
    expect(error.errors.map((e) => e.key)).toEqual(['ledger.progress.error.lagReason', 'ledger.progress.error.nextSteps']);
    expect(error.message).toBe('评为滞后或未启动时须填写滞后原因 (A rating of behind schedule or not started needs the reason)');
    expect(await db.progress.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
    expect((await getProject(db, projectId))!.updatedAt).toBe(before);
    // With both, the same record saves.
    await saveProgress(db, projectId, lagging);
    expect((await db.progress.get([projectId, 't-3-1', 2023]))!.lagReason).toBe('用地报批周期长');
  });

  it('refuses 未启动 without its reasons, 不再实施 without its reason, 已完成 of a 建成 item before the stage or without evidence, and a file that is not PDF, image or Word', async () => {
    const keys = async (progress: ItemProgress, files = [] as { name: string; bytes: Uint8Array }[]) =>
      ((await saveProgress(db, projectId, progress, files).catch((e: unknown) => e)) as ProgressRefused).errors.map((e) => e.key);
    expect(await keys(record('t-3-1', { rating: 'not-started' }))).toEqual(['ledger.progress.error.lagReason', 'ledger.progress.error.nextSteps']);
    expect(await keys(record('t-3-1', { rating: 'dropped' }))).toEqual(['ledger.progress.error.dropReason']);
    expect(await keys({ ...built, stage: 'started' }, [{ name: '通知.pdf', bytes: PDF }])).toEqual(['ledger.progress.error.doneStage']);
    expect(await keys(built)).toEqual(['ledger.progress.error.doneEvidence']);
    expect(await keys(record('t-3-1', { rating: 'on-track' }), [{ name: '安装包.exe', bytes: PHOTO }])).toEqual(['tasks.error.evidenceType']);
    expect(await keys(record('no-such-item', { rating: 'on-track' }))).toEqual(['ledger.progress.error.item']);
    expect(await db.progress.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
  });

  it('leaves nothing half written when the write of the record fails after its files were stored', async () => {
    const put = vi.spyOn(db.progress, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(saveProgress(db, projectId, built, [{ name: '挂牌通知.pdf', bytes: PDF }])).rejects.toThrow('disk full');
    put.mockRestore();
    expect(await db.progress.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
  });
});

describe('undo', () => {
  it('of a first save removes the record; of a later save puts the earlier record back; evidence files stay', async () => {
    const first = await saveProgress(db, projectId, lagging);
    const second = await saveProgress(db, projectId, { ...record('t-3-1', { rating: 'on-track' }) }, [{ name: '进展.pdf', bytes: PDF }]);
    await restoreProgress(db, second);
    expect(await db.progress.get([projectId, 't-3-1', 2023])).toEqual(first.saved);
    await restoreProgress(db, first);
    expect(await db.progress.count()).toBe(0);
    expect(await db.files.count()).toBe(1);
  });
});

describe('the versions a record replaced', () => {
  it('stay with it, oldest first, each as it was saved; undo puts back the record with its own earlier versions', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2024-02-01T00:00:00Z'));
      const first = await saveProgress(db, projectId, lagging, [{ name: '调研报告.pdf', bytes: PDF }]);
      vi.setSystemTime(new Date('2024-05-01T00:00:00Z'));
      const second = await saveProgress(db, projectId, { ...first.saved, rating: 'on-track', lagReason: '', nextSteps: '', evidence: [] });
      vi.setSystemTime(new Date('2024-07-01T00:00:00Z'));
      const third = await saveProgress(db, projectId, { ...second.saved, rating: 'ahead' });
      const { projectId: _p, earlier: _e, ...firstRecord } = first.saved;
      const { projectId: _q, earlier: _f, ...secondRecord } = second.saved;
      expect(third.saved.earlier).toEqual([firstRecord, secondRecord]);
      expect(second.saved.earlier).toEqual([firstRecord]);
      expect(first.saved.earlier).toBeUndefined();
      await restoreProgress(db, third);
      expect(await db.progress.get([projectId, 't-3-1', 2023])).toEqual(second.saved);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keep their evidence files in a reviewer’s copy, though the record now holds none', async () => {
    const first = await saveProgress(db, projectId, lagging, [{ name: '调研报告.pdf', bytes: PDF }]);
    await saveProgress(db, projectId, { ...first.saved, evidence: [] });
    const backup = await readBackup(await writeBackup(await exportBackup(db, { scope: 'project', projectId }), backupMeta(SAVED_AT)));
    expect(backup.files.map((f) => f.name)).toEqual(['调研报告.pdf']);
    const target = await install();
    const [copy] = await importProjectCopy(target, backup);
    const [row] = await listProgress(target, copy!.id);
    expect(row!.earlier?.[0]?.evidence.map((e) => e.name)).toEqual(['调研报告.pdf']);
  });
});

describe('copies, deletion, backups and snapshots', () => {
  beforeEach(async () => {
    await saveProgress(db, projectId, lagging);
    await saveProgress(db, projectId, built, [{ name: '挂牌通知.pdf', bytes: PDF }]);
  });

  it('a copy of the project has its own ledger and progress; deleting the original leaves the copy whole', async () => {
    const copy = await duplicateProject(db, projectId, '中期评估（副本）');
    expect((await db.ledgers.get(copy.id))!.ledger).toEqual((await db.ledgers.get(projectId))!.ledger);
    expect((await listProgress(db, copy.id)).map(({ projectId: _p, ...p }) => p)).toEqual((await listProgress(db, projectId)).map(({ projectId: _p, ...p }) => p));
    await deleteProject(db, projectId);
    expect(await db.ledgers.get(projectId)).toBeUndefined();
    expect(await listProgress(db, projectId)).toEqual([]);
    expect(await listProgress(db, copy.id)).toHaveLength(2);
    expect(await db.files.count()).toBe(1);
  });

  it('a backup of everything restores the ledger, the progress and the evidence file with its bytes', async () => {
    const bytes = await writeBackup(await exportBackup(db, { scope: 'all' }), backupMeta(SAVED_AT));
    const backup = await readBackup(bytes);
    expect(backup.manifest.tables.progress!.rows).toBe(2);
    const target = await install();
    await restoreBackup(target, backup, 'replace');
    expect(await target.ledgers.toArray()).toEqual(await db.ledgers.toArray());
    expect(await target.progress.toArray()).toEqual(await db.progress.toArray());
    const evidence = (await target.progress.get([projectId, 'p-gz-lab', 2023]))!.evidence[0]!;
    expect((await getOriginalFile(target, evidence.hash))!.bytes).toEqual(PDF);
  });

  it('a reviewer’s copy of the project carries its evidence file and comes in under a new id with its progress', async () => {
    const backup = await readBackup(await writeBackup(await exportBackup(db, { scope: 'project', projectId }), backupMeta(SAVED_AT)));
    expect(backup.files.map((f) => f.name)).toEqual(['挂牌通知.pdf']);
    const target = await install();
    const [copy] = await importProjectCopy(target, backup);
    expect(copy!.id).not.toBe(projectId);
    expect((await listProgress(target, copy!.id)).map((p) => [p.itemId, p.rating])).toEqual([
      ['p-gz-lab', 'done'],
      ['t-3-1', 'lagging'],
    ]);
    expect((await target.ledgers.get(copy!.id))!.ledger).toEqual(guangzhouLedger());
    expect((await getOriginalFile(target, await sha256Hex(PDF)))!.bytes).toEqual(PDF);
  });

  it('a backup made before ledgers were kept restores, and its projects get the built-in ledger when opened', async () => {
    const backup = await readBackup(await writeBackup(await exportBackup(db, { scope: 'all' }), backupMeta(SAVED_AT)));
    delete backup.tables.ledgers;
    delete backup.tables.progress;
    const target = await install();
    await restoreBackup(target, backup, 'replace');
    expect(await target.progress.count()).toBe(0);
    expect(await projectLedger(target, projectId)).toEqual(guangzhouLedger());
  });

  it('a snapshot taken before a change brings the progress back when restored', async () => {
    const snapshot = await takeSnapshot(db, 'delete-project', '中期评估');
    await deleteProject(db, projectId);
    expect(await db.progress.count()).toBe(0);
    await restoreSnapshot(db, snapshot.id);
    expect((await listProgress(db, projectId)).map((p) => p.itemId)).toEqual(['p-gz-lab', 't-3-1']);
    expect(await db.ledgers.get(projectId)).toBeDefined();
  });
});
