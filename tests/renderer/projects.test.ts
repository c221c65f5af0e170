// Projects in storage: created from a plan, listed newest first, renamed, duplicated with their data,
// deleted with their data, and plan and settings edits saved.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch, Observation } from '../../shared/model';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import type { PlanevalDb } from '../../renderer/db/database';
import { listObservations } from '../../renderer/db/observations';
import { createProject, defaultAsOf, deleteProject, duplicateProject, getProject, listProjects, renameProject, updatePlan, updateSettings } from '../../renderer/db/projects';
import { storeValues } from '../../renderer/db/value-chunks';
import { report, sentTemplate } from './support/backup-fixture';
import { openFreshDatabase } from './support/migration-harness';

let db: PlanevalDb;
beforeEach(async () => {
  db = await openFreshDatabase();
});
afterEach(() => db.close());

function observation(projectId: string, batchId: string, indicatorId: string, year: number, value: number): Observation {
  return {
    projectId,
    batchId,
    indicatorId,
    region: '全市',
    year,
    value,
    source: { fileName: 'a.xlsx', fileHash: 'h', sheet: 'S', cell: 'B2', rawText: String(value), importedAt: '2024-05-01T00:00:00.000Z' },
  };
}

async function withData(name: string) {
  const project = await createProject(db, { name, plan: guangzhouPlan() });
  const batch: ImportBatch = { id: `batch-of-${name}`, projectId: project.id, fileName: 'a.xlsx', fileHash: 'h', importedAt: '2024-05-01T00:00:00.000Z', count: 2, replaced: [] };
  await db.batches.add(batch);
  await storeValues(db.valueChunks, [observation(project.id, batch.id, 'rd-intensity', 2021, 3.12), observation(project.id, batch.id, 'rd-intensity', 2022, 3.43)]);
  await db.reports.add(report(`report-of-${name}`, project.id));
  await db.templates.add(sentTemplate(`template-of-${name}`, project.id));
  return project;
}

describe('creating and listing projects', () => {
  it('stores a project with its own copy of the plan and default settings', async () => {
    const plan = guangzhouPlan();
    const project = await createProject(db, { name: '中期评估', plan });
    plan.indicators[0]!.name = 'changed after creation';
    const stored = await getProject(db, project.id);
    expect(stored?.name).toBe('中期评估');
    expect(stored?.plan.indicators[0]!.name).toBe('省级以上战略科技创新平台数');
    expect(stored?.settings.cutoffs.onTrack).toBe(0.95);
    expect(stored?.mappingDecisions).toEqual({});
  });

  it('starts the evaluation year at last year, inside the plan period', () => {
    const plan = guangzhouPlan(); // 2021–2025
    expect(defaultAsOf(plan, new Date('2024-06-01'))).toBe(2023);
    expect(defaultAsOf(plan, new Date('2030-06-01'))).toBe(2025);
    expect(defaultAsOf(plan, new Date('2019-06-01'))).toBe(2021);
  });

  it('lists the most recently changed project first', async () => {
    const a = await createProject(db, { name: 'A', plan: guangzhouPlan() });
    await createProject(db, { name: 'B', plan: guangzhouPlan() });
    await new Promise((r) => setTimeout(r, 5));
    await renameProject(db, a.id, 'A2');
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['A2', 'B']);
  });
});

describe('changing a project', () => {
  it('renames it and moves its last-changed time forward', async () => {
    const project = await createProject(db, { name: '旧名', plan: guangzhouPlan() });
    await new Promise((r) => setTimeout(r, 5));
    await renameProject(db, project.id, '新名');
    const stored = await getProject(db, project.id);
    expect(stored?.name).toBe('新名');
    expect(stored!.updatedAt > project.updatedAt).toBe(true);
  });

  it('saves an edited plan and edited settings', async () => {
    const project = await createProject(db, { name: 'P', plan: guangzhouPlan() });
    const plan = structuredClone(project.plan);
    plan.indicators.find((i) => i.id === 'tech-contracts')!.target = { year: 2025, comparator: '>', value: 3200 };
    await updatePlan(db, project.id, plan);
    await updateSettings(db, project.id, { ...project.settings, asOf: 2022 });
    const stored = await getProject(db, project.id);
    expect(stored?.plan.indicators.find((i) => i.id === 'tech-contracts')!.target).toEqual({ year: 2025, comparator: '>', value: 3200 });
    expect(stored?.settings.asOf).toBe(2022);
  });

  it('refuses to change a project that does not exist', async () => {
    await expect(renameProject(db, 'nope', 'x')).rejects.toThrow(/项目 nope 已不存在.*Project nope no longer exists/);
  });
});

describe('duplicating a project', () => {
  it('copies the plan, batches and observations under new ids and leaves the original untouched', async () => {
    const original = await withData('原件');
    const copy = await duplicateProject(db, original.id, '副本');
    expect(copy.id).not.toBe(original.id);
    expect(copy.name).toBe('副本');
    expect(copy.plan).toEqual(original.plan);

    const copied = await listObservations(db, copy.id);
    const kept = await listObservations(db, original.id);
    expect(copied.map((o) => [o.year, o.value])).toEqual([
      [2021, 3.12],
      [2022, 3.43],
    ]);
    expect(kept).toHaveLength(2);
    const originalIds = new Set(kept.map((o) => o.id));
    expect(copied.every((o) => !originalIds.has(o.id))).toBe(true);

    const copiedBatches = await db.batches.where('projectId').equals(copy.id).toArray();
    expect(copiedBatches).toHaveLength(1);
    expect(copiedBatches[0]!.id).not.toBe(`batch-of-原件`);
    expect(copied.every((o) => o.batchId === copiedBatches[0]!.id)).toBe(true);
  });

  it('copies the reports (with the user’s edits) and the sent-template records under new ids', async () => {
    const original = await withData('原件');
    const copy = await duplicateProject(db, original.id, '副本');
    const reports = await db.reports.where('projectId').equals(copy.id).toArray();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.id).not.toBe('report-of-原件');
    expect(reports[0]!.document).toEqual(report('x', original.id).document);
    const templates = await db.templates.where('projectId').equals(copy.id).toArray();
    expect(templates).toHaveLength(1);
    expect(templates[0]!.id).not.toBe('template-of-原件');
    expect(templates[0]!.department).toBe('市科技局');
    // The original keeps its own rows.
    expect(await db.reports.get('report-of-原件')).toMatchObject({ projectId: original.id });
    expect(await db.templates.get('template-of-原件')).toMatchObject({ projectId: original.id });
  });

  it('gives the copy its own plan object: editing one does not change the other', async () => {
    const original = await withData('原件');
    const copy = await duplicateProject(db, original.id, '副本');
    const plan = structuredClone(copy.plan);
    plan.categories.push('新类别');
    await updatePlan(db, copy.id, plan);
    expect((await getProject(db, original.id))?.plan.categories).not.toContain('新类别');
  });
});

describe('deleting a project', () => {
  it('removes the project with its observations, batches, reports and sent templates, and nothing of other projects', async () => {
    const doomed = await withData('删除');
    const other = await withData('保留');
    await deleteProject(db, doomed.id);
    expect(await getProject(db, doomed.id)).toBeUndefined();
    expect(await listObservations(db, doomed.id)).toEqual([]);
    expect(await db.batches.where('projectId').equals(doomed.id).count()).toBe(0);
    expect(await db.reports.where('projectId').equals(doomed.id).count()).toBe(0);
    expect(await db.templates.where('projectId').equals(doomed.id).count()).toBe(0);
    expect(await listObservations(db, other.id)).toHaveLength(2);
    expect(await db.reports.where('projectId').equals(other.id).count()).toBe(1);
    expect(await db.templates.where('projectId').equals(other.id).count()).toBe(1);
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['保留']);
  });
});
