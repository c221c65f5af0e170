// A project's values as read for the evaluation: the stored columns evaluate exactly as the values as objects do,
// the objects are the stored values in storing order, and an undo that puts values out of order is handled.
import 'fake-indexeddb/auto';
import { valueKey } from '../../shared/base';
import { draftColumns } from '../support/draft-columns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/attain';
import { defaultSettings, type DraftObservation, valueSet } from '../../shared/model';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import type { PlanevalDb } from '../../renderer/db/database';
import { commitImport, undoImport } from '../../renderer/db/imports';
import { readStoredValues } from '../../renderer/db/observations';
import { createProject, getProject } from '../../renderer/db/projects';
import { openSampleProject } from '../../renderer/db/sample';
import { StoredProjectValues } from '../../renderer/db/stored-values';
import { CHUNK_SIZE, packChunk, readProjectValues, valueAt } from '../../renderer/db/value-chunks';
import { openFreshDatabase } from './support/migration-harness';

let db: PlanevalDb;
beforeEach(async () => {
  db = await openFreshDatabase();
});
afterEach(() => db.close());

function draft(indicator: string, region: string, year: number, value: number, cell: string): DraftObservation {
  return { indicator, region, year, value, unit: '%', cell, sheet: '表1', rawText: String(value) };
}

const GONGBAO = { fileName: '公报.xlsx', fileHash: 'aa11' };
const DISTRICTS = { fileName: '分区.xlsx', fileHash: 'bb22' };

describe('the sample project (示例数据 for every built-in indicator)', () => {
  it('evaluates from its stored columns exactly as from its values as objects, at every year', async () => {
    const project = await openSampleProject(db);
    const values = await readStoredValues(db, project.id);
    const observations = await values.observations();
    expect(values.columns).not.toBeNull();
    expect(observations.length).toBeGreaterThan(50);
    for (const asOf of [2021, 2022, 2023, 2024]) {
      const settings = { ...project.settings, asOf };
      expect(JSON.stringify(evaluate(project.plan, values.columns!, settings))).toBe(JSON.stringify(evaluate(project.plan, valueSet(observations), settings)));
    }
  });

  it('builds the values as objects equal to those storage reads in one go, in the same order', async () => {
    const project = await openSampleProject(db);
    const values = await readStoredValues(db, project.id);
    expect(await values.observations()).toEqual(await readProjectValues(db.valueChunks, project.id));
    expect(values.size).toBe((await values.observations()).length);
  });

  it('lists the years with data, and every value of the indicators that have any 示例数据 value', async () => {
    const project = await openSampleProject(db);
    const values = await readStoredValues(db, project.id);
    const observations = await values.observations();
    expect([...values.years()].sort()).toEqual([...new Set(observations.map((o) => o.year))].sort());
    const marked = new Set(observations.filter((o) => o.illustrative === true).map((o) => o.indicatorId));
    const expected = observations.filter((o) => marked.has(o.indicatorId));
    // The sample mixes published figures with 示例数据: some values of a marked indicator are official.
    expect(expected.some((o) => o.illustrative !== true)).toBe(true);
    expect(values.illustrativeIndicatorValues()).toEqual(expected);
  });
});

describe('a project of official statistics', () => {
  it('has no illustrative values and cites the cells of a conflict through the stored columns', async () => {
    const project = await createProject(db, { name: '官方统计', plan: guangzhouPlan() });
    // One file giving 2023 twice: both values are stored and the later one is used.
    await commitImport(db, project.id, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2022, 3.26, 'B5'), draft('rd-intensity', '全市', 2023, 3.43, 'B6'), draft('rd-intensity', '全市', 2023, 3.5, 'C9')])]);
    const values = await readStoredValues(db, project.id);
    expect(values.illustrativeIndicatorValues()).toEqual([]);
    const evaluation = evaluate(project.plan, values.columns!, defaultSettings(2023));
    const rd = evaluation.indicators.find((r) => r.indicatorId === 'rd-intensity')!;
    expect(rd.latest).toEqual({ year: 2023, value: 3.5 });
    const conflict = rd.findings.find((f) => f.code === 'conflict')!;
    expect(conflict.cells.map((c) => `${c.source?.fileName} ${c.source?.cell}`)).toEqual(['公报.xlsx B6', '公报.xlsx C9']);
  });

  it('after an undo brings back an older value, evaluates the values as objects in storing order', async () => {
    const project = await createProject(db, { name: '撤销', plan: guangzhouPlan() });
    await commitImport(db, project.id, GONGBAO, [draftColumns([draft('rd-intensity', '全市', 2022, 3.26, 'B5'), draft('rd-intensity', '全市', 2023, 3.43, 'B6')])]);
    const replacing = await commitImport(db, project.id, DISTRICTS, [draftColumns([draft('rd-intensity', '全市', 2023, 3.5, 'C9')])], {
      [valueKey('rd-intensity', '全市', 2023)]: 'replace',
    });
    await commitImport(db, project.id, DISTRICTS, [draftColumns([draft('rd-intensity', '全市', 2021, 3.12, 'C4')])]);
    await undoImport(db, replacing.id);
    const values = await readStoredValues(db, project.id);
    // The restored value keeps its id, older than the 2021 value stored after it, and lands in a chunk of its own.
    expect(values.columns).toBeNull();
    const observations = await values.observations();
    expect(observations.map((o) => o.id)).toEqual([...observations.map((o) => o.id!)].sort((a, b) => a - b));
    expect(observations.map((o) => o.value)).toEqual([3.26, 3.43, 3.12]);
    const stored = (await getProject(db, project.id))!;
    const rd = evaluate(stored.plan, valueSet(observations), defaultSettings(2023)).indicators.find((r) => r.indicatorId === 'rd-intensity')!;
    expect(rd.latest).toEqual({ year: 2023, value: 3.43 });
  });
});

describe('building the values as objects', () => {
  it('builds a small project at once, in the same order as when asked to wait', async () => {
    const project = await openSampleProject(db);
    const values = await readStoredValues(db, project.id);
    const atOnce = values.observationsAtOnce();
    expect(atOnce).toEqual(await readProjectValues(db.valueChunks, project.id));
    expect(await values.observations()).toBe(atOnce);
  });

  it('builds 30,000 values only when asked to wait, then has them at once', async () => {
    const all = Array.from({ length: 30_000 }, (_, i) => ({
      id: i + 1,
      projectId: 'p',
      batchId: 'b',
      indicatorId: `ind-${i % 100}`,
      region: '全市',
      year: 2000 + (i % 25),
      value: i / 3,
      source: { fileName: '年鉴.xlsx', fileHash: 'h', sheet: '表1', cell: `B${i + 2}`, rawText: String(i / 3), importedAt: '2024-01-01T00:00:00Z' },
    }));
    const chunks = [];
    for (let i = 0; i < all.length; i += CHUNK_SIZE) chunks.push(packChunk(all.slice(i, i + CHUNK_SIZE)));
    const values = new StoredProjectValues('p', chunks);
    expect(values.size).toBe(30_000);
    expect(values.observationsAtOnce()).toBeNull();
    const built = await values.observations();
    expect(built).toEqual(all);
    expect(values.observationsAtOnce()).toBe(built);
  });
});

describe('a value whose year came from its table title', () => {
  it('keeps where the year came from through a chunk', () => {
    const observation = {
      id: 7, projectId: 'p', batchId: 'b', indicatorId: 'rd-intensity', region: '全市', year: 2021, value: 3.1,
      source: { fileName: 'x.xlsx', fileHash: 'h', sheet: '2021年分区', cell: 'B3', rawText: '3.1', importedAt: '2024-01-01T00:00:00.000Z', yearFrom: 'sheet' as const },
    };
    expect(valueAt(packChunk([observation]), 0)).toEqual(observation);
  });
});
