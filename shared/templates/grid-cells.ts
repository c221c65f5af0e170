// Reading a filled sheet back by the cell map: a cell by its address, whether it is empty, and the cells changed
// outside the open (input and notes) cells, which the indicator and the task sheets both report.
import { cellAddress } from '../base';
import { cellText, type GridCell, type SheetGrid } from '../workbook';
import type { FixedCell } from './types';

export function decodeCell(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return { row: -1, column: -1 };
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

export function cellOf(grid: SheetGrid, address: string): GridCell | undefined {
  const { row, column } = decodeCell(address);
  return grid.rows[row]?.[column];
}

export function isEmpty(cell: GridCell | undefined): boolean {
  return !cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
}

/** Whether a cell still holds what the template wrote: numbers to rounding noise, text ignoring outer spaces. */
function unchanged(cell: GridCell | undefined, expected: FixedCell['value']): boolean {
  if (isEmpty(cell)) return false;
  if (typeof expected === 'number' && typeof cell!.value === 'number') return Math.abs(cell!.value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return String(cell!.value).trim() === String(expected).trim();
}

/** An edit outside the open cells: what the template wrote there ('' for nothing) and what the cell says now. */
export interface OutsideEdit {
  cell: string;
  was: FixedCell['value'];
  now: string;
}

/** Every cell that is not as the template wrote it (labels, headers, reference values), and nothing new. */
export function editsOutside(grid: SheetGrid, open: ReadonlySet<string>, fixedCells: readonly FixedCell[]): OutsideEdit[] {
  const edits: OutsideEdit[] = [];
  const fixed = new Map(fixedCells.map((f) => [f.cell, f.value]));
  const seen = new Set<string>();
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const address = cellAddress(r, c);
      if (open.has(address)) return;
      seen.add(address);
      const expected = fixed.get(address);
      if (expected === undefined ? !isEmpty(cell) : !unchanged(cell, expected)) edits.push({ cell: address, was: expected ?? '', now: cellText(cell) });
    }),
  );
  for (const [address, expected] of fixed) if (!seen.has(address)) edits.push({ cell: address, was: expected, now: '' });
  return edits;
}
