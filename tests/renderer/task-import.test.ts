// A filled task template's answers in storage: read through the one import session, stored in one transaction, each
// record checked against the project's ledger (a refused answer is not taken, nothing half written), unanswered items
// left without a rating and never replacing a stored one, the stored evidence kept; undo puts back exactly what was.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../shared/import';
import { emptyProgress, type ItemProgress, type Ledger } from '../../shared/ledger';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { progressAtCutoff } from '../../shared/round';
import { buildTaskTemplate } from '../../shared/templates';
import type { PlanevalDb } from '../../renderer/db/database';
import { listProgress, projectLedger, saveProgress } from '../../renderer/db/ledger';
import { createProject } from '../../renderer/db/projects';
import { storeTaskAnswers, undoTaskAnswers } from '../../renderer/db/task-import';
import { fillCells } from '../unit/templates/fill';
import { answerCells, type Answers } from '../unit/templates/task-fill';
import { openFreshDatabase } from './support/migration-harness';

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const plan = guangzhouPlan();

let db: PlanevalDb;
let projectId: string;
let ledger: Ledger;
beforeEach(async () => {
  db = await openFreshDatabase();
  projectId = (await createProject(db, { name: '中期评估', plan })).id;
  const builtin = (await projectLedger(db, projectId))!;
  const pick = (id: string, lead: string) => ({ ...builtin.items.find((i) => i.id === id)!, lead });
  // Two departments, as a 分工方案 would name them.
  ledger = { ...builtin, items: [pick('t-3-1', '市科技局'), pick('p-gz-lab', '市科技局'), pick('t-3-2', '市发展改革委'), pick('t-5-1-1', '市发展改革委')] };
  await db.ledgers.put({ ...(await db.ledgers.get(projectId))!, ledger });
});
afterEach(() => db.close());

async function filledAnswers(answers: Answers): Promise<ItemProgress[]> {
  const blank = buildTaskTemplate({ plan, ledger, projectId, projectName: '中期评估', year: 2023, previous: [], createdAt: '2024-01-15T08:00:00.000Z' }).bytes;
  const session = await ImportSession.open(fillCells(blank, answerCells(blank, 2023, answers)), 'filled.xlsx');
  return session.readTasks(ledger, { importedAt: '2024-02-01T00:00:00.000Z', projectId, existing: await listProgress(db, projectId) })!.progress;
}

const unstored = ({ projectId: _p, ...p }: ItemProgress & { projectId: string }): ItemProgress => p;
const byItem = async () => new Map((await listProgress(db, projectId)).filter((p) => p.year === 2023).map((p) => [p.itemId, unstored(p)]));

describe('storing a task template’s answers', () => {
  it('stores the answers, and the items of the department that sent nothing back as 未报送 without a rating', async () => {
    const records = await filledAnswers({ 市科技局: { 't-3-1': { rating: '序时推进', text: '按计划推进' }, 'p-gz-lab': { rating: '滞后', lagReason: '用地未落实', nextSteps: '协调用地' } } });
    const stored = await storeTaskAnswers(db, projectId, records);
    expect(stored.refused).toEqual([]);
    expect(stored.saved).toHaveLength(4);
    const rows = await byItem();
    expect([...rows.values()].map((p) => [p.itemId, p.rating, p.reportedBy])).toEqual(
      expect.arrayContaining([
        ['t-3-1', 'on-track', '市科技局'],
        ['p-gz-lab', 'lagging', '市科技局'],
        ['t-3-2', null, '市发展改革委'],
        ['t-5-1-1', null, '市发展改革委'],
      ]),
    );
    expect(rows.get('p-gz-lab')).toMatchObject({ lagReason: '用地未落实', nextSteps: '协调用地', updatedAt: '2024-02-01T00:00:00.000Z' });
  });

  it('never lets a missing answer replace a stored rating, and keeps the stored evidence with a new answer', async () => {
    const entered = await saveProgress(db, projectId, { ...emptyProgress('t-3-2', 2023), rating: 'ahead', text: '评估组核实' });
    const withFile = await saveProgress(db, projectId, { ...emptyProgress('t-3-1', 2023), rating: 'lagging', lagReason: '资金', nextSteps: '追加' }, [{ name: '佐证.pdf', bytes: PDF }]);
    const stored = await storeTaskAnswers(db, projectId, await filledAnswers({ 市科技局: { 't-3-1': { rating: '序时推进' } } }));
    expect(stored.kept).toBe(1);
    const rows = await byItem();
    expect(rows.get('t-3-2')).toEqual(unstored(entered.saved));
    expect(rows.get('t-3-1')).toMatchObject({ rating: 'on-track', reportedBy: '市科技局', evidence: withFile.saved.evidence });
    expect(rows.get('t-5-1-1')).toMatchObject({ rating: null, reportedBy: '市发展改革委' });
  });

  it('refuses an answer the rules do not allow against the stored ledger, writing the others whole', async () => {
    // 已完成 of a platform needs its stage reached and a file: the template's reader took it, the stored ledger refuses
    // the record a caller hands over without them.
    const before = await saveProgress(db, projectId, { ...emptyProgress('p-gz-lab', 2023), rating: 'on-track', text: '建设中' });
    const records = await filledAnswers({ 市科技局: { 't-3-1': { rating: '序时推进' } }, 市发展改革委: { 't-3-2': { rating: '超序时推进' } } });
    const done: ItemProgress = { ...emptyProgress('p-gz-lab', 2023), rating: 'done', reportedBy: '市科技局', updatedAt: '2024-02-01T00:00:00.000Z' };
    const stored = await storeTaskAnswers(db, projectId, [...records.filter((r) => r.itemId !== 'p-gz-lab'), done, { ...done, itemId: 'gone' }]);
    expect(stored.refused.map((r) => [r.itemId, r.errors.map((e) => e.key)])).toEqual([
      ['p-gz-lab', ['ledger.progress.error.doneStage', 'ledger.progress.error.doneEvidence']],
      ['gone', ['ledger.progress.error.item']],
    ]);
    const rows = await byItem();
    expect(rows.get('p-gz-lab')).toEqual(unstored(before.saved));
    expect(rows.has('gone')).toBe(false);
    expect(rows.get('t-3-2')?.rating).toBe('ahead');
  });

  it('keeps the record an answer replaces as its earlier version, so a round cut off before the import states it', async () => {
    const entered = await saveProgress(db, projectId, { ...emptyProgress('t-3-1', 2023), rating: 'lagging', lagReason: '资金', nextSteps: '追加' }, [], new Date('2024-01-20T00:00:00.000Z'));
    await storeTaskAnswers(db, projectId, await filledAnswers({ 市科技局: { 't-3-1': { rating: '序时推进' } } }));
    const [row] = (await listProgress(db, projectId)).filter((p) => p.itemId === 't-3-1');
    expect(row!.rating).toBe('on-track');
    expect(row!.earlier).toEqual([unstored(entered.saved)]);
    expect(progressAtCutoff([row!], '2024-01-31', 2023)).toEqual([unstored(entered.saved)]);
    expect(progressAtCutoff([row!], '2024-02-01', 2023).map((p) => p.rating)).toEqual(['on-track']);
  });

  it('is undone exactly: replaced records come back, added ones go', async () => {
    await saveProgress(db, projectId, { ...emptyProgress('t-3-1', 2023), rating: 'lagging', lagReason: '资金', nextSteps: '追加' });
    await saveProgress(db, projectId, { ...emptyProgress('t-3-1', 2022), rating: 'on-track' });
    const before = await listProgress(db, projectId);
    const stored = await storeTaskAnswers(db, projectId, await filledAnswers({ 市科技局: { 't-3-1': { rating: '已完成' } }, 市发展改革委: { 't-3-2': { rating: '序时推进' } } }));
    expect((await listProgress(db, projectId)).length).toBeGreaterThan(before.length);
    await undoTaskAnswers(db, stored);
    const sort = (rows: ItemProgress[]) => [...rows].sort((a, b) => `${a.itemId}${a.year}`.localeCompare(`${b.itemId}${b.year}`));
    expect(sort(await listProgress(db, projectId))).toEqual(sort(before));
  });
});
