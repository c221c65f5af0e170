// The sample project: created once, in one go, with every value either cited or marked 示例数据.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GZ_SAMPLE_AS_OF, GZ_SAMPLE_NAME, gzSampleObservations } from '../../shared/plans/gz-sample';
import type { PlanevalDb } from '../../renderer/db/database';
import { listObservations } from '../../renderer/db/observations';
import { listProjects } from '../../renderer/db/projects';
import { openSampleProject } from '../../renderer/db/sample';
import { allValues } from './support/backup-fixture';
import { openFreshDatabase } from './support/migration-harness';

let db: PlanevalDb;
beforeEach(async () => {
  db = await openFreshDatabase();
});
afterEach(() => db.close());

describe('opening the sample project', () => {
  it('creates it on first use with the built-in plan, the sample values and one batch', async () => {
    const project = await openSampleProject(db, new Date('2024-05-01T08:00:00Z'));
    expect(project.name).toBe(GZ_SAMPLE_NAME);
    expect(project.name).toBe('示例：广州科技创新“十四五”规划中期评估');
    expect(project.sample).toBe(true);
    expect(project.settings.asOf).toBe(GZ_SAMPLE_AS_OF);
    expect(project.plan.indicators).toHaveLength(14);

    const stored = await listObservations(db, project.id);
    expect(stored).toHaveLength(gzSampleObservations('x').length);
    const batches = await db.batches.where('projectId').equals(project.id).toArray();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.count).toBe(stored.length);
    expect(stored.every((o) => o.batchId === batches[0]!.id)).toBe(true);
  });

  it('keeps the 示例数据 mark: every stored value is illustrative or carries a citation', async () => {
    const project = await openSampleProject(db);
    const stored = await listObservations(db, project.id);
    expect(stored.every((o) => o.illustrative === true || (o.illustrative === false && !!o.source.citation))).toBe(true);
    // The plan text's 2020 technology-contract figure (2256 亿元) is public, so it is not illustrative.
    const cited = stored.find((o) => o.indicatorId === 'tech-contracts' && o.region === '全市' && o.year === 2020);
    expect(cited).toMatchObject({ value: 2256, illustrative: false });
    expect(stored.some((o) => o.illustrative)).toBe(true);
  });

  it('opens the existing sample instead of creating a second one', async () => {
    const first = await openSampleProject(db);
    const second = await openSampleProject(db);
    expect(second.id).toBe(first.id);
    expect(await listProjects(db)).toHaveLength(1);
    expect(await allValues(db)).toHaveLength(gzSampleObservations('x').length);
  });
});
