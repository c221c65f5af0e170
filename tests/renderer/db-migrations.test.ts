// Schema upgrades keep users' data: each version gets a test that writes rows at the previous version
// and reads them back after the upgrade. Version 1 has no predecessor, so its test proves the harness.
import 'fake-indexeddb/auto';
import { valueKey } from '../../shared/base';
import { draftColumns } from '../support/draft-columns';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type ImportBatch, type Observation, type Project } from '../../shared/model';
import { emptyProgress } from '../../shared/ledger';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { freezeRound, roundIntact } from '../../shared/round';
import { guangzhouLedger } from '../../shared/plans/gz-st-14th-ledger';
import type { PlanevalDb } from '../../renderer/db/database';
import { commitImport, undoImport } from '../../renderer/db/imports';
import { projectLedger, saveProgress } from '../../renderer/db/ledger';
import { listObservations } from '../../renderer/db/observations';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '../../renderer/db/schema';
import { CHUNK_SIZE, readProjectValues, storeValues } from '../../renderer/db/value-chunks';
import { databaseAtVersion, freshDatabaseName, upgrade } from './support/migration-harness';

const project: Project = {
  id: 'p1',
  name: '迁移测试',
  plan: guangzhouPlan(),
  settings: defaultSettings(2023),
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
  mappingDecisions: { 技术合同成交金额: 'tech-contracts' },
};
const batch: ImportBatch = { id: 'b1', projectId: 'p1', fileName: '年鉴.xlsx', fileHash: 'ab', importedAt: '2024-01-02T00:00:00.000Z', count: 1, replaced: [] };
const observation: Observation = {
  projectId: 'p1',
  batchId: 'b1',
  indicatorId: 'tech-contracts',
  region: '全市',
  year: 2021,
  value: 2413.11,
  source: { fileName: '年鉴.xlsx', fileHash: 'ab', sheet: '17-1', cell: 'C5', rawText: '2413.11', importedAt: '2024-01-02T00:00:00.000Z' },
};

/** Stores one value the way schema `version` stores values: a row each up to version 2, chunks from version 3. */
async function addValue(db: PlanevalDb, version: number, value: Observation): Promise<void> {
  if (version < 3) await db.table('observations').add(value);
  else await storeValues(db.valueChunks, [value]);
}

/** A project's values the way schema `version` stores them. */
async function valuesOf(db: PlanevalDb, version: number, projectId: string): Promise<Observation[]> {
  return version < 3 ? db.table('observations').where('projectId').equals(projectId).toArray() : listObservations(db, projectId);
}

describe('the schema version list', () => {
  it('counts up from 1 without gaps, so every install can upgrade step by step', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('version 1 has the projects, observations, batches and meta tables', async () => {
    const db = databaseAtVersion(freshDatabaseName(), 1);
    await db.open();
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['batches', 'meta', 'observations', 'projects']));
    expect(db.table('observations').schema.idxByName['[projectId+indicatorId+region+year]']).toBeDefined();
    db.close();
  });
});

describe('version 1 (harness check: write, close, reopen)', () => {
  it('keeps projects, batches, observations and meta rows across a close and reopen', async () => {
    const db = await upgrade(1, 1, async (old) => {
      await old.projects.add(project);
      await old.batches.add(batch);
      await old.table('observations').add(observation);
      await old.meta.put({ key: 'language', value: 'en' });
    });
    expect(db.verno).toBe(1);
    expect(await db.projects.get('p1')).toEqual(project);
    expect(await db.batches.get('b1')).toEqual(batch);
    const stored = await db.table('observations').where('[projectId+indicatorId+region+year]').equals(['p1', 'tech-contracts', '全市', 2021]).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ ...observation, id: expect.any(Number) });
    expect(await db.meta.get('language')).toEqual({ key: 'language', value: 'en' });
    db.close();
  });
});

// A safety net under the per-version tests: whatever a version changes, the core rows written at the
// version before it are still there afterwards.
describe.each(SCHEMA_VERSIONS.slice(1).map((v) => v.version))('upgrading to version %i', (to) => {
  it(`keeps projects, batches and observations written at version ${to - 1}`, async () => {
    const db = await upgrade(to - 1, to, async (old) => {
      await old.projects.add(project);
      await old.batches.add(batch);
      await addValue(old, to - 1, observation);
    });
    expect(db.verno).toBe(to);
    expect((await db.projects.get('p1'))?.name).toBe('迁移测试');
    expect((await db.batches.get('b1'))?.fileName).toBe('年鉴.xlsx');
    expect((await valuesOf(db, to, 'p1')).map((o) => o.value)).toEqual([2413.11]);
    db.close();
  });
});

describe('version 2: original files and snapshots', () => {
  it('keeps everything version 1 wrote (projects, batches, values, reports, settings) and adds usable files and snapshots tables', async () => {
    const report = { id: 'r1', projectId: 'p1', options: {}, document: { title: '报告', sections: [] }, createdAt: 'a', updatedAt: 'b' };
    const db = await upgrade(1, 2, async (old) => {
      await old.projects.add(project);
      await old.batches.add(batch);
      await old.table('observations').add(observation);
      await old.meta.put({ key: 'language', value: 'en' });
      await old.table('reports').add(report);
    });
    expect(db.verno).toBe(2);
    expect(await db.projects.get('p1')).toEqual(project);
    expect(await db.batches.get('b1')).toEqual(batch);
    const stored = await db.table('observations').where('[projectId+indicatorId+region+year]').equals(['p1', 'tech-contracts', '全市', 2021]).toArray();
    expect(stored).toEqual([{ ...observation, id: expect.any(Number) }]);
    expect(await db.meta.get('language')).toEqual({ key: 'language', value: 'en' });
    expect(await db.table('reports').get('r1')).toEqual(report);

    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    await db.table('files').add({ hash: 'ab', name: '年鉴.xlsx', size: 4, bytes, firstImportedAt: '2024-01-02T00:00:00.000Z' });
    expect((await db.table('files').get('ab')).bytes).toEqual(bytes);
    const first = await db.table('snapshots').add({ createdAt: '2024-02-01T00:00:00.000Z', reason: 'delete-project', detail: '', bytes, size: 4 });
    const second = await db.table('snapshots').add({ createdAt: '2024-02-02T00:00:00.000Z', reason: 'undo-import', detail: '', bytes, size: 4 });
    expect(second).toBeGreaterThan(first as number);
    expect(await db.table('snapshots').orderBy('createdAt').primaryKeys()).toEqual([first, second]);
    db.close();
  });
});

describe('version 3: values in chunks', () => {
  // Dexie writes the assigned id into an added object: the tests above left one on `observation`.
  const { id: _assigned, ...unstored } = observation;
  const source = (cell: string) => ({ ...observation.source, cell, rawText: cell });
  const row = (projectId: string, batchId: string, year: number, value: number, extra: Partial<Observation> = {}): Observation => ({
    ...unstored,
    projectId,
    batchId,
    year,
    value,
    source: source(`C${year}`),
    ...extra,
  });

  it('moves every value of version 2 into chunks: each project lists the same values, ids and provenance as before', async () => {
    // Two projects, two batches of p1 with values interleaved by id, the optional fields, and more values than one chunk holds.
    const many = Array.from({ length: CHUNK_SIZE + 3 }, (_, i) => row('p2', 'b9', 1000 + i, i / 7));
    const written: Observation[] = [];
    const db = await upgrade(2, 3, async (old) => {
      await old.projects.add(project);
      await old.batches.add(batch);
      const rows = [
        row('p1', 'b1', 2020, 1.5, { illustrative: true }),
        row('p1', 'b2', 2021, -0.25, { footnote: '①' }),
        row('p1', 'b1', 2022, 3, { source: { ...source('D4'), citation: '2022年统计公报' } }),
        ...many,
        row('p1', 'b2', 2023, Number.MAX_VALUE),
      ];
      const ids = await old.table('observations').bulkAdd(rows, { allKeys: true });
      rows.forEach((r, i) => written.push({ ...r, id: ids[i] as number }));
    });
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name)).not.toContain('observations');
    for (const projectId of ['p1', 'p2']) {
      const before = written.filter((o) => o.projectId === projectId);
      // The upgrade writes chunks with its own frozen copy of the format: today's reader must read them as the rows were.
      expect(await readProjectValues(db.valueChunks, projectId)).toEqual(before);
      expect(await listObservations(db, projectId)).toEqual(before);
    }
    // 5,003 values of one batch need two chunks; p1's two batches one each.
    expect(await db.valueChunks.count()).toBe(4);
    db.close();
  });

  it('upgrades an install without values to an empty chunk table that takes new values', async () => {
    const db = await upgrade(2, 3, async (old) => {
      await old.projects.add(project);
    });
    expect(await db.valueChunks.count()).toBe(0);
    await storeValues(db.valueChunks, [unstored]);
    expect(await listObservations(db, 'p1')).toEqual([{ ...unstored, id: 1 }]);
    db.close();
  });

  it('keeps replace and undo working on values that came from version 2', async () => {
    const db = await upgrade(2, 3, async (old) => {
      await old.projects.add(project);
      await old.batches.add(batch);
      await old.table('observations').add({ ...unstored, id: 1 });
    });
    const draft = { indicator: 'tech-contracts', region: '全市', year: 2021, value: 2500, unit: '亿元', sheet: '表1', cell: 'B2', rawText: '2500' };
    const second = await commitImport(db, 'p1', { fileName: '公报.xlsx', fileHash: 'cd' }, [draftColumns([draft])], { [valueKey('tech-contracts', '全市', 2021)]: 'replace' });
    expect((await listObservations(db, 'p1')).map((o) => o.value)).toEqual([2500]);
    expect(second.replaced).toEqual([{ ...unstored, id: 1 }]);
    await undoImport(db, second.id);
    expect(await listObservations(db, 'p1')).toEqual([{ ...unstored, id: 1 }]);
    db.close();
  });
});

describe('version 4: frozen evaluation rounds', () => {
  it('keeps everything version 3 wrote and adds a rounds table that stores and finds a project\'s rounds', async () => {
    const report = { id: 'r1', projectId: 'p1', options: {}, document: {}, createdAt: '2024-01-03T00:00:00.000Z', updatedAt: '2024-01-03T00:00:00.000Z' };
    const db = await upgrade(3, 4, async (old) => {
      await old.projects.add(project);
      await old.batches.add(batch);
      await storeValues(old.valueChunks, [observation]);
      await old.table('reports').add(report);
    });
    expect(db.verno).toBe(4);
    expect(await db.projects.get('p1')).toEqual(project);
    expect(await listObservations(db, 'p1')).toEqual([{ ...observation, id: 1 }]);
    expect(await db.reports.get('r1')).toEqual(report);
    const frozen = await freezeRound({ id: 'round1', projectId: 'p1', name: '2021年年度监测', kind: 'annual', asOf: 2021, cutoff: '2024-03-31', values: [{ ...observation, id: 1 }], plan: project.plan, settings: project.settings, now: new Date('2024-04-01T00:00:00Z') });
    await db.rounds.add(frozen);
    const [stored] = await db.rounds.where('projectId').equals('p1').toArray();
    expect(stored).toEqual(frozen);
    expect(await roundIntact(stored!)).toBe(true);
    db.close();
  });
});

describe('version 5: ledgers and progress', () => {
  it('keeps what version 4 wrote and adds empty ledgers and progress tables; a project from before ledgers gets its ledger when first opened', async () => {
    const db = await upgrade(4, 5, async (old) => {
      await old.projects.add(project);
      await old.batches.add(batch);
      await storeValues(old.valueChunks, [observation]);
    });
    expect(db.verno).toBe(5);
    expect(await db.projects.get('p1')).toEqual(project);
    expect((await listObservations(db, 'p1')).map((o) => o.value)).toEqual([2413.11]);
    expect(await db.ledgers.count()).toBe(0);
    expect(await db.progress.count()).toBe(0);

    const ledger = await projectLedger(db, 'p1');
    expect(ledger).toEqual(guangzhouLedger());
    expect((await db.ledgers.get('p1'))?.ledger).toEqual(guangzhouLedger());
    const saved = await saveProgress(db, 'p1', { ...emptyProgress('t-3-1', 2023), rating: 'on-track', text: '按计划推进' });
    expect(await db.progress.get(['p1', 't-3-1', 2023])).toEqual(saved.saved);
    expect(await db.progress.where('projectId').equals('p1').count()).toBe(1);
    db.close();
  });
});
