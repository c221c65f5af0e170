// A task template asks each department (the items' 牵头单位) for the year's progress of its items, shows last year's
// answer read-only, offers the rating and stage as drop-down lists, and reads a filled file back without a question:
// an empty rating is "<部门>未报送", an answer the progress rules refuse is named by sheet and cell and not taken.
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../shared/ingest';
import { emptyProgress, type ItemProgress, type Ledger } from '../../../shared/ledger';
import { guangzhouLedger, guangzhouPlan } from '../../../shared/plans';
import { buildTaskTemplate, readTaskTemplate, TASK_METADATA_SHEET, UNSPECIFIED_DEPARTMENT } from '../../../shared/templates';
import { fillCells, sheetXml, xlsxParts } from './fill';
import { answerCells, taskCellOf } from './task-fill';

const plan = guangzhouPlan();
const builtin = guangzhouLedger();
/** Four items of the built-in ledger, led by two departments. */
function ledgerWithLeads(): Ledger {
  const pick = (id: string, lead: string) => ({ ...builtin.items.find((i) => i.id === id)!, lead });
  return { ...builtin, items: [pick('t-3-1', '市科技局'), pick('p-gz-lab', '市科技局'), pick('t-3-2', '市发展改革委'), pick('t-5-1-1', '市发展改革委')] };
}
const PDF = { hash: 'b'.repeat(64), name: '挂牌文件.pdf', type: 'application/pdf', size: 2048, addedAt: '2023-12-01T00:00:00Z' };
const previous: ItemProgress[] = [
  { ...emptyProgress('t-3-1', 2022), rating: 'on-track', text: '完成年度目标', reportedBy: '市科技局' },
  { ...emptyProgress('p-gz-lab', 2022), rating: null, reportedBy: '市科技局' },
];

function template(ledger: Ledger) {
  return buildTaskTemplate({ plan, ledger, projectId: 'project-a', projectName: '中期评估', year: 2023, previous, deadline: '2024-03-31', createdAt: '2024-01-15T08:00:00.000Z' });
}

async function read(bytes: Uint8Array, ledger: Ledger, existing: ItemProgress[] = []) {
  return readTaskTemplate(await readWorkbook(bytes, 'filled.xlsx'), ledger, { importedAt: '2024-02-01T00:00:00.000Z', projectId: 'project-a', existing })!;
}

describe('writing a task template', () => {
  it('gives each lead department its sheet of items, the built-in ledger (no leads) one sheet of all', () => {
    const file = template(ledgerWithLeads());
    expect(file.sheets.map((s) => [s.department, s.itemIds])).toEqual([
      ['市科技局', ['t-3-1', 'p-gz-lab']],
      ['市发展改革委', ['t-3-2', 't-5-1-1']],
    ]);
    const all = template(builtin);
    expect(all.sheets.map((s) => [s.department, s.itemIds.length])).toEqual([[UNSPECIFIED_DEPARTMENT, builtin.items.length]]);
  });

  it('lists section, title, kind and verb with its rubric, last year read-only, protected, with Chinese drop-down lists', () => {
    const file = template(ledgerWithLeads());
    const wb = XLSX.read(file.bytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(['填报说明', '市科技局', '市发展改革委', TASK_METADATA_SHEET]);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['市科技局']!, { header: 1, defval: null });
    expect(rows[2]).toEqual(['编号', '规划章节', '任务名称', '类别', '完成标准', '评价口径', '2022年评价', '2022年所处阶段', '2022年进展情况', '2023年评价', '2023年所处阶段', '2023年进展情况', '滞后原因', '下一步措施', '不再实施原因']);
    expect(rows[3]!.slice(0, 9)).toEqual(['t-3-1', '三（一）', '强化“一轴”核心驱动', '任务', '推进', expect.stringMatching(/^推进：/), '序时推进', null, '完成年度目标']);
    expect(rows[4]!.slice(0, 7)).toEqual(['p-gz-lab', '五（一）1', '广州实验室', '平台', '建成', expect.stringMatching(/^建成：.*佐证材料/), '市科技局未报送']);

    const xml = sheetXml(xlsxParts(file.bytes), '市科技局');
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    // Rows are as tall as their rubric needs, and leave room for an answer: neither Excel nor Calc grows them on opening.
    const heights = [...xml.matchAll(/<row r="(\d+)"[^>]*\bht="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(heights.filter(([r]) => r >= 4).every(([, ht]) => ht >= 45)).toBe(true);
    expect(heights.filter(([r]) => r >= 4)).toHaveLength(2);
    const rating = taskCellOf(file.bytes, '市科技局', 't-3-1', 'rating', 2023);
    const stage = taskCellOf(file.bytes, '市科技局', 'p-gz-lab', 'stage', 2023);
    const rules = [...xml.matchAll(/<dataValidation [^>]*>.*?<\/dataValidation>/gs)].map((m) => m[0]);
    const ratingRule = rules.find((r) => new RegExp(`sqref="[^"]*\\b${rating.replace(/\d+/, '')}`).test(r) && r.includes('已完成'))!;
    expect(ratingRule).toMatch(/type="list"/);
    expect(ratingRule).toContain('<formula1>"已完成,超序时推进,序时推进,滞后,未启动,不再实施"</formula1>');
    const stageRule = rules.find((r) => r.includes('立项'))!;
    expect(stageRule).toContain('<formula1>"立项,开工,建成/挂牌,验收,运行"</formula1>');
    expect(stageRule).toMatch(new RegExp(`sqref="[^"]*${stage.replace(/\d+/, '')}\\d`));
  });
});

describe('reading a filled task template', () => {
  const ledger = ledgerWithLeads();
  const file = template(ledger);
  const fill = (answers: Parameters<typeof answerCells>[2], extra: Record<string, Record<string, string>> = {}) => {
    const cells = answerCells(file.bytes, 2023, answers);
    for (const [sheet, more] of Object.entries(extra)) cells[sheet] = { ...cells[sheet], ...more };
    return fillCells(file.bytes, cells);
  };

  it('takes every answer as given, and an empty rating as the department not reporting, never a rating', async () => {
    const bytes = fill({
      市科技局: { 't-3-1': { rating: '超序时推进', text: '提前完成年度任务' }, 'p-gz-lab': { rating: '序时推进', stage: '开工', text: '主体结构封顶' } },
      市发展改革委: { 't-3-2': { rating: '滞后', text: '进度偏慢', lagReason: '用地未落实', nextSteps: '年内完成供地' } },
    });
    const reading = await read(bytes, ledger);
    expect(reading.findings).toEqual([]);
    const got = reading.progress.map((p) => [p.itemId, p.year, p.rating, p.stage, p.text, p.lagReason, p.nextSteps, p.reportedBy]);
    expect(got).toEqual([
      ['t-3-1', 2023, 'ahead', null, '提前完成年度任务', '', '', '市科技局'],
      ['p-gz-lab', 2023, 'on-track', 'started', '主体结构封顶', '', '', '市科技局'],
      ['t-3-2', 2023, 'lagging', null, '进度偏慢', '用地未落实', '年内完成供地', '市发展改革委'],
      ['t-5-1-1', 2023, null, null, '', '', '', '市发展改革委'],
    ]);
    expect(reading.notReported).toEqual([{ itemId: 't-5-1-1', department: '市发展改革委', sheet: '市发展改革委', cell: taskCellOf(file.bytes, '市发展改革委', 't-5-1-1', 'rating', 2023) }]);
  });

  it('refuses 滞后 without its reason, naming the sheet and the cell, and takes the other answers', async () => {
    const bytes = fill({ 市发展改革委: { 't-3-2': { rating: '滞后', lagReason: '用地未落实' }, 't-5-1-1': { rating: '序时推进' } } });
    const reading = await read(bytes, ledger);
    const next = taskCellOf(file.bytes, '市发展改革委', 't-3-2', 'nextSteps', 2023);
    expect(reading.findings.map((f) => [f.sheet, f.cell, f.text.zh])).toEqual([
      ['市发展改革委', next, `工作表“市发展改革委”单元格 ${next}（条目 t-3-2）：评为滞后或未启动时须填写下一步措施；该条目的填报未导入`],
    ]);
    expect(reading.progress.find((p) => p.itemId === 't-3-2')).toBeUndefined();
    expect(reading.progress.find((p) => p.itemId === 't-5-1-1')?.rating).toBe('on-track');
  });

  it('refuses a word off the list and a completed build without evidence; keeps evidence already stored for the year', async () => {
    const bytes = fill({ 市科技局: { 't-3-1': { rating: '很好' }, 'p-gz-lab': { rating: '已完成', stage: '建成/挂牌' } } });
    const without = await read(bytes, ledger);
    expect(without.findings.map((f) => [f.cell, f.code])).toEqual([
      [taskCellOf(file.bytes, '市科技局', 't-3-1', 'rating', 2023), 'task-template-rating-unknown'],
      [taskCellOf(file.bytes, '市科技局', 'p-gz-lab', 'rating', 2023), 'task-template-invalid'],
    ]);
    expect(without.findings[1]!.text.zh).toContain('须附佐证材料');
    const withEvidence = await read(bytes, ledger, [{ ...emptyProgress('p-gz-lab', 2023), evidence: [PDF] }]);
    expect(withEvidence.progress.find((p) => p.itemId === 'p-gz-lab')).toMatchObject({ rating: 'done', stage: 'completed', evidence: [PDF] });
  });

  it('reports a changed label outside the input cells, and progress given without a rating as not reported', async () => {
    const bytes = fill({ 市科技局: { 't-3-1': { text: '已开展' } } }, { 市科技局: { C4: '改过的名称' } });
    const reading = await read(bytes, ledger);
    expect(reading.findings.map((f) => [f.cell, f.code])).toEqual([
      [taskCellOf(file.bytes, '市科技局', 't-3-1', 'rating', 2023), 'task-template-rating-missing'],
      ['C4', 'task-template-edited-outside'],
    ]);
    expect(reading.progress.find((p) => p.itemId === 't-3-1')).toMatchObject({ rating: null, text: '已开展', reportedBy: '市科技局' });
  });

  it('is not a task template when the hidden sheet is missing', async () => {
    const wb = XLSX.read(file.bytes, { type: 'array' });
    const plain = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(plain, wb.Sheets['市科技局']!, '市科技局');
    const bytes = new Uint8Array(XLSX.write(plain, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(readTaskTemplate(await readWorkbook(bytes, 'plain.xlsx'), ledger, { importedAt: '' })).toBeNull();
  });
});
