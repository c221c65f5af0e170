// A sheet of a template as plain data: cell values, which style each cell gets, merges, column widths and which
// cells are inputs, notes or fixed. The workbook writer turns it into SheetJS sheets and OOXML.
import { cellAddress } from '../base';
import type { FixedCell, InputCell } from './types';

/** The cell styles of templates/stylesheet.ts, by purpose. */
export type CellStyle = 'title' | 'subtitle' | 'header' | 'label' | 'input' | 'reference' | 'notes' | 'text' | 'inputText' | 'referenceText';

export type LayoutValue = string | number | null;

export interface SheetLayout {
  name: string;
  rows: LayoutValue[][];
  styles: Record<string, CellStyle>;
  merges: { s: { r: number; c: number }; e: { r: number; c: number } }[];
  /** Column widths in characters. */
  widths: number[];
  /** Row heights in points, where a row's wrapped text needs more than one line (neither Excel nor Calc grows a row on opening). */
  heights?: (number | undefined)[];
  inputs: InputCell[];
  notes: string[];
  /** Protected sheets let the user change only input and notes cells. */
  protect: boolean;
}

/** Every non-empty cell that is neither an input nor a note: what must come back unchanged. */
export function fixedCells(layout: SheetLayout): FixedCell[] {
  const open = new Set([...layout.inputs.map((i) => i.cell), ...layout.notes]);
  const fixed: FixedCell[] = [];
  layout.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = cellAddress(r, c);
      if (value !== null && value !== '' && !open.has(cell)) fixed.push({ cell, value });
    }),
  );
  return fixed;
}

/** Characters a sheet name may not contain (ECMA-376 §18.2.19 and Excel's own rule). */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** A legal, unique sheet name (≤ 31 characters) for a department. */
export function sheetNameFor(department: string, taken: Set<string>): string {
  const base = department.replace(SHEET_NAME_FORBIDDEN, '_').replace(/^'|'$/g, '').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}
