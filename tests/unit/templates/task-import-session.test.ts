// The one import session recognises a filled task template by its hidden `_planeval_tasks` sheet, keeps that sheet out
// of what the user sees, reads the answers without a question, and refuses a template whose cell map is damaged.
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ImportSession } from '../../../shared/import';
import { IngestError } from '../../../shared/ingest';
import { emptyProgress, type ItemProgress, type Ledger } from '../../../shared/ledger';
import { guangzhouLedger, guangzhouPlan } from '../../../shared/plans';
import { buildTaskTemplate, replacesProgress, TASK_METADATA_SHEET } from '../../../shared/templates';
import { fillCells } from './fill';
import { answerCells } from './task-fill';

const plan = guangzhouPlan();
const builtin = guangzhouLedger();
function ledgerWithLeads(): Ledger {
  const pick = (id: string, lead: string) => ({ ...builtin.items.find((i) => i.id === id)!, lead });
  return { ...builtin, items: [pick('t-3-1', '市科技局'), pick('p-gz-lab', '市科技局'), pick('t-3-2', '市发展改革委'), pick('t-5-1-1', '市发展改革委')] };
}
const ledger = ledgerWithLeads();
const blank = buildTaskTemplate({ plan, ledger, projectId: 'project-a', projectName: '中期评估', year: 2023, previous: [], createdAt: '2024-01-15T08:00:00.000Z' }).bytes;
const options = { importedAt: '2024-02-01T00:00:00.000Z', projectId: 'project-a' };

describe('a task template in the import session', () => {
  it('is recognised, its cell map hidden, its answers read and the department that left its sheet empty 未报送', async () => {
    const filled = fillCells(blank, answerCells(blank, 2023, { 市科技局: { 't-3-1': { rating: '序时推进', text: '按计划推进' }, 'p-gz-lab': { rating: '滞后', lagReason: '用地未落实', nextSteps: '协调用地' } } }));
    const session = await ImportSession.open(filled, 'filled.xlsx');
    expect(session.template).toBeNull();
    expect(session.taskTemplate?.year).toBe(2023);
    expect(session.taskTemplate?.sheets.map((s) => s.department)).toEqual(['市科技局', '市发展改革委']);
    expect(session.visibleSheets().map((s) => s.name)).toEqual(['填报说明', '市科技局', '市发展改革委']);
    const reading = session.readTasks(ledger, options)!;
    expect(reading.progress.filter((p) => p.rating !== null).map((p) => [p.itemId, p.rating, p.reportedBy])).toEqual([
      ['t-3-1', 'on-track', '市科技局'],
      ['p-gz-lab', 'lagging', '市科技局'],
    ]);
    expect(reading.notReported.map((n) => [n.itemId, n.department])).toEqual([
      ['t-3-2', '市发展改革委'],
      ['t-5-1-1', '市发展改革委'],
    ]);
    expect(reading.findings).toEqual([]);
  });

  it('reads no answers from a file that is no task template', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['指标', '2023'], ['GDP', 1]]), '数据');
    const session = await ImportSession.open(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'data.xlsx');
    expect(session.taskTemplate).toBeNull();
    expect(session.readTasks(ledger, options)).toBeNull();
    expect(session.visibleSheets().map((s) => s.name)).toEqual(['数据']);
  });

  it('refuses a task template whose hidden cell map was damaged, naming the file and the sheet', async () => {
    const wb = XLSX.read(blank, { type: 'array' });
    wb.Sheets[TASK_METADATA_SHEET]!.A1 = { t: 's', v: 'edited' };
    const damaged = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const error = await ImportSession.open(damaged, '科技局.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe('task-template-damaged');
    expect((error as IngestError).sheet).toBe(TASK_METADATA_SHEET);
    expect((error as IngestError).message).toContain('科技局.xlsx');
    expect((error as IngestError).message).toContain('已损坏');
  });
});

describe('replacesProgress', () => {
  const answer: ItemProgress = { ...emptyProgress('t-3-1', 2023), rating: 'on-track', reportedBy: '市科技局' };
  const missing: ItemProgress = { ...emptyProgress('t-3-1', 2023), reportedBy: '市科技局' };
  it('lets an answer replace anything, and a missing answer only an empty place or another missing answer', () => {
    expect(replacesProgress(answer, undefined)).toBe(true);
    expect(replacesProgress(answer, { ...answer, rating: 'lagging' })).toBe(true);
    expect(replacesProgress(missing, undefined)).toBe(true);
    expect(replacesProgress(missing, missing)).toBe(true);
    expect(replacesProgress(missing, answer)).toBe(false);
    expect(replacesProgress(missing, { ...emptyProgress('t-3-1', 2023), text: '评估组记录' })).toBe(false);
  });
});
