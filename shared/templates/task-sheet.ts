// The task sheet of one department: one row per item with its section, title, kind and the verb that defines done
// with its rubric, last year's answer read-only, and the input cells of this year's answer.
import { cellAddress } from '../base';
import { progressRatingText, type ItemProgress, type LedgerItem } from '../ledger';
import { fileText } from './file-text';
import type { CellStyle, LayoutValue, SheetLayout } from './sheet-layout';
import { TASK_FIELDS, type TaskField, type TaskInputRow } from './task-types';

export interface TaskSheetRequest {
  sheet: string;
  department: string;
  planName: string;
  items: LedgerItem[];
  year: number;
  deadline: string;
  /** Last year's record of an item, if any. */
  previous: (itemId: string) => ItemProgress | undefined;
}

/** The row of the column headers (0-based); the items follow it. */
export const TASK_HEADER_ROW = 2;

const LABEL_COLUMNS = ['id', 'section', 'title', 'kind', 'verb', 'rubric'] as const;
const PREVIOUS_COLUMNS = ['rating', 'stage', 'text'] as const;

const WIDTHS = [13, 11, 30, 6, 8, 36, 12, 10, 28, 12, 10, 34, 26, 26, 20];
/** Points a line of 11-point text takes, and the lines left for an answer however short the labels. */
const LINE_PT = 15;
const ANSWER_LINES = 3;

/** Lines a text takes in a column `width` characters wide (a CJK character is two). */
function linesIn(text: string | null, width: number): number {
  let units = 0;
  for (const ch of text ?? '') units += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return Math.ceil(units / (width - 1));
}

/** Lays out a task sheet; the input cells of each item are returned by field. */
export function taskSheetLayout(request: TaskSheetRequest): SheetLayout & { taskRows: TaskInputRow[] } {
  const { year } = request;
  const previousYear = year - 1;
  const headers: string[] = [
    ...LABEL_COLUMNS.map((c) => fileText(`tasksReport.template.column.${c}`)),
    ...PREVIOUS_COLUMNS.map((c) => fileText(`tasksReport.template.column.previous.${c}`, { year: previousYear })),
    ...TASK_FIELDS.map((f) => fileText(`tasksReport.template.column.${f}`, { year })),
  ];
  const firstPrevious = LABEL_COLUMNS.length;
  const firstInput = firstPrevious + PREVIOUS_COLUMNS.length;
  const lastColumn = headers.length - 1;

  const rows: LayoutValue[][] = [];
  const heights: (number | undefined)[] = [];
  const styles: Record<string, CellStyle> = {};
  const set = (r: number, c: number, value: LayoutValue, style: CellStyle) => {
    (rows[r] ??= [])[c] = value;
    styles[cellAddress(r, c)] = style;
  };
  set(0, 0, fileText('tasksReport.template.sheetTitle', { plan: request.planName, department: request.department, year }), 'title');
  const deadline = request.deadline ? fileText('templates.sheet.deadline', { deadline: request.deadline }) : '';
  set(1, 0, fileText('tasksReport.template.sheetLead', { year, deadline }), 'subtitle');
  headers.forEach((h, c) => set(TASK_HEADER_ROW, c, h, 'header'));
  heights[1] = 2 * LINE_PT;
  heights[TASK_HEADER_ROW] = Math.max(...headers.map((h, c) => linesIn(h, WIDTHS[c]!))) * LINE_PT;

  const taskRows: TaskInputRow[] = [];
  request.items.forEach((item, index) => {
    const r = TASK_HEADER_ROW + 1 + index;
    const labels: string[] = [
      item.id,
      item.section,
      item.title,
      fileText(`ledger.kind.${item.kind}`),
      fileText(`ledger.verb.${item.verb}.label`),
      fileText(`ledger.verb.${item.verb}.rubric`),
    ];
    labels.forEach((text, c) => set(r, c, text, c === 5 ? 'referenceText' : 'label'));
    const before = request.previous(item.id);
    const previous = [before ? progressRatingText(before, 'zh') : null, before?.stage ? fileText(`ledger.stage.${before.stage}`) : null, before?.text || null];
    previous.forEach((value, i) => set(r, firstPrevious + i, value, 'referenceText'));
    const cells = {} as Record<TaskField, string>;
    TASK_FIELDS.forEach((field, i) => {
      set(r, firstInput + i, null, field === 'rating' || field === 'stage' ? 'input' : 'inputText');
      cells[field] = cellAddress(r, firstInput + i);
    });
    taskRows.push({ itemId: item.id, cells });
    const lines = Math.max(ANSWER_LINES, ...[...labels, ...previous].map((text, c) => linesIn(text, WIDTHS[c]!)));
    heights[r] = lines * LINE_PT;
  });
  for (const row of rows) for (let c = 0; c <= lastColumn; c++) if (row[c] === undefined) row[c] = null;

  return {
    name: request.sheet,
    rows,
    styles,
    merges: [
      { s: { r: 0, c: 0 }, e: { r: 0, c: lastColumn } },
      { s: { r: 1, c: 0 }, e: { r: 1, c: lastColumn } },
    ],
    widths: WIDTHS,
    heights,
    inputs: [],
    notes: [],
    protect: true,
    taskRows,
  };
}
