// Target revisions live inside the project's plan: no table of their own. A project stored without revisions opens
// and evaluates as it always did; revisions saved with the plan survive reopening and a backup round trip.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/attain';
import { readBackup, writeBackup } from '../../shared/backup';
import type { Plan, TargetRevision } from '../../shared/model';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { backupMeta, exportBackup, restoreBackup } from '../../renderer/db/backup';
import type { PlanevalDb } from '../../renderer/db/database';
import { readStoredValues } from '../../renderer/db/observations';
import { getProject, updatePlan } from '../../renderer/db/projects';
import { openSampleProject } from '../../renderer/db/sample';
import { CURRENT_VERSION } from '../../renderer/db/schema';
import { addRevision } from '../../renderer/src/screens/framework/plan-edits';
import { databaseAtVersion, freshDatabaseName, openFreshDatabase } from './support/migration-harness';

const open: PlanevalDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));
async function fresh(): Promise<PlanevalDb> {
  const db = await openFreshDatabase();
  open.push(db);
  return db;
}

const revision: TargetRevision = { effectiveYear: 2023, target: { comparator: '>', value: 2800 }, reason: '统计口径调整', basis: '穗科〔2023〕12号', recordedAt: '2023-07-01T08:00:00.000Z' };
const revised = (plan: Plan) => addRevision(plan, 'tech-contracts', revision).plan;

describe('a project and its target revisions in storage', () => {
  it('a version 3 project without revisions opens with its plan as stored and evaluates exactly as the built-in plan does', async () => {
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(3);
    const name = freshDatabaseName();
    const v3 = databaseAtVersion(name, 3);
    await v3.open();
    // The sample's rows as version 3 held them: the project, its batch and its value chunks (ledgers came with version 4).
    const source = await fresh();
    const stored = await openSampleProject(source);
    await v3.projects.bulkAdd(await source.projects.toArray());
    await v3.batches.bulkAdd(await source.batches.toArray());
    await v3.valueChunks.bulkAdd(await source.valueChunks.toArray());
    v3.close();
    const db = databaseAtVersion(name, CURRENT_VERSION);
    await db.open();
    open.push(db);
    const project = (await getProject(db, stored.id))!;
    expect(project.plan).toEqual(guangzhouPlan());
    expect(project.plan.indicators.some((i) => 'revisions' in i)).toBe(false);
    const values = await readStoredValues(db, project.id);
    const evaluation = evaluate(project.plan, values.columns!, project.settings);
    expect(evaluation).toEqual(evaluate(guangzhouPlan(), values.columns!, project.settings));
    expect([...evaluation.indicators, ...evaluation.regions].some((r) => 'revision' in r)).toBe(false);
  });

  it('keeps a revision saved with the plan, and evaluates against it after reopening', async () => {
    const db = await fresh();
    const project = await openSampleProject(db);
    await updatePlan(db, project.id, revised(project.plan));
    const reopened = (await getProject(db, project.id))!;
    expect(reopened.plan.indicators.find((i) => i.id === 'tech-contracts')!.revisions).toEqual([revision]);
    const values = await readStoredValues(db, project.id);
    const result = evaluate(reopened.plan, values.columns!, { ...reopened.settings, asOf: 2023 }).indicators.find((r) => r.indicatorId === 'tech-contracts')!;
    expect(result.target?.value).toBe(2800);
    expect(result.revision?.originalTarget).toEqual({ year: 2025, comparator: '>', value: 3000 });
  });

  it('keeps revisions through a backup and a restore into another install', async () => {
    const source = await fresh();
    const project = await openSampleProject(source);
    await updatePlan(source, project.id, revised(project.plan));
    const backup = await readBackup(await writeBackup(await exportBackup(source, { scope: 'all' }), backupMeta(new Date('2024-06-01T00:00:00Z'))));
    const target = await fresh();
    await restoreBackup(target, backup, 'replace');
    const restored = (await getProject(target, project.id))!;
    expect(restored.plan).toEqual((await getProject(source, project.id))!.plan);
    expect(restored.plan.indicators.find((i) => i.id === 'tech-contracts')!.revisions).toEqual([revision]);
  });
});
