// A small install with everything a backup must carry: two projects, imports (one that replaced a value),
// values with provenance, a report with a user's edit, a sent data-collection template, settings and the original files.
import { createHash } from 'node:crypto';
import { defaultSettings, type ImportBatch, type Observation, type Project } from '../../../shared/model';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import type { PlanevalDb } from '../../../renderer/db/database';
import type { StoredFile } from '../../../renderer/db/files';
import type { StoredReport } from '../../../renderer/db/reports';
import type { SentTemplateRow } from '../../../renderer/db/templates';
import { storeValues, unpackChunks } from '../../../renderer/db/value-chunks';

/** An original file row, hashed independently of the app (node:crypto). */
export function originalFile(name: string, text: string, firstImportedAt = '2024-05-01T08:00:00.000Z'): StoredFile {
  const bytes = new TextEncoder().encode(text);
  return { hash: createHash('sha256').update(bytes).digest('hex'), name, size: bytes.length, bytes, firstImportedAt };
}

export function project(id: string, name: string): Project {
  return {
    id,
    name,
    plan: guangzhouPlan(),
    settings: defaultSettings(2023),
    createdAt: '2024-05-01T00:00:00.000Z',
    updatedAt: '2024-05-02T00:00:00.000Z',
    mappingDecisions: { 研发经费投入强度: 'rd-intensity' },
  };
}

export function value(projectId: string, batchId: string, file: StoredFile, year: number, amount: number, cell: string): Observation {
  return {
    projectId,
    batchId,
    indicatorId: 'rd-intensity',
    region: '全市',
    year,
    value: amount,
    source: { fileName: file.name, fileHash: file.hash, sheet: '17-1', cell, rawText: String(amount), importedAt: '2024-05-01T08:00:00.000Z' },
  };
}

export function report(id: string, projectId: string): StoredReport {
  return {
    id,
    projectId,
    options: { type: 'midterm', asOf: 2023 },
    document: { title: '中期评估报告', sections: [{ id: 's1', title: '总体', blocks: [{ kind: 'paragraph', id: 'b1', draft: '草稿', edited: '用户修改后的段落' }] }] },
    createdAt: '2024-05-03T00:00:00.000Z',
    updatedAt: '2024-05-04T00:00:00.000Z',
  } as unknown as StoredReport;
}

/** The record of one department's data-collection template, as the 数据采集 tab saves it. */
export function sentTemplate(id: string, projectId: string): SentTemplateRow {
  return {
    id,
    projectId,
    templateId: id,
    department: '市科技局',
    sheet: '市科技局',
    indicatorIds: ['rd-intensity'],
    years: [2023],
    regions: ['全市'],
    fileName: '数据采集表_市科技局.xlsx',
    deadline: '2024-06-30',
    contact: '规划处 020-12345678',
    createdAt: '2024-05-05T00:00:00.000Z',
  };
}

export const yearbook = originalFile('年鉴2023.xlsx', 'yearbook bytes');
export const bulletin = originalFile('公报.csv', '指标,2022\n研发经费投入强度,3.43\n');
export const reviewFile = originalFile('评审.xlsx', 'review bytes');

/** Fills `db` with the two-project install and returns the ids. */
export async function populate(db: PlanevalDb): Promise<void> {
  await db.projects.bulkAdd([project('p1', '中期评估'), project('p2', '年度评估')]);
  const first: ImportBatch = { id: 'b1', projectId: 'p1', fileName: yearbook.name, fileHash: yearbook.hash, importedAt: '2024-05-01T08:00:00.000Z', count: 2, replaced: [] };
  await db.batches.add(first);
  // The second import replaced the 2022 value: the batch keeps the replaced value (with its id) for undo.
  await storeValues(db.valueChunks, [{ ...value('p1', 'b1', yearbook, 2021, 3.12, 'C5'), id: 1 }]);
  const replaced: Observation = { ...value('p1', 'b1', yearbook, 2022, 3.4, 'D5'), id: 2 };
  const second: ImportBatch = {
    id: 'b2',
    projectId: 'p1',
    fileName: bulletin.name,
    fileHash: bulletin.hash,
    importedAt: '2024-05-02T08:00:00.000Z',
    count: 1,
    replaced: [replaced],
    kept: [value('p1', 'b2', bulletin, 2021, 3.12, 'B2')],
  };
  await db.batches.add(second);
  await storeValues(db.valueChunks, [{ ...value('p1', 'b2', bulletin, 2022, 3.43, 'B2'), id: 3 }]);
  await db.batches.add({ id: 'b3', projectId: 'p2', fileName: reviewFile.name, fileHash: reviewFile.hash, importedAt: '2024-05-03T08:00:00.000Z', count: 1, replaced: [] });
  await storeValues(db.valueChunks, [{ ...value('p2', 'b3', reviewFile, 2023, 3.6, 'E7'), id: 4 }]);
  await db.reports.add(report('r1', 'p1'));
  await db.templates.add(sentTemplate('TABC123', 'p1'));
  await db.meta.bulkPut([
    { key: 'language', value: 'en' },
    { key: 'sampleCreated', value: true },
  ]);
  await db.files.bulkAdd([yearbook, bulletin, reviewFile]);
}

/** Every stored value of every project, in id order. */
export async function allValues(db: PlanevalDb): Promise<Observation[]> {
  return unpackChunks(await db.valueChunks.toArray());
}

/** Every backed-up table's rows, in primary-key order, for comparing two installs table by table. */
export async function tables(db: PlanevalDb): Promise<Record<string, unknown[]>> {
  return {
    projects: await db.projects.toArray(),
    batches: await db.batches.toArray(),
    observations: await allValues(db),
    reports: await db.reports.toArray(),
    templates: await db.templates.toArray(),
    ledgers: await db.ledgers.toArray(),
    progress: await db.progress.toArray(),
    meta: await db.meta.toArray(),
    files: await db.files.toArray(),
  };
}
