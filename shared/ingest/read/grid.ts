// SheetJS's dense sheets to our SheetGrid: only what detection and mapping need, with the real (not declared) extent.
import * as XLSX from 'xlsx';
import { numberCell } from './number-cell';
import type { GridCell, MergeArea, SheetGrid } from '../../workbook';

function toGridCell(c: XLSX.CellObject | undefined): GridCell | undefined {
  if (!c) return undefined;
  switch (c.t) {
    case 'n':
      // SheetJS formats no text (cellText off): formatted numbers get theirs here.
      return numberCell(c.v as number, c.z === undefined ? undefined : String(c.z));
    case 's':
      return c.v === '' ? undefined : { value: c.v as string };
    case 'b':
      return { value: c.v as boolean, text: c.v ? 'TRUE' : 'FALSE' };
    case 'e':
      return { value: null, text: c.w ?? XLSX.utils.format_cell(c) ?? '#ERROR' };
    case 'z':
      // A stub: either an empty styled cell or a formula whose result the file did not store.
      return c.f ? { value: null, text: '', uncachedFormula: true } : undefined;
    default:
      return { value: String(c.v ?? '') };
  }
}

/** Converts one dense SheetJS sheet, emptying it as it goes; the extent comes from the cells present, so a forged
 *  huge !ref costs nothing. */
export function sheetToGrid(name: string, ws: XLSX.WorkSheet): { grid: SheetGrid; cells: number } {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: (GridCell | undefined)[][] = new Array(data.length);
  let columnCount = 0;
  let cells = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    if (!source) {
      rows[r] = [];
      continue;
    }
    const row: (GridCell | undefined)[] = new Array(source.length);
    for (let c = 0; c < source.length; c++) row[c] = toGridCell(source[c]);
    rows[r] = row;
    // Let SheetJS's row go as soon as ours exists, so the two copies never peak together.
    data[r] = [];
    cells += source.length;
    if (source.length > columnCount) columnCount = source.length;
  }
  const merges: MergeArea[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  return { grid: { name, rows, rowCount: rows.length, columnCount, merges }, cells };
}
