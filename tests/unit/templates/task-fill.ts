// Test support: find a task sheet's input cells by its visible labels (the item's id in the first column, the year's
// column headings), not by the hidden cell map, as a department filling the sheet would.
import * as XLSX from 'xlsx';

const HEADINGS = { rating: '{year}年评价', stage: '{year}年所处阶段', text: '{year}年进展情况', lagReason: '滞后原因', nextSteps: '下一步措施', dropReason: '不再实施原因' };
export type TaskColumn = keyof typeof HEADINGS;

/** The A1 address of an item's answer in a column of `year`. */
export function taskCellOf(bytes: Uint8Array, sheet: string, itemId: string, column: TaskColumn, year: number): string {
  const wb = XLSX.read(bytes, { type: 'array' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet]!, { header: 1, defval: null });
  const headerRow = rows.findIndex((r) => r.includes('编号'));
  const c = rows[headerRow]!.indexOf(HEADINGS[column].replace('{year}', String(year)));
  const r = rows.findIndex((row, i) => i > headerRow && row[0] === itemId);
  if (headerRow < 0 || c < 0 || r < 0) throw new Error(`no ${column} cell for ${itemId} on ${sheet}`);
  return XLSX.utils.encode_cell({ r, c });
}

/** The answers to write: sheet → item → column → text. */
export type Answers = Record<string, Record<string, Partial<Record<TaskColumn, string>>>>;

/** The cells the answers go in, as fillCells takes them. */
export function answerCells(bytes: Uint8Array, year: number, answers: Answers): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(answers).map(([sheet, items]) => [
      sheet,
      Object.fromEntries(Object.entries(items).flatMap(([id, cells]) => Object.entries(cells).map(([column, text]) => [taskCellOf(bytes, sheet, id, column as TaskColumn, year), text!]))),
    ]),
  );
}
