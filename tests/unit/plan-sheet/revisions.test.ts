// Target revisions in plan spreadsheets: a second sheet 目标调整 written when the plan has revisions, read back into
// the indicators they revise, and refused, located by sheet, row and column, when a row is wrong.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Plan, TargetRevision } from '../../../shared/model';
import { describePlanSheetError, parsePlanSheet, writePlanSheet } from '../../../shared/plan-sheet';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';

const revision = (effectiveYear: number, target: TargetRevision['target'], basis: string): TargetRevision => ({
  effectiveYear,
  target,
  reason: '统计口径调整',
  basis,
  recordedAt: `${effectiveYear}-07-01T08:00:00.000Z`,
});

function revisedPlan(): Plan {
  const plan = guangzhouPlan();
  const revisions: Record<string, TargetRevision[]> = {
    'tech-contracts': [revision(2022, { comparator: '>', value: 2900 }, '穗科〔2022〕3号'), revision(2023, { comparator: '>=', value: 2800.5 }, '市政府第 12 次常务会议')],
    'rd-intensity': [revision(2024, { comparator: 'range', lo: 3.3, hi: 3.6 }, '穗科〔2024〕9号')],
  };
  return { ...plan, indicators: plan.indicators.map((i) => (revisions[i.id] ? { ...i, revisions: revisions[i.id] } : i)) };
}

const parse = (bytes: Uint8Array, name = 'plan.xlsx') => parsePlanSheet(bytes, name);

/** The written workbook with its 目标调整 sheet's rows changed by `edit`. */
function withRevisionRows(edit: (rows: unknown[][]) => unknown[][]): Uint8Array {
  const book = XLSX.read(writePlanSheet(revisedPlan(), 'zh'), { type: 'array' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['目标调整']!, { header: 1 });
  book.Sheets['目标调整'] = XLSX.utils.aoa_to_sheet(edit(rows));
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('the 目标调整 sheet of a plan spreadsheet', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`round-trips every revision, range included, in ${lang}`, () => {
      const result = parse(writePlanSheet(revisedPlan(), lang));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const byId = (plan: Plan) => Object.fromEntries(plan.indicators.map((i) => [i.id, i.revisions]));
      expect(byId(result.plan)).toEqual(byId(revisedPlan()));
    });
  }

  it('is not written for a plan without revisions, which reads back without the field', () => {
    const bytes = writePlanSheet(guangzhouPlan(), 'zh');
    expect(XLSX.read(bytes, { type: 'array' }).SheetNames).toEqual(['指标']);
    const result = parse(bytes);
    expect(result.ok && result.plan.indicators.some((i) => 'revisions' in i)).toBe(false);
  });

  it('refuses the file when a row is wrong, naming the sheet, row and column, and reads nothing', () => {
    const bytes = withRevisionRows((rows) => [rows[0]!, ['nowhere', 2023, '>', 1, '原因', '依据', '2023-01-01'], ['tech-contracts', 2027, '>', 2800, '原因', '', '2023-01-01']]);
    const result = parse(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => describePlanSheetError(e, 'zh'))).toEqual([
      '工作表“目标调整”第 2 行 A 列（指标编号）：指标编号“nowhere”不在指标表中',
      '工作表“目标调整”第 3 行 B 列（生效年份）：第 1 条目标调整：生效年份 2027 应为规划期 2021–2025 年内的整数年份',
      '工作表“目标调整”第 3 行 F 列（批准依据）：第 1 条目标调整：须填写批准依据（文号或会议）',
    ]);
    expect(describePlanSheetError(result.errors[0]!, 'en')).toBe('Sheet "目标调整", row 2, column A (指标编号): The indicator id "nowhere" is not on the indicators sheet');
  });

  it('refuses a revision of a monitoring indicator and a sheet missing a column', () => {
    const monitoring = parse(withRevisionRows((rows) => [rows[0]!, ['hitech-firms', 2023, '>=', 13000, '原因', '依据', '2023-01-01']]));
    expect(!monitoring.ok && monitoring.errors.map((e) => e.key)).toEqual(['revision.error.noTarget']);
    const missing = parse(withRevisionRows((rows) => rows.map((row) => row.slice(0, 6))));
    expect(!missing.ok && missing.errors.map((e) => [e.key, e.params.expected])).toEqual([['plan.sheet.missingColumn', '记录时间 / recorded_at']]);
  });
});
