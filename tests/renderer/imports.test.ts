// Storing imports: a batch and its values land together or not at all; conflicts are kept or replaced as the
// user decided; undo removes a batch's values and restores what it replaced; confirmed mappings are remembered.
import 'fake-indexeddb/auto';
import { valueKey } from '../../shared/base';
import { draftColumns } from '../support/draft-columns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { createHash } from 'node:crypto';
import type { PlanevalDb } from '../../renderer/db/database';
import { getOriginalFile } from '../../renderer/db/files';
import { commitImport, listBatches, undoImport } from '../../renderer/db/imports';
import { listObservations } from '../../renderer/db/observations';
import { createProject, getProject } from '../../renderer/db/projects';
import { openSampleProject } from '../../renderer/db/sample';
import { CHUNK_SIZE } from '../../renderer/db/value-chunks';
import { openFreshDatabase } from './support/migration-harness';
import type { DraftObservation } from '../../shared/model';

let db: PlanevalDb;
let projectId: string;
beforeEach(async () => {
  db = await openFreshDatabase();
  projectId = (await createProject(db, { name: '导入测试', plan: guangzhouPlan() })).id;
});
afterEach(() => db.close());

function draft(indicator: string, region: string, year: number, value: number, cell: string): DraftObservation {
  return { indicator, region, year, value, unit: '%', cell, sheet: '表1', rawText: String(value) };
}

const GONGBAO = { fileName: '公报.xlsx', fileHash: 'aa11' };
const DISTRICTS = { fileName: '分区.xlsx', fileHash: 'bb22' };

const values = async () =>
  (await listObservations(db, projectId)).map((o) => `${o.indicatorId} ${o.region} ${o.year} ${o.value} ${o.source.fileName}!${o.source.cell}`).sort();

describe('commitImport', () => {
  it('stores the batch and its values with their source cells', async () => {
    const batch = await commitImport(db, projectId, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2022, 3.26, 'C4'), draft('rd-intensity', '全市', 2023, 3.43, 'D4')])]);
    expect(batch).toMatchObject({ projectId, fileName: '公报.xlsx', fileHash: 'aa11', count: 2, replaced: [] });
    expect(await values()).toEqual(['rd-intensity 全市 2022 3.26 公报.xlsx!C4', 'rd-intensity 全市 2023 3.43 公报.xlsx!D4']);
    const stored = await listObservations(db, projectId);
    expect(stored.every((o) => o.batchId === batch.id && o.source.sheet === '表1' && o.source.importedAt === batch.importedAt)).toBe(true);
    expect(await listBatches(db, projectId)).toEqual([batch]);
  });

  it('saves the confirmed mapping decisions under their normalised names, in the same commit', async () => {
    await commitImport(db, projectId, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2023, 3.43, 'D4')])], {}, { '全社会 R&D 经费支出占 GDP 比重': 'rd-intensity' });
    const project = await getProject(db, projectId);
    // normaliseName drops spaces, folds case and width: the same name written differently finds the decision.
    expect(project!.mappingDecisions).toEqual({ '全社会r&d经费支出占gdp比重': 'rd-intensity' });
  });

  it('replaces a conflicting stored value when asked, and keeps the old one in the batch for undo', async () => {
    await commitImport(db, projectId, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2023, 3.43, 'D4')])]);
    const second = await commitImport(db, projectId, DISTRICTS, [draftColumns([draft('rd-intensity', '全市', 2023, 3.5, 'B9')])], { [valueKey('rd-intensity', '全市', 2023)]: 'replace' });
    expect(await values()).toEqual(['rd-intensity 全市 2023 3.5 分区.xlsx!B9']);
    expect(second.count).toBe(1);
    expect(second.replaced.map((o) => `${o.value} ${o.source.fileName}`)).toEqual(['3.43 公报.xlsx']);
  });

  it('keeps the stored value when asked (and by default), listing the incoming one in the batch', async () => {
    await commitImport(db, projectId, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2023, 3.43, 'D4')])]);
    const kept = await commitImport(db, projectId, DISTRICTS, [draftColumns([draft('rd-intensity', '全市', 2023, 3.5, 'B9'), draft('rd-intensity', '全市', 2022, 3.26, 'B8')])], {
      [valueKey('rd-intensity', '全市', 2023)]: 'keep',
    });
    expect(await values()).toEqual(['rd-intensity 全市 2022 3.26 分区.xlsx!B8', 'rd-intensity 全市 2023 3.43 公报.xlsx!D4']);
    expect(kept.count).toBe(1);
    expect(kept.replaced).toEqual([]);
    expect(kept.kept!.map((o) => `${o.value} ${o.source.cell}`)).toEqual(['3.5 B9']);

    const undecided = await commitImport(db, projectId, DISTRICTS, [draftColumns([draft('rd-intensity', '全市', 2023, 3.6, 'B9')])]);
    expect(undecided.count).toBe(0);
    expect(await values()).toContain('rd-intensity 全市 2023 3.43 公报.xlsx!D4');
  });

  it('keeps the original file’s bytes under its SHA-256, with its name', async () => {
    const bytes = new TextEncoder().encode('指标,2023\n研发经费投入强度,3.43\n');
    const hash = createHash('sha256').update(bytes).digest('hex');
    await commitImport(db, projectId, { fileName: '公报.csv', fileHash: hash, bytes }, [draftColumns([draft('rd-intensity', '全市', 2023, 3.43, 'B2')])]);
    const stored = await getOriginalFile(db, hash);
    expect(stored).toMatchObject({ name: '公报.csv', size: bytes.length });
    expect(createHash('sha256').update(stored!.bytes).digest('hex')).toBe(hash);
    const [value] = await listObservations(db, projectId);
    expect(value!.source.fileHash).toBe(hash);
  });

  it('stores neither the values nor the original file when storing fails midway', async () => {
    const bytes = new TextEncoder().encode('broken import');
    // The batch row is written after the values (and after the replaced values are removed): failing it fails midway.
    const failBatch = () => {
      throw new Error('disk failure');
    };
    db.batches.hook('creating', failBatch);
    const failing = commitImport(db, projectId, { fileName: '坏.csv', fileHash: 'cc33', bytes }, [draftColumns([draft('rd-intensity', '全市', 2022, 3.26, 'B1'), draft('rd-intensity', '全市', 2023, 3.43, 'B2')])]);
    await expect(failing).rejects.toThrow('disk failure');
    db.batches.hook('creating').unsubscribe(failBatch);
    expect(await getOriginalFile(db, 'cc33')).toBeUndefined();
    expect(await db.files.count()).toBe(0);
    expect(await listBatches(db, projectId)).toHaveLength(0);
  });

  it('stores nothing, not even the original file, when the original cannot be stored', async () => {
    const failFile = () => {
      throw new Error('quota exceeded');
    };
    db.files.hook('creating', failFile);
    const failing = commitImport(db, projectId, { fileName: '公报.csv', fileHash: 'dd44', bytes: new Uint8Array([1, 2, 3]) }, [draftColumns([draft('rd-intensity', '全市', 2023, 3.43, 'B2')])]);
    await expect(failing).rejects.toThrow('quota exceeded');
    db.files.hook('creating').unsubscribe(failFile);
    expect(await values()).toEqual([]);
    expect(await listBatches(db, projectId)).toHaveLength(0);
  });

  it('writes nothing when storing fails midway', async () => {
    await commitImport(db, projectId, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2023, 3.43, 'D4')])]);
    const before = await values();
    // The batch row is written after the values (and after the replaced values are removed): failing it fails midway.
    const failBatch = () => {
      throw new Error('disk failure');
    };
    db.batches.hook('creating', failBatch);
    const failing = commitImport(
      db,
      projectId,
      DISTRICTS,
      [draftColumns([draft('rd-intensity', '全市', 2023, 3.5, 'B9'), draft('rd-intensity', '天河区', 2023, 4.1, 'B10'), draft('rd-intensity', '黄埔区', 2023, 5.2, 'B11')])],
      { [valueKey('rd-intensity', '全市', 2023)]: 'replace' },
      { 研发强度: 'rd-intensity' },
    );
    await expect(failing).rejects.toThrow('disk failure');
    db.batches.hook('creating').unsubscribe(failBatch);
    // The replaced value is still there, no new value, no batch, no decision.
    expect(await values()).toEqual(before);
    expect(await listBatches(db, projectId)).toHaveLength(1);
    expect((await getProject(db, projectId))!.mappingDecisions).toEqual({});
  });
});

describe('a file that confirms the sample’s values (全部替换 and equal figures)', () => {
  it('takes the file’s provenance for every value it writes, equal ones included, drops their 示例数据 label, and counts added, replaced, confirmed and kept', async () => {
    const sample = await openSampleProject(db);
    const before = await listObservations(db, sample.id);
    const platforms = before.filter((o) => o.indicatorId === 'platforms' && o.region === '全市').sort((a, b) => a.year - b.year);
    expect(platforms.every((o) => o.illustrative === true)).toBe(true);
    // The same figures for 2020–2022, a different one for 2023 (replaced on the user's word), one new year.
    const file = [
      ...platforms.filter((o) => o.year < 2023).map((o) => draft('platforms', '全市', o.year, o.value, `B${o.year - 2000}`)),
      draft('platforms', '全市', 2023, platforms.find((o) => o.year === 2023)!.value + 7, 'B23'),
      draft('platforms', '全市', 2024, 400, 'B24'),
    ];
    const batch = await commitImport(db, sample.id, GONGBAO, [draftColumns(file)], { [valueKey('platforms', '全市', 2023)]: 'replace' });
    expect(batch.count).toBe(file.length);
    expect(batch.tally).toEqual({ added: 1, replaced: 1, confirmed: file.length - 2 });
    expect(batch.kept).toBeUndefined();
    const after = (await listObservations(db, sample.id)).filter((o) => o.indicatorId === 'platforms' && o.region === '全市');
    expect(after).toHaveLength(file.length);
    for (const o of after) {
      expect(o.illustrative, `${o.year}`).toBeUndefined();
      expect(o.source.fileName).toBe('公报.xlsx');
    }
    // Undo brings the sample's values, labels and sources back.
    await undoImport(db, batch.id);
    expect(await listObservations(db, sample.id)).toEqual(before);
  });
});

describe('the publication a file’s figures are from', () => {
  it('is cited by every value of the file, above its cell, and remembered for the next import of the same file', async () => {
    const publication = '《广州统计年鉴2023》表1-8';
    await commitImport(db, projectId, { ...GONGBAO, publication: `  ${publication} ` }, [draftColumns([draft('rd-intensity', '全市', 2023, 3.44, 'D4')])]);
    const [value] = await listObservations(db, projectId);
    expect(value!.source).toMatchObject({ citation: publication, fileName: '公报.xlsx', cell: 'D4' });
    expect((await getProject(db, projectId))!.publications).toEqual({ [GONGBAO.fileHash]: publication });
    // A file imported without one cites nothing and leaves the remembered ones as they are.
    await commitImport(db, projectId, DISTRICTS, [draftColumns([draft('rd-intensity', '黄埔区', 2023, 6.1, 'B7')])]);
    const district = (await listObservations(db, projectId)).find((o) => o.region === '黄埔区')!;
    expect(district.source.citation).toBeUndefined();
    expect((await getProject(db, projectId))!.publications).toEqual({ [GONGBAO.fileHash]: publication });
  });
});

describe('undoImport', () => {
  it('removes the batch and its values and restores the values it replaced', async () => {
    await commitImport(db, projectId, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2022, 3.26, 'C4'), draft('rd-intensity', '全市', 2023, 3.43, 'D4')])]);
    const before = await values();
    const second = await commitImport(db, projectId, DISTRICTS, [draftColumns([draft('rd-intensity', '全市', 2023, 3.5, 'B9'), draft('rd-intensity', '天河区', 2023, 4.1, 'B10')])], {
      [valueKey('rd-intensity', '全市', 2023)]: 'replace',
    });
    await undoImport(db, second.id);
    expect(await values()).toEqual(before);
    expect((await listBatches(db, projectId)).map((b) => b.fileName)).toEqual(['公报.xlsx']);
  });

  it('undoing an earlier batch first does not let a later undo bring its values back', async () => {
    const first = await commitImport(db, projectId, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2023, 3.43, 'D4')])]);
    const second = await commitImport(db, projectId, DISTRICTS, [draftColumns([draft('rd-intensity', '全市', 2023, 3.5, 'B9')])], { [valueKey('rd-intensity', '全市', 2023)]: 'replace' });
    await undoImport(db, first.id);
    await undoImport(db, second.id);
    expect(await values()).toEqual([]);
    expect(await listBatches(db, projectId)).toEqual([]);
  });

  it('refuses an unknown batch', async () => {
    await expect(undoImport(db, 'no-such-batch')).rejects.toThrow('no-such-batch');
  });
});

describe('listBatches', () => {
  it('lists a project\'s imports newest first', async () => {
    const first = await commitImport(db, projectId, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2022, 3.26, 'C4')])]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await commitImport(db, projectId, DISTRICTS, [draftColumns([draft('rd-intensity', '天河区', 2022, 4.0, 'C5')])]);
    expect((await listBatches(db, projectId)).map((b) => b.id)).toEqual([second.id, first.id]);
  });
});

describe('storing more values than one chunk holds', () => {
  // Values of one indicator for region i, year 2000 + (i % 20): n distinct keys, cells numbered from 1.
  const many = (n: number, value: (i: number) => number) =>
    Array.from({ length: n }, (_, i) => draft('rd-intensity', `区${Math.floor(i / 20)}`, 2000 + (i % 20), value(i), `B${i + 1}`));

  it('stores every value, listed back in the order of the file with ids counting up', async () => {
    const n = 2 * CHUNK_SIZE + 7;
    const batch = await commitImport(db, projectId, GONGBAO, [draftColumns(many(n, (i) => i / 4))]);
    expect(batch.count).toBe(n);
    const stored = await listObservations(db, projectId);
    expect(stored).toHaveLength(n);
    expect(stored.map((o) => o.source.cell)).toEqual(Array.from({ length: n }, (_, i) => `B${i + 1}`));
    expect(stored.map((o) => o.value)).toEqual(Array.from({ length: n }, (_, i) => i / 4));
    expect(stored.every((o, i) => i === 0 || o.id! > stored[i - 1]!.id!)).toBe(true);
    // Three chunks of one batch, not one row per value.
    expect(await db.valueChunks.count()).toBe(3);
  });

  it('replaces values spread over several chunks, and undo brings back exactly what was there', async () => {
    const n = CHUNK_SIZE + 10;
    await commitImport(db, projectId, GONGBAO, [draftColumns(many(n, (i) => i))]);
    const before = await listObservations(db, projectId);
    // Every 1,000th value again, with a new value: five in the first chunk, one in the second.
    const again = many(n, (i) => 100_000 + i).filter((_, i) => i % 1000 === 0);
    const decisions = Object.fromEntries(again.map((d) => [valueKey(d.indicator, d.region, d.year), 'replace' as const]));
    const second = await commitImport(db, projectId, DISTRICTS, [draftColumns(again)], decisions);
    expect(second.replaced.map((o) => o.value)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    const replacedNow = await listObservations(db, projectId);
    expect(replacedNow).toHaveLength(n);
    expect(replacedNow.filter((o) => o.batchId === second.id).map((o) => o.value)).toEqual([100_000, 101_000, 102_000, 103_000, 104_000, 105_000]);
    await undoImport(db, second.id);
    expect(await listObservations(db, projectId)).toEqual(before);
  });
});
