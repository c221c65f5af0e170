// 分工方案 import against the built-in Guangzhou ledger: rows matched by section reference (full- or half-width) and by
// title, ambiguous and unmatched rows reported by sheet and cell and never guessed, units split, 时间节点 read into
// milestones (or kept as a note and reported), duplicates and a lead among its partners refused, a remembered mapping
// used for the same header, and the same table read from an .xlsx and from a GBK CSV.
import { describe, expect, it } from 'vitest';
import {
  applyDivision,
  describeDivisionProblem,
  importableRows,
  layoutKey,
  matchRow,
  planDivision,
  readMilestones,
  refusedRows,
  splitUnits,
  type DivisionPlan,
} from '../../../shared/division';
import { readWorkbook } from '../../../shared/ingest';
import { ledgerVersion } from '../../../shared/ledger';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { guangzhouLedger } from '../../../shared/plans/gz-st-14th-ledger';
import { DIVISION_ROWS, divisionGbkCsv, divisionXlsx } from '../../support/division-fixture';

const ledger = guangzhouLedger();
const indicatorIds = guangzhouPlan().indicators.map((i) => i.id);

async function plan(rows: (string | number)[][] = DIVISION_ROWS, options: Partial<Parameters<typeof planDivision>[2]> = {}): Promise<DivisionPlan> {
  const workbook = await readWorkbook(divisionXlsx(rows), '分工方案.xlsx');
  return planDivision(workbook, ledger, { indicatorIds, ...options });
}

const HEADER = DIVISION_ROWS[2]!;

describe('matching a row to a ledger item', () => {
  it('finds the task of a numbered sub-item by its reference, written with full-width or half-width brackets', () => {
    expect(matchRow(ledger.items, '五（一）2', '')).toMatchObject({ status: 'matched', item: { id: 't-5-1-2' } });
    expect(matchRow(ledger.items, '五(一)2', '')).toMatchObject({ status: 'matched', item: { id: 't-5-1-2' } });
    expect(matchRow(ledger.items, '五、（一）2.', '')).toMatchObject({ status: 'matched', item: { id: 't-5-1-2' } });
  });

  it('lets a title pick a platform among the items of the sub-item its reference names', () => {
    expect(matchRow(ledger.items, '五（一）1', '广州实验室')).toMatchObject({ status: 'matched', item: { id: 'p-gz-lab' } });
    expect(matchRow(ledger.items, '五(一)1', '加快建设“广州实验室”')).toMatchObject({ status: 'matched', item: { id: 'p-gz-lab' } });
  });

  it('finds an item by its title alone, ignoring width, spaces and quotes', () => {
    expect(matchRow(ledger.items, '', '广州实验室')).toMatchObject({ status: 'matched', item: { id: 'p-gz-lab' } });
    expect(matchRow(ledger.items, '', ' 强化 “一轴” 核心驱动 ')).toMatchObject({ status: 'matched', item: { id: 't-3-1' } });
  });

  it('reports a title that could mean several items, and one that means none, instead of guessing', () => {
    const ambiguous = matchRow(ledger.items, '', '省实验室');
    expect(ambiguous.status).toBe('ambiguous');
    expect(ambiguous.status === 'ambiguous' && ambiguous.candidates.map((i) => i.id)).toEqual(expect.arrayContaining(['p-bioisland-lab', 'p-marine-lab']));
    expect(matchRow(ledger.items, '', '建设月球基地')).toEqual({ status: 'unmatched' });
    expect(matchRow(ledger.items, '五（九）9', '')).toEqual({ status: 'unknownSection', section: '五（九）9' });
  });
});

describe('units and milestones as a 分工方案 writes them', () => {
  it('splits units on 、，,；; and spaces, keeps brackets with their unit, drops a closing 等 and repeats', () => {
    expect(splitUnits('市发展改革委、市工业和信息化局，市科技局;市财政局；市商务局 市教育局,市人社局')).toEqual([
      '市发展改革委', '市工业和信息化局', '市科技局', '市财政局', '市商务局', '市教育局', '市人社局',
    ]);
    expect(splitUnits('各区政府（含 黄埔区、南沙区）、市科技局等')).toEqual(['各区政府（含 黄埔区、南沙区）', '市科技局']);
    expect(splitUnits('市科技局、市科技局\n市财政局')).toEqual(['市科技局', '市财政局']);
  });

  it('reads a year and a stage word from each phrase, and keeps what it cannot read', () => {
    expect(readMilestones('2023年建成')).toEqual({ milestones: [{ year: 2023, stage: 'completed' }], unread: [], reasons: [] });
    expect(readMilestones('2022年底前开工；2025年建成并投入使用').milestones).toEqual([
      { year: 2022, stage: 'started' },
      { year: 2025, stage: 'completed' },
      { year: 2025, stage: 'operating' },
    ]);
    expect(readMilestones('２０２４年挂牌').milestones).toEqual([{ year: 2024, stage: 'completed' }]);
    expect(readMilestones('持续推进，2021—2025年，2025年前完成')).toEqual({
      milestones: [],
      unread: ['持续推进', '2021—2025年', '2025年前完成'],
      reasons: ['noYear', 'severalYears', 'noStage'],
    });
  });
});

describe('planDivision', () => {
  it('proposes each matched item\'s lead, partners and milestones before → after, and skips heading rows', async () => {
    const result = await plan();
    expect(result.tables).toEqual([expect.objectContaining({ sheet: '分工方案', headerRow: 2, columns: { ref: 1, title: 2, lead: 3, partners: 4, deadline: 5 }, remembered: false })]);
    expect(result.rows.map((r) => [r.row, r.cell, r.itemId])).toEqual([
      [5, 'B5', 't-5-1-2'],
      [6, 'B6', 't-5-1-3'],
      [7, 'C7', 'p-gz-lab'],
    ]);
    const [tnic, facilities, lab] = result.rows;
    expect(tnic!.before).toEqual({ lead: '', partners: [], milestones: [] });
    expect(tnic!.after).toEqual({ lead: '市科技局', partners: ['市发展改革委', '市工业和信息化局'], milestones: [{ year: 2023, stage: 'completed' }] });
    expect(facilities!.after).toEqual({ lead: '市发展改革委', partners: ['市科技局', '黄埔区政府'], milestones: [{ year: 2022, stage: 'started' }, { year: 2025, stage: 'completed' }] });
    expect(lab!.after).toEqual({ lead: '市科技局', partners: ['市卫生健康委', '广州医科大学'], milestones: [], milestoneNote: '持续推进' });
    expect(lab!.problems).toEqual([{ severity: 'warning', sheet: '分工方案', cell: 'F7', key: 'division.problem.deadline.noYear', params: { value: '持续推进' } }]);
    expect(describeDivisionProblem(lab!.problems[0]!, 'zh')).toBe('“分工方案”工作表 F7：时间节点“持续推进”中没有年份，作为备注保留');
    expect(importableRows(result)).toHaveLength(3);
    expect(refusedRows(result)).toEqual([]);
  });

  it('applies the good rows only; the ledger version stays, as units and milestones are not part of it', async () => {
    const after = applyDivision(ledger, await plan());
    expect(after.items.find((i) => i.id === 't-5-1-2')).toMatchObject({ lead: '市科技局', milestones: [{ year: 2023, stage: 'completed' }] });
    expect(after.items.find((i) => i.id === 'p-gz-lab')).toMatchObject({ lead: '市科技局', milestoneNote: '持续推进' });
    expect(after.items.filter((i) => i.lead !== '')).toHaveLength(3);
    expect(ledgerVersion(after)).toBe(ledgerVersion(ledger));
    expect(ledger.items.find((i) => i.id === 't-5-1-2')!.lead).toBe('');
  });

  it('names every bad row by sheet and cell: unknown section, ambiguous and unmatched titles, duplicates, a lead among its partners, two stages out of order', async () => {
    const result = await plan([
      HEADER,
      [1, '五（九）9', '', '市科技局', '', ''],
      [2, '', '省实验室', '市科技局', '', ''],
      [3, '', '建设月球基地', '市科技局', '', ''],
      [4, '六(一)1', '', '市工业和信息化局', '', ''],
      [5, '六（一）1', '', '市科技局', '', ''],
      [6, '', '广州实验室', '市科技局', '市科技局、市财政局', ''],
      [7, '五（一）3', '', '市发展改革委', '', '2025年开工，2023年建成'],
      [8, '五（一）4', '', '市科技局', '', '2025年前完成'],
    ]);
    const problems = result.rows.map((r) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.key]));
    expect(problems).toEqual([
      [['B2', 'division.problem.unknownSection']],
      [['C3', 'division.problem.ambiguous']],
      [['C4', 'division.problem.unmatched']],
      [['B5', 'division.problem.duplicate']],
      [['B6', 'division.problem.duplicate']],
      [['E7', 'division.problem.leadIsPartner']],
      [['B8', 'ledger.error.milestoneOrder']],
      [],
    ]);
    const zh = result.rows.flatMap((r) => r.problems).map((p) => describeDivisionProblem(p, 'zh'));
    expect(zh).toContain('“分工方案”工作表 B5：条目“t-6-1-1”在多行出现（分工方案!5、分工方案!6），各行均未导入');
    expect(zh).toContain('“分工方案”工作表 E7：“市科技局”已是牵头单位，不能同时列为配合单位');
    expect(zh.find((m) => m.startsWith('“分工方案”工作表 B8：'))).toMatch(/条目“t-5-1-3”：/);
    expect(describeDivisionProblem(result.rows[0]!.problems[0]!, 'en')).toBe('Sheet "分工方案", B2: The ledger has no section "五（九）9"');
    expect(importableRows(result).map((r) => r.itemId)).toEqual(['t-5-1-4']);
    expect(refusedRows(result)).toHaveLength(7);
    expect(applyDivision(ledger, result).items.filter((i) => i.lead !== '').map((i) => i.id)).toEqual(['t-5-1-4']);
  });

  it('reports a file with no 分工方案 header, and changes nothing', async () => {
    const result = await plan([['地区', '2022年'], ['广州', 1]]);
    expect(result.tables).toEqual([]);
    expect(result.problems.map((p) => describeDivisionProblem(p, 'zh'))).toEqual([
      '“分工方案”工作表 A1：未找到分工方案表格（工作表：分工方案）。表头须有“章节”或“任务”列，并有“牵头单位”“配合单位”或“时间节点”列',
    ]);
    expect(importableRows(result)).toEqual([]);
  });

  it('reads 责任单位 as the lead when no column says 牵头, and the columns a user chose over the detected ones', async () => {
    const alone = await plan([['章节', '任务', '责任单位'], ['五（一）2', '', '市科技局']]);
    expect(alone.tables[0]!.columns).toEqual({ ref: 0, title: 1, lead: 2 });
    expect(alone.rows[0]!.after!.lead).toBe('市科技局');
    const chosen = await plan([['章节', '任务', '单位甲', '单位乙'], ['五（一）2', '', '市科技局', '市财政局']], { columns: { 分工方案: { ref: 0, lead: 3, partners: 2 } } });
    expect(chosen.rows[0]!.after).toMatchObject({ lead: '市财政局', partners: ['市科技局'] });
  });

  it('uses the mapping remembered for the same header, even where detection would read the columns otherwise', async () => {
    const key = layoutKey(HEADER.map(String));
    const result = await plan(DIVISION_ROWS, { mappings: { [key]: { ref: 1, title: 2, lead: 4, partners: 3 } } });
    expect(result.tables[0]).toMatchObject({ remembered: true, layoutKey: key });
    expect(result.rows[0]!.after).toMatchObject({ lead: '市发展改革委、市工业和信息化局', partners: ['市科技局'], milestones: [] });
    expect(result.rows[0]!.problems.map((p) => p.key)).toEqual(['division.problem.jointLead']);
    const chosen = await plan(DIVISION_ROWS, { mappings: { [key]: { ref: 1, lead: 4 } }, columns: { 分工方案: { ref: 1, lead: 3 } } });
    expect(chosen.tables[0]).toMatchObject({ remembered: false, columns: { ref: 1, lead: 3 } });
  });

  it('refuses a row whose joint lead names one of its partners', async () => {
    const result = await plan([HEADER, [1, '五（一）2', '', '市科技局、市财政局', '市财政局', '']]);
    expect(result.rows[0]!.problems.map((p) => [p.severity, p.cell, p.key])).toEqual([
      ['warning', 'D2', 'division.problem.jointLead'],
      ['error', 'E2', 'division.problem.leadIsPartner'],
    ]);
    expect(importableRows(result)).toEqual([]);
  });

  it('reads the same table from a GBK CSV as from the workbook', async () => {
    const csv = planDivision(await readWorkbook(divisionGbkCsv(), '分工方案.csv'), ledger, { indicatorIds });
    const xlsx = await plan();
    const shape = (p: DivisionPlan) => p.rows.map((r) => ({ row: r.row, cell: r.cell, itemId: r.itemId, after: r.after, problems: r.problems.map((q) => q.key) }));
    expect(shape(csv)).toEqual(shape(xlsx));
  });
});
