// 最后修改 on the start screen: every change to a project's data (an import, its undo, a report drafted, edited,
// deleted or restored, templates sent, a rename, plan or settings edit) moves the project's updatedAt to the time of
// the change, and with it the project to the top of the list.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanevalDb } from '../../renderer/db/database';
import { commitImport, undoImport } from '../../renderer/db/imports';
import { createProject, getProject, listProjects, renameProject, updatePlan, updateSettings } from '../../renderer/db/projects';
import { createReport, deleteReport, restoreReport, saveReportDocument } from '../../renderer/db/reports';
import { recordSentTemplates } from '../../renderer/db/templates';
import { defaultSettings } from '../../shared/model';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import type { ReportDocument, ReportOptions } from '../../shared/report';
import { draftColumns } from '../support/draft-columns';
import { sentTemplate } from './support/backup-fixture';
import { openFreshDatabase } from './support/migration-harness';

const CREATED = new Date('2024-05-01T08:00:00.000Z');
const LATER = new Date('2024-05-02T09:30:00.000Z');

let db: PlanevalDb;
let projectId: string;
let otherId: string;
beforeEach(async () => {
  // Only the clock is faked: IndexedDB still needs real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(CREATED);
  db = await openFreshDatabase();
  projectId = (await createProject(db, { name: '中期评估', plan: guangzhouPlan() })).id;
  otherId = (await createProject(db, { name: '年度监测', plan: guangzhouPlan() })).id;
  vi.setSystemTime(LATER);
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

const updatedAt = async (id: string) => (await getProject(db, id))!.updatedAt;
const options: ReportOptions = { type: 'midterm', asOf: 2023, categories: 'all', includeRegions: false, lang: 'zh', date: '2024-05-02' };
const document = (title: string) => ({ title, sections: [] }) as unknown as ReportDocument;
const oneValue = () => [draftColumns([{ indicator: 'rd-intensity', region: '全市', year: 2023, value: 3.43, unit: '%', cell: 'D4', sheet: '表1', rawText: '3.43' }])];

/** Runs `change` at LATER and expects it to have moved only the project's 最后修改 there. */
async function expectTouched(change: () => Promise<unknown>, id = projectId) {
  await change();
  expect(await updatedAt(id)).toBe(LATER.toISOString());
  expect(await updatedAt(id === projectId ? otherId : projectId)).toBe(CREATED.toISOString());
  expect((await listProjects(db))[0]!.id).toBe(id);
}

describe('a project’s 最后修改', () => {
  it('moves when values are imported, even without a new mapping decision', async () => {
    await expectTouched(() => commitImport(db, projectId, { fileName: '公报.xlsx', fileHash: 'aa' }, oneValue()));
  });

  it('moves when an import is undone', async () => {
    const batch = await commitImport(db, projectId, { fileName: '公报.xlsx', fileHash: 'aa' }, oneValue());
    vi.setSystemTime(new Date('2024-05-03T10:00:00.000Z'));
    await undoImport(db, batch.id);
    expect(await updatedAt(projectId)).toBe('2024-05-03T10:00:00.000Z');
  });

  it('moves when a report is drafted, edited, deleted and restored', async () => {
    await expectTouched(() => createReport(db, projectId, options, document('中期评估报告')));
    const report = (await db.reports.toArray())[0]!;
    for (const [at, change] of [
      ['2024-05-04T00:00:00.000Z', () => saveReportDocument(db, report.id, document('修改后'))],
      ['2024-05-05T00:00:00.000Z', () => deleteReport(db, report.id)],
      ['2024-05-06T00:00:00.000Z', () => restoreReport(db, report)],
    ] as const) {
      vi.setSystemTime(new Date(at));
      await change();
      expect(await updatedAt(projectId), at).toBe(at);
    }
  });

  it('moves when data-collection templates are recorded as sent', async () => {
    await expectTouched(() => recordSentTemplates(db, [sentTemplate('t1', otherId)]), otherId);
  });

  it('moves when the project is renamed or its plan or settings are edited', async () => {
    await expectTouched(() => renameProject(db, projectId, '中期评估(修订)'));
    vi.setSystemTime(new Date('2024-05-04T00:00:00.000Z'));
    await updatePlan(db, otherId, guangzhouPlan());
    expect(await updatedAt(otherId)).toBe('2024-05-04T00:00:00.000Z');
    vi.setSystemTime(new Date('2024-05-05T00:00:00.000Z'));
    await updateSettings(db, projectId, defaultSettings(2024));
    expect(await updatedAt(projectId)).toBe('2024-05-05T00:00:00.000Z');
  });
});
