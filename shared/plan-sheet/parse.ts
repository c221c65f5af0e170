// A plan spreadsheet (one sheet, one header row, one indicator per row) → a Plan, or every error by row and column.
import * as XLSX from 'xlsx';
import type { Indicator, Plan, Region } from '../model';
import { validateIndicator } from '../model';
import { COLUMNS, FIELD_COLUMN, columnForHeader, type ColumnKey } from './columns';
import { cellText } from './cell-values';
import type { PlanSheetError, PlanSheetResult } from './errors';
import { readIndicatorRow, type CellIssue } from './read-row';
import { readWorkbook } from './read-workbook';
import { readRevisionSheet } from './revisions-sheet';

/** The whole-area region of a plan read from a sheet; districts are added later by the user or by imports. */
export const WHOLE_AREA_REGION: Region = { name: '全市', aliases: ['全省', '全国', '合计', '总计', '全市合计'], whole: true };

/** Years a plan period is assumed to last when the sheet gives no target year to end it. */
const PLAN_LENGTH = 5;

interface PlacedColumn {
  index: number;
  letter: string;
  header: string;
}

/**
 * Reads the first sheet of an .xlsx/.xls/.ods/.csv plan sheet. A sheet with any error is refused whole, with all
 * of its errors. Header problems (missing, unknown or repeated columns) are reported alone, because the rows
 * cannot be read reliably under a wrong header. The plan's id and name come from the file name; its base year
 * is the earliest baseline year (else the latest target year − 5) and its period runs from the next year to the
 * latest target year. A second sheet 目标调整 (target revisions), when there is one, is read into the indicators. A
 * sheet that can be read may still carry notes (a baseline year without its value).
 */
export function parsePlanSheet(bytes: Uint8Array, fileName: string): PlanSheetResult {
  let sheet: XLSX.WorkSheet | undefined;
  let workbook: XLSX.WorkBook;
  try {
    workbook = readWorkbook(bytes, fileName);
    sheet = workbook.Sheets[workbook.SheetNames[0]];
  } catch (error) {
    return refuse([{ row: 0, column: '', header: '', key: 'plan.sheet.unreadable', params: { fileName, reason: (error as Error).message } }]);
  }
  const range = sheet?.['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : null;
  const at = (row: number, column: number) => sheet?.[XLSX.utils.encode_cell({ r: row, c: column })] as XLSX.CellObject | undefined;
  const isBlankRow = (row: number) => {
    for (let c = range!.s.c; c <= range!.e.c; c++) if (at(row, c)?.t === 'e' || cellText(at(row, c)) !== '') return false;
    return true;
  };

  let headerRow = range?.s.r ?? 0;
  while (range && headerRow <= range.e.r && isBlankRow(headerRow)) headerRow++;
  if (!range || headerRow > range.e.r) return refuse([{ row: 1, column: '', header: '', key: 'plan.sheet.empty', params: {} }]);

  const { columns, errors: headerErrors } = readHeader(range, headerRow, at);
  if (headerErrors.length > 0) return refuse(headerErrors);

  const errors: PlanSheetError[] = [];
  const notes: PlanSheetError[] = [];
  const noteYears: number[] = [];
  const indicators: Indicator[] = [];
  for (let row = headerRow + 1; row <= range.e.r; row++) {
    if (isBlankRow(row)) continue;
    const { indicator, issues, notes: rowNotes } = readIndicatorRow((key) => {
      const column = columns.get(key);
      return column ? at(row, column.index) : undefined;
    });
    const fieldIssues: CellIssue[] = validateIndicator(indicator, indicators).map((e) => ({ column: FIELD_COLUMN[e.field], key: e.key, params: e.params }));
    // One message per cell: a cell that could not be read is not also reported as, say, "not a valid number".
    const reported = new Map<ColumnKey, CellIssue>();
    for (const found of [...issues, ...fieldIssues]) if (!reported.has(found.column)) reported.set(found.column, found);
    const inSheetOrder = [...reported.values()].sort((a, b) => (columns.get(a.column)?.index ?? -1) - (columns.get(b.column)?.index ?? -1));
    for (const found of inSheetOrder) {
      const column = columns.get(found.column);
      errors.push({ row: row + 1, column: column?.letter ?? '', header: column?.header ?? '', key: found.key, params: found.params });
    }
    for (const note of rowNotes) {
      const column = columns.get(note.column);
      notes.push({ row: row + 1, column: column?.letter ?? '', header: column?.header ?? '', key: note.key, params: note.params });
      noteYears.push(note.baselineYear);
    }
    indicators.push(indicator);
  }
  if (errors.length > 0) return refuse(errors);
  if (indicators.length === 0) return refuse([{ row: headerRow + 2, column: '', header: '', key: 'plan.sheet.noIndicators', params: {} }]);

  const baselineYears = [...indicators.flatMap((i) => (i.baseline ? [i.baseline.year] : [])), ...noteYears];
  const targetYears = indicators.flatMap((i) => (i.target ? [i.target.year] : []));
  if (baselineYears.length === 0 && targetYears.length === 0) {
    return refuse([{ row: headerRow + 1, column: '', header: '', key: 'plan.sheet.noYears', params: {} }]);
  }
  const baseYear = baselineYears.length > 0 ? Math.min(...baselineYears) : Math.max(...targetYears) - PLAN_LENGTH;
  const end = targetYears.length > 0 ? Math.max(...targetYears) : baseYear + PLAN_LENGTH;
  const { id, name } = planNameFromFile(fileName);
  const plan: Plan = {
    id,
    name,
    period: { start: baseYear + 1, end },
    baseYear,
    categories: [...new Set(indicators.map((i) => i.category))],
    indicators,
    regions: [structuredClone(WHOLE_AREA_REGION)],
  };
  const revisionErrors = readRevisionSheet(workbook, plan);
  return revisionErrors.length > 0 ? refuse(revisionErrors) : { ok: true, plan, notes };
}

function refuse(errors: PlanSheetError[]): PlanSheetResult {
  return { ok: false, errors };
}

function readHeader(
  range: XLSX.Range,
  headerRow: number,
  at: (row: number, column: number) => XLSX.CellObject | undefined,
): { columns: Map<ColumnKey, PlacedColumn>; errors: PlanSheetError[] } {
  const columns = new Map<ColumnKey, PlacedColumn>();
  const errors: PlanSheetError[] = [];
  const row = headerRow + 1;
  for (let index = range.s.c; index <= range.e.c; index++) {
    const header = cellText(at(headerRow, index));
    if (header === '') continue;
    const letter = XLSX.utils.encode_col(index);
    const spec = columnForHeader(header);
    const already = spec && columns.get(spec.key);
    if (!spec) errors.push({ row, column: letter, header, key: 'plan.sheet.unknownColumn', params: { value: header } });
    else if (already) errors.push({ row, column: letter, header, key: 'plan.sheet.duplicateColumn', params: { value: header, other: already.letter } });
    else columns.set(spec.key, { index, letter, header });
  }
  for (const spec of COLUMNS) {
    if (spec.required && !columns.has(spec.key)) {
      errors.push({ row, column: '', header: '', key: 'plan.sheet.missingColumn', params: { expected: `${spec.zh} / ${spec.en}` } });
    }
  }
  return { columns, errors };
}

/** "规划指标.xlsx" → name "规划指标"; the id is the name's ASCII slug, or a stable hash when it has no ASCII letters. */
export function planNameFromFile(fileName: string): { id: string; name: string } {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const name = base.replace(/\.[^.]+$/, '').trim() || base;
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return { id: slug || `plan-${fnv1a(name)}`, name };
}

/** 32-bit FNV-1a of the UTF-16 code units, hex: short and stable, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
