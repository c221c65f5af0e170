// One sheet of the report's workbook: a title row, a header row and the rows, numbers kept whole and shown rounded.
import * as XLSX from 'xlsx';
import { displayWidth, formatCode, shownText, type NumberShape } from './xlsx-format';

export type Cell = string | number | null;

export interface Column<R> {
  header: string;
  value(row: R): Cell;
  /** How a number of this row is shown; without one it stays General (years). The cell keeps the full value. */
  shape?(row: R): NumberShape | null;
}

export interface Table<R> {
  title: string;
  /** What is read and printed. */
  columns: Column<R>[];
  /**
   * Kept for reuse, not printed: the details beyond what one A4 landscape page can show legibly, and ids and hashes
   * for looking rows up again; after the columns, outside the print area.
   */
  unprinted: Column<R>[];
  rows: R[];
  /** Columns that stay in view when scrolling right. */
  frozenColumns: number;
}

/** What the print finishing needs of a sheet; rows and columns count from 0. */
export interface SheetLayout {
  frozenColumns: number;
  /** The columns before the key columns. */
  printedColumns: number;
  /** The last row of the table (the header row when there are no rows). */
  lastRow: number;
  /** Printed columns whose text is wider than they are: it wraps. */
  wrapped: number[];
}

export const TITLE_ROW = 0;
export const HEADER_ROW = 1;

/** Widest a printed column gets (in digit widths): longer text wraps rather than widening the printed page. */
const WIDEST = 30;
const NARROWEST = 6;
/** Room beside the text: the header's beside its filter button. */
const PAD = 2;
const HEADER_PAD = 3;
/** Points: a line of 12-point text with the CJK fonts spreadsheets fall back to, and the 14-point title's row. */
const LINE_HEIGHT = 18;
const TITLE_HEIGHT = 26;
/** Inches: narrow sides for wide tables, room at the foot for the page number. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };

/** Characters a spreadsheet may read as the start of a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that cannot run as a formula: a leading apostrophe before =, +, -, @, tab or CR. The apostrophe stays visible,
 * which is the point: the reader sees the text was neutralised rather than a silently changed value.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellObject(value: Cell, shape: NumberShape | null): XLSX.CellObject | null {
  // No cell rather than an empty string: Excel counts "" as content (COUNTA, the filter's list).
  if (value === null || value === '') return null;
  if (typeof value === 'string') return { t: 's', v: neutraliseFormula(value) };
  return shape ? { t: 'n', v: value, z: formatCode(shape) } : { t: 'n', v: value };
}

function shown(cell: XLSX.CellObject | null, shape: NumberShape | null): string {
  if (cell === null) return '';
  return typeof cell.v === 'number' && shape ? shownText(cell.v, shape) : String(cell.v);
}

/** The sheet, and its layout for the finishing. */
export function tableSheet<R>(table: Table<R>): { sheet: XLSX.WorkSheet; layout: SheetLayout } {
  const columns = [...table.columns, ...table.unprinted];
  const printedColumns = table.columns.length;
  const body = table.rows.map((row) =>
    columns.map((column) => {
      const shape = column.shape?.(row) ?? null;
      const cell = cellObject(column.value(row), shape);
      return { cell, width: displayWidth(shown(cell, shape)) };
    }),
  );
  const fits = columns.map((column) => displayWidth(column.header) + HEADER_PAD);
  for (const cells of body) cells.forEach(({ width }, c) => (fits[c] = Math.max(fits[c]!, width + PAD)));
  const widths = fits.map((fit, c) => (c < printedColumns ? Math.min(Math.max(fit, NARROWEST), WIDEST) : fit));
  const wrapped = fits.flatMap((fit, c) => (c < printedColumns && fit > WIDEST ? [c] : []));
  // Neither Excel nor Calc grows a row for wrapped text when it opens a file: each row is given the lines it needs.
  const lines = (cells: { width: number }[]) => wrapped.reduce((most, c) => Math.max(most, Math.ceil(cells[c]!.width / (WIDEST - PAD))), 1);

  const sheet: XLSX.WorkSheet = {};
  const put = (r: number, c: number, cell: XLSX.CellObject | null) => {
    if (cell) sheet[XLSX.utils.encode_cell({ r, c })] = cell;
  };
  put(TITLE_ROW, 0, cellObject(table.title, null));
  columns.forEach((column, c) => put(HEADER_ROW, c, cellObject(column.header, null)));
  body.forEach((cells, i) => cells.forEach(({ cell }, c) => put(HEADER_ROW + 1 + i, c, cell)));

  const lastRow = HEADER_ROW + table.rows.length;
  const last = XLSX.utils.encode_cell({ r: lastRow, c: columns.length - 1 });
  sheet['!ref'] = `A1:${last}`;
  sheet['!autofilter'] = { ref: `${XLSX.utils.encode_cell({ r: HEADER_ROW, c: 0 })}:${last}` };
  sheet['!cols'] = widths.map((wch) => ({ wch }));
  sheet['!rows'] = [{ hpt: TITLE_HEIGHT }, { hpt: LINE_HEIGHT }, ...body.map((cells) => ({ hpt: lines(cells) * LINE_HEIGHT }))];
  // One cell across the printed width: the title is not cut by the printed gridlines.
  sheet['!merges'] = [{ s: { r: TITLE_ROW, c: 0 }, e: { r: TITLE_ROW, c: printedColumns - 1 } }];
  sheet['!margins'] = MARGINS;
  return { sheet, layout: { frozenColumns: table.frozenColumns, printedColumns, lastRow, wrapped } };
}
