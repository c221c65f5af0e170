// The plan sheet's second sheet, 目标调整: the target revisions of its indicators, one per row, written when the plan
// has any and read back into the indicators they revise, every error located by sheet, row and column.
import * as XLSX from 'xlsx';
import { t, type Language } from '../i18n';
import { validateRevision, type Indicator, type Plan, type RevisedTarget, type TargetRevision } from '../model';
import { cellText, cellYear, parseComparator, parseNumberText, parseRangeText } from './cell-values';
import { REVISION_COLUMNS, REVISION_FIELD_COLUMN, revisionColumnForHeader, type RevisionColumnKey } from './columns';
import type { PlanSheetError } from './errors';

/** The sheet's name in `lang`; on reading, either language's name is recognised. */
export function revisionSheetName(lang: Language): string {
  return t('revision.sheet.name', lang);
}

/** The revisions as rows under the header, or null when the plan has none (the sheet is then not written). */
export function revisionSheet(plan: Plan, lang: Language): XLSX.WorkSheet | null {
  const rows = plan.indicators.flatMap((indicator) => (indicator.revisions ?? []).map((revision) => revisionRow(indicator, revision)));
  if (rows.length === 0) return null;
  const sheet = XLSX.utils.aoa_to_sheet([REVISION_COLUMNS.map((c) => c[lang]), ...rows]);
  sheet['!cols'] = REVISION_COLUMNS.map((c) => ({ wch: c.key === 'reason' || c.key === 'basis' ? 30 : c.key === 'recorded_at' ? 26 : 14 }));
  return sheet;
}

function revisionRow(indicator: Indicator, revision: TargetRevision): (string | number)[] {
  const target = revision.target;
  const value = target.comparator === 'range' ? `${target.lo}~${target.hi}` : target.value;
  return [indicator.id, revision.effectiveYear, target.comparator, value, revision.reason, revision.basis, revision.recordedAt];
}

/**
 * Reads the 目标调整 sheet of `workbook`, if it has one, into `plan`'s indicators (in place: the plan is still being
 * built by the reader). Returns the errors; the caller refuses the whole file when there are any.
 */
export function readRevisionSheet(workbook: XLSX.WorkBook, plan: Plan): PlanSheetError[] {
  const names = new Set((['zh', 'en'] as const).map((lang) => revisionSheetName(lang).toLowerCase()));
  const sheetName = workbook.SheetNames.find((name) => names.has(name.trim().toLowerCase()));
  const sheet = sheetName === undefined ? undefined : workbook.Sheets[sheetName];
  if (!sheet?.['!ref']) return [];
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const at = (row: number, column: number) => sheet[XLSX.utils.encode_cell({ r: row, c: column })] as XLSX.CellObject | undefined;
  const errors: PlanSheetError[] = [];
  const fail = (row: number, column: { letter: string; header: string } | undefined, key: string, params: Record<string, string | number> = {}) =>
    errors.push({ sheet: sheetName, row: row + 1, column: column?.letter ?? '', header: column?.header ?? '', key, params });

  const headerRow = range.s.r;
  const columns = new Map<RevisionColumnKey, { index: number; letter: string; header: string }>();
  for (let c = range.s.c; c <= range.e.c; c++) {
    const header = cellText(at(headerRow, c));
    const spec = header === '' ? undefined : revisionColumnForHeader(header);
    if (header !== '' && !spec) fail(headerRow, { letter: XLSX.utils.encode_col(c), header }, 'plan.sheet.unknownColumn', { value: header });
    else if (spec && !columns.has(spec.key)) columns.set(spec.key, { index: c, letter: XLSX.utils.encode_col(c), header });
  }
  for (const spec of REVISION_COLUMNS) {
    if (!columns.has(spec.key)) fail(headerRow, undefined, 'plan.sheet.missingColumn', { expected: `${spec.zh} / ${spec.en}` });
  }
  if (errors.length > 0) return errors;

  const byId = new Map(plan.indicators.map((i) => [i.id.toLowerCase(), i]));
  for (let row = headerRow + 1; row <= range.e.r; row++) {
    const cell = (key: RevisionColumnKey) => at(row, columns.get(key)!.index);
    const text = (key: RevisionColumnKey) => cellText(cell(key));
    if (REVISION_COLUMNS.every((c) => text(c.key) === '')) continue;
    const indicator = byId.get(text('indicator_id').toLowerCase());
    if (!indicator) {
      fail(row, columns.get('indicator_id'), 'revision.sheet.unknownIndicator', { value: text('indicator_id') });
      continue;
    }
    const revision: TargetRevision = {
      effectiveYear: cellYear(cell('effective_year')),
      target: revisedTarget(text('comparator'), cell('target_value')),
      reason: text('reason'),
      basis: text('basis'),
      recordedAt: text('recorded_at'),
    };
    const n = (indicator.revisions?.length ?? 0) + 1;
    const found = validateRevision(revision, indicator.target, plan.period, n);
    for (const e of found) fail(row, columns.get(REVISION_FIELD_COLUMN[e.field]!), e.key, e.params);
    if (found.length === 0) indicator.revisions = [...(indicator.revisions ?? []), revision];
  }
  return errors;
}

/** The revised target a row states; a comparator that is not one, or a value that does not parse, is left for validateRevision to name. */
function revisedTarget(comparatorText: string, valueCell: XLSX.CellObject | undefined): RevisedTarget {
  const comparator = parseComparator(comparatorText) ?? (comparatorText as RevisedTarget['comparator']);
  if (comparator === 'range') {
    const range = parseRangeText(cellText(valueCell));
    return { comparator, lo: range?.lo ?? NaN, hi: range?.hi ?? NaN };
  }
  const value = valueCell?.t === 'n' && typeof valueCell.v === 'number' ? valueCell.v : parseNumberText(cellText(valueCell));
  return { comparator, value };
}
