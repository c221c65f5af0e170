// A 分工方案 applied to a project's ledger: one transaction, the mapping remembered by layout, undo restoring the
// ledger row exactly; a file with errors is refused unless the user confirms importing only its good rows, and an item
// changed since the preview refuses the whole import.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDivision, type DivisionPlan } from '../../shared/division';
import { readWorkbook } from '../../shared/ingest';
import { ledgerVersion } from '../../shared/ledger';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import type { PlanevalDb } from '../../renderer/db/database';
import { applyDivisionPlan, DivisionRefused, divisionMappings, undoDivision } from '../../renderer/db/division';
import { projectLedger } from '../../renderer/db/ledger';
import { createProject } from '../../renderer/db/projects';
import { divisionPreview } from '../../renderer/src/screens/tasks/division-preview';
import { DIVISION_ROWS, divisionXlsx } from '../support/division-fixture';
import { openFreshDatabase } from './support/migration-harness';

const indicatorIds = guangzhouPlan().indicators.map((i) => i.id);
let db: PlanevalDb;
let projectId: string;
beforeEach(async () => {
  db = await openFreshDatabase();
  projectId = (await createProject(db, { name: '中期评估', plan: guangzhouPlan() })).id;
});
afterEach(() => db.close());

async function planFor(rows: (string | number)[][] = DIVISION_ROWS): Promise<DivisionPlan> {
  const ledger = (await projectLedger(db, projectId))!;
  return planDivision(await readWorkbook(divisionXlsx(rows), '分工方案.xlsx'), ledger, { indicatorIds, mappings: await divisionMappings(db, projectId) });
}

describe('applying a 分工方案', () => {
  it('writes the changes, remembers the mapping for the layout, and undo puts the ledger back exactly', async () => {
    await projectLedger(db, projectId);
    const before = structuredClone(await db.ledgers.get(projectId));
    const plan = await planFor();
    const applied = await applyDivisionPlan(db, projectId, plan, false);
    expect(applied.count).toBe(3);
    const ledger = (await projectLedger(db, projectId))!;
    expect(ledger.items.find((i) => i.id === 't-5-1-3')).toMatchObject({
      lead: '市发展改革委',
      partners: ['市科技局', '黄埔区政府'],
      milestones: [{ year: 2022, stage: 'started' }, { year: 2025, stage: 'completed' }],
    });
    expect(ledger.items.find((i) => i.id === 'p-gz-lab')).toMatchObject({ lead: '市科技局', milestoneNote: '持续推进' });
    expect(ledgerVersion(ledger)).toBe(ledgerVersion(before!.ledger));
    expect(await divisionMappings(db, projectId)).toEqual({ [plan.tables[0]!.layoutKey]: { ref: 1, title: 2, lead: 3, partners: 4, deadline: 5 } });
    expect((await planFor()).tables[0]!.remembered).toBe(true);

    await undoDivision(db, applied);
    expect(await db.ledgers.get(projectId)).toEqual(before);
  });

  it('refuses a file with errors unless only its good rows are confirmed, and then writes only those', async () => {
    const rows = [...DIVISION_ROWS, [4, '五（九）9', '', '市科技局', '', '']];
    const plan = await planFor(rows);
    const stored = structuredClone(await db.ledgers.get(projectId));
    const refused = await applyDivisionPlan(db, projectId, plan, false).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DivisionRefused);
    expect((refused as DivisionRefused).key).toBe('division.error.refused');
    expect((refused as Error).message).toContain('分工方案有1行错误，未导入');
    expect(await db.ledgers.get(projectId)).toEqual(stored);

    const applied = await applyDivisionPlan(db, projectId, plan, true);
    expect(applied.count).toBe(3);
    expect((await projectLedger(db, projectId))!.items.filter((i) => i.lead !== '').map((i) => i.id)).toEqual(['p-gz-lab', 't-5-1-2', 't-5-1-3']);
  });

  it('refuses the whole import when an item changed after the preview, and one that changes nothing', async () => {
    const plan = await planFor();
    await applyDivisionPlan(db, projectId, await planFor([DIVISION_ROWS[2]!, [1, '五（一）2', '', '市财政局', '', '']]), false);
    const stored = structuredClone(await db.ledgers.get(projectId));
    await expect(applyDivisionPlan(db, projectId, plan, false)).rejects.toMatchObject({ key: 'division.error.stale', params: { id: 't-5-1-2' } });
    expect(await db.ledgers.get(projectId)).toEqual(stored);
    expect((await applyDivisionPlan(db, projectId, await planFor(), false)).count).toBe(3);
    await expect(applyDivisionPlan(db, projectId, await planFor(), false)).rejects.toMatchObject({ key: 'division.error.nothing' });
  });
});

describe('the preview of a 分工方案', () => {
  it('shows each row\'s item and only the fields it changes, before → after, in the reader\'s language', async () => {
    const plan = await planFor([...DIVISION_ROWS, [4, '五（九）9', '', '市科技局', '', '']]);
    const ledger = (await projectLedger(db, projectId))!;
    const zh = divisionPreview(plan, ledger, 'zh');
    expect([zh.changes, zh.refused, zh.unchanged]).toEqual([3, 1, 0]);
    expect(zh.rows[1]).toMatchObject({
      where: '分工方案!B6',
      written: '五(一)3 统筹布局重大科技基础设施',
      item: '五（一）3 统筹布局重大科技基础设施（t-5-1-3）',
      fields: { lead: { before: '—', after: '市发展改革委' }, partners: { before: '—', after: '市科技局、黄埔区政府' }, milestones: { before: '—', after: '2022年开工；2025年建成/挂牌' } },
      status: 'change',
    });
    expect(zh.rows[2]!.fields.milestones).toEqual({ before: '—', after: '备注：持续推进' });
    expect(zh.rows[3]).toMatchObject({ item: null, status: 'refused', fields: { lead: null }, problems: [{ severity: 'error', text: '“分工方案”工作表 B8：台账中没有章节“五（九）9”' }] });
    const en = divisionPreview(plan, ledger, 'en');
    expect(en.rows[1]!.fields.milestones!.after).toBe('started 2022; built or inaugurated 2025');
    expect(en.rows[1]!.fields.partners!.after).toBe('市科技局, 黄埔区政府');
  });
});
