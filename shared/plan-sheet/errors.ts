// What is wrong with a plan sheet, located by sheet row and column letter, and how it reads to the user.
import { t, type Language } from '../i18n';
import type { Plan } from '../model';

/** One problem (or note) in a plan sheet. */
export interface PlanSheetError {
  /** The sheet, when it is not the indicators' (the 目标调整 sheet of target revisions). */
  sheet?: string;
  /** 1-based sheet row; 0 when the problem is the whole file (unreadable). */
  row: number;
  /** Column letter, e.g. 'H'; '' when the problem is the whole row (a missing column) or file. */
  column: string;
  /** The column's header as the file writes it ('' when there is none). */
  header: string;
  key: string;
  params: Record<string, string | number>;
}

/** A sheet read is a plan and its notes (located like errors, but nothing refused); else every error. */
export type PlanSheetResult = { ok: true; plan: Plan; notes: PlanSheetError[] } | { ok: false; errors: PlanSheetError[] };

/** "第 3 行 H 列(目标值):…" / "Row 3, column H (target_value): …". */
export function describePlanSheetError(error: PlanSheetError, lang: Language): string {
  const message = t(error.key, lang, error.params);
  if (error.row === 0) return t('plan.sheet.fileLocation', lang, error.params) + message;
  if (error.sheet !== undefined) return t('revision.sheet.location', lang, { sheet: error.sheet, row: error.row, column: error.column, header: error.header }) + message;
  if (error.column === '') return t('plan.sheet.rowLocation', lang, { row: error.row }) + message;
  return t('plan.sheet.location', lang, { row: error.row, column: error.column, header: error.header }) + message;
}
