// A plan sheet with errors is refused whole, every error located by sheet row and column letter.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { describePlanSheetError, parsePlanSheet, type PlanSheetError } from '../../../shared/plan-sheet';
import { EN_HEADER, ZH_HEADER, sheetBytes, validRow, type Row } from './build-sheet';

function errorsOf(rows: Row[], fileName = 'plan.xlsx'): PlanSheetError[] {
  const result = parsePlanSheet(sheetBytes(rows), fileName);
  if (result.ok) throw new Error('expected the sheet to be refused');
  return result.errors;
}

/** Row 2 of an English sheet whose only bad cells are the overrides; the errors as [row, column, key]. */
function located(overrides: Parameters<typeof validRow>[0]): [number, string, string][] {
  return errorsOf([EN_HEADER, validRow(overrides)]).map((e) => [e.row, e.column, e.key]);
}

// EN_HEADER's columns: A id, B category, C name, D unit, E precision, F baseline_year, G baseline_value, H target_year,
// I target_value, J comparator, K direction, L kind, M nature, N weight, O aggregation, P aliases, Q source.
describe('each bad cell is reported at its row and column', () => {
  const cases: [string, Parameters<typeof validRow>[0], [number, string, string]][] = [
    ['an empty id', { id: null }, [2, 'A', 'plan.error.idEmpty']],
    ['an id with spaces', { id: 'rd intensity' }, [2, 'A', 'plan.error.idPattern']],
    ['an empty category', { category: null }, [2, 'B', 'plan.error.categoryEmpty']],
    ['an empty name', { name: '' }, [2, 'C', 'plan.error.nameEmpty']],
    ['an empty unit', { unit: null }, [2, 'D', 'plan.error.unitEmpty']],
    ['a fractional precision', { precision: 1.5 }, [2, 'E', 'plan.sheet.notInteger']],
    ['a precision above 6', { precision: 7 }, [2, 'E', 'plan.error.precision']],
    ['a baseline year that is not a year', { baseline_year: 'twenty' }, [2, 'F', 'plan.sheet.notYear']],
    ['an implausible baseline year', { baseline_year: 1850 }, [2, 'F', 'plan.error.year']],
    ['a baseline value that is not a number', { baseline_value: 'n/a' }, [2, 'G', 'plan.sheet.notNumber']],
    ['a baseline value without its year', { baseline_year: null }, [2, 'F', 'plan.sheet.baselineIncomplete']],
    ['a target year before the baseline year', { target_year: 2019 }, [2, 'H', 'plan.error.targetBeforeBaseline']],
    ['a target year equal to the baseline year', { target_year: 2020 }, [2, 'H', 'plan.error.targetBeforeBaseline']],
    ['an implausible target year', { target_year: 2250 }, [2, 'H', 'plan.error.year']],
    ['a target without its year', { target_year: null }, [2, 'H', 'plan.sheet.targetIncomplete']],
    ['a target without its value', { target_value: null }, [2, 'I', 'plan.sheet.targetIncomplete']],
    ['a target without its comparator', { comparator: null }, [2, 'J', 'plan.sheet.targetIncomplete']],
    ['a target value that is not a number', { target_value: 'more' }, [2, 'I', 'plan.sheet.notNumber']],
    ['a range written as one number', { comparator: 'range', target_value: 5 }, [2, 'I', 'plan.sheet.rangeFormat']],
    ['a range with a bad bound', { comparator: 'range', target_value: '3~x' }, [2, 'I', 'plan.sheet.rangeFormat']],
    ['a range with lo > hi', { comparator: 'range', target_value: '5~3' }, [2, 'I', 'plan.error.rangeReversed']],
    ['a range under a comparator that is not range', { comparator: '>=', target_value: '3~5' }, [2, 'I', 'plan.sheet.rangeNotAllowed']],
    ['an unknown comparator', { comparator: '≈' }, [2, 'J', 'plan.error.comparator']],
    ['a target without a direction', { direction: null }, [2, 'K', 'plan.sheet.directionRequired']],
    ['an unknown direction', { direction: 'up' }, [2, 'K', 'plan.error.direction']],
    ['an unknown kind', { kind: 'stock' }, [2, 'L', 'plan.error.kind']],
    ['an unknown nature', { nature: '指导性' }, [2, 'M', 'plan.error.nature']],
    ['a zero weight', { weight: 0 }, [2, 'N', 'plan.error.weight']],
    ['a weight that is not a number', { weight: 'high' }, [2, 'N', 'plan.sheet.notNumber']],
    ['an unknown aggregation', { aggregation: 'mean' }, [2, 'O', 'plan.error.aggregation']],
  ];
  for (const [what, overrides, expected] of cases) {
    it(`refuses ${what}`, () => {
      expect(located(overrides)).toEqual([expected]);
    });
  }

  it('refuses an Excel error value in a cell', () => {
    const sheet = XLSX.utils.aoa_to_sheet([EN_HEADER, validRow()]);
    sheet.G2 = { t: 'e', v: 0x2a, w: '#N/A' };
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, 'Plan');
    const result = parsePlanSheet(new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' })), 'p.xlsx');
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column, e.key, e.params.value])).toEqual([[2, 'G', 'plan.sheet.cellError', '#N/A']]);
  });

  it('refuses an id used by an earlier row, at the later row, whatever its case', () => {
    expect(errorsOf([EN_HEADER, validRow({ id: 'a' }), validRow({ id: 'b' }), validRow({ id: 'A' })]).map((e) => [e.row, e.column, e.key])).toEqual([
      [4, 'A', 'plan.error.idDuplicate'],
    ]);
  });
});

describe('a sheet with errors is refused whole, with every error listed', () => {
  it('lists errors in several rows and several cells of one row, in sheet order', () => {
    const errors = errorsOf([
      EN_HEADER,
      validRow({ id: 'ok' }),
      validRow({ id: 'two', target_year: 2019, comparator: '≈' }),
      [],
      validRow({ id: 'three', weight: -1 }),
    ]);
    expect(errors.map((e) => [e.row, e.column, e.header, e.key])).toEqual([
      [3, 'H', 'target_year', 'plan.error.targetBeforeBaseline'],
      [3, 'J', 'comparator', 'plan.error.comparator'],
      [5, 'N', 'weight', 'plan.error.weight'],
    ]);
  });

  it('reports one message per cell: an unreadable target year is not also "before the baseline"', () => {
    expect(located({ target_year: 'soon', target_value: 'x' })).toEqual([
      [2, 'H', 'plan.sheet.notYear'],
      [2, 'I', 'plan.sheet.notNumber'],
    ]);
  });

  it('gives the header as the file writes it, in the file\'s language', () => {
    const [error] = errorsOf([ZH_HEADER, validRow({ target_year: 2019, direction: '正向' })]);
    expect(error).toMatchObject({ row: 2, column: 'H', header: '目标年', params: { targetYear: 2019, baselineYear: 2020 } });
    expect(describePlanSheetError(error, 'zh')).toBe('第 2 行 H 列（目标年）：目标年 2019 必须晚于基期年 2020');
    expect(describePlanSheetError(error, 'en')).toBe('Row 2, column H (目标年): The target year 2019 must be after the baseline year 2020');
  });
});

describe('header problems are reported on the header row, alone', () => {
  it('lists every missing required column on row 1', () => {
    const header = EN_HEADER.filter((h) => h !== 'direction' && h !== 'unit');
    const errors = errorsOf([header, validRow().filter((_, i) => EN_HEADER[i] !== 'direction' && EN_HEADER[i] !== 'unit')]);
    expect(errors).toEqual([
      { row: 1, column: '', header: '', key: 'plan.sheet.missingColumn', params: { expected: '单位 / unit' } },
      { row: 1, column: '', header: '', key: 'plan.sheet.missingColumn', params: { expected: '方向 / direction' } },
    ]);
    expect(describePlanSheetError(errors[0], 'zh')).toBe('第 1 行：缺少必需的列“单位 / unit”');
  });

  it('refuses an unknown column and a column given twice (once in each language)', () => {
    const errors = errorsOf([[...EN_HEADER, 'notes', '编号'], [...validRow(), 'x', 'y']]);
    expect(errors.map((e) => [e.row, e.column, e.key, e.params])).toEqual([
      [1, 'R', 'plan.sheet.unknownColumn', { value: 'notes' }],
      [1, 'S', 'plan.sheet.duplicateColumn', { value: '编号', other: 'A' }],
    ]);
  });

  it('counts rows from the top of the sheet when the header is not on row 1', () => {
    expect(errorsOf([[], [], EN_HEADER.slice(1)]).map((e) => [e.row, e.key])).toEqual([[3, 'plan.sheet.missingColumn']]);
    expect(errorsOf([[], EN_HEADER, validRow({ weight: 0 })]).map((e) => [e.row, e.column])).toEqual([[3, 'N']]);
  });
});

describe('files that are not a plan sheet are refused with a reason', () => {
  it('refuses an empty sheet', () => {
    expect(errorsOf([[]]).map((e) => [e.row, e.key])).toEqual([[1, 'plan.sheet.empty']]);
  });

  it('refuses a header without indicator rows', () => {
    expect(errorsOf([EN_HEADER, []]).map((e) => [e.row, e.key])).toEqual([[2, 'plan.sheet.noIndicators']]);
  });

  it('refuses a sheet with neither baseline nor target years, on the header row (the plan period cannot be inferred)', () => {
    const monitoring = { baseline_year: null, baseline_value: null, target_year: null, target_value: null, comparator: null };
    expect(errorsOf([EN_HEADER, validRow(monitoring)]).map((e) => [e.row, e.key])).toEqual([[1, 'plan.sheet.noYears']]);
  });

  it('refuses bytes that are not a spreadsheet, naming the file', () => {
    const result = parsePlanSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'broken.xls');
    expect(result.ok).toBe(false);
    const [error] = result.ok ? [] : result.errors;
    expect(error).toMatchObject({ row: 0, column: '', key: 'plan.sheet.unreadable', params: { fileName: 'broken.xls' } });
    expect(describePlanSheetError(error, 'zh')).toMatch(/^文件“broken\.xls”：无法读取该文件（.+）$/);
  });
});
