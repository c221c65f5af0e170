// The tracker's rows of task progress sheets: per department, the latest sheet sent, and what came back since (the
// records its department reported for that year, stored after the sheet was made): how many rated, how many not.
import type { ItemProgress } from '../../../../shared/ledger';
import type { SentTemplateRow } from '../../../db/templates';

export interface TaskSheetStatus {
  department: string;
  /** The latest task sheet sent to the department. */
  sent: SentTemplateRow;
  year: number;
  /** Of the sheet's items, those rated in the year by the department since the sheet was made. */
  answered: number;
  /** Those that came back without a rating ("<部门>未报送"). */
  notReported: number;
  /** When the latest record came back; null while nothing has. */
  returnedAt: string | null;
}

/** Whether a sent template is a task progress sheet (not an indicator template). */
export function isTaskSheet(row: SentTemplateRow): boolean {
  return row.itemIds !== undefined;
}

/** One row per department sent a task sheet, by department name (a workbook's sheets are all sent at once). */
export function trackTaskSheets(sent: readonly SentTemplateRow[], progress: readonly ItemProgress[]): TaskSheetStatus[] {
  const latest = new Map<string, SentTemplateRow>();
  for (const row of [...sent].filter(isTaskSheet).sort((a, b) => a.createdAt.localeCompare(b.createdAt))) latest.set(row.department, row);
  const departments = [...latest.values()].sort((a, b) => a.department.localeCompare(b.department, 'zh-CN'));
  return departments.map((row) => {
    const year = row.years[0]!;
    const items = new Set(row.itemIds);
    const back = progress.filter((p) => p.year === year && p.reportedBy === row.department && items.has(p.itemId) && p.updatedAt >= row.createdAt);
    const returnedAt = back.reduce<string | null>((at, p) => (at === null || p.updatedAt > at ? p.updatedAt : at), null);
    return { department: row.department, sent: row, year, answered: back.filter((p) => p.rating !== null).length, notReported: back.filter((p) => p.rating === null).length, returnedAt };
  });
}
