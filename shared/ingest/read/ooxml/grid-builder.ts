import type { GridCell, MergeArea, SheetGrid } from '../../../workbook';
// Collects a sheet's cells row by row into a SheetGrid, counting cells as they arrive so a huge sheet stops early.

// Excel's own limits: a position past them can only come from a damaged or forged file.
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export class GridBuilder {
  readonly rows: (GridCell | undefined)[][] = [];
  /** Cells held so far, counted as SheetJS's dense rows count them: each row as long as its last cell. */
  cells = 0;

  /** `tooMany` is called (and must throw) once the count passes `maxCells`; `outOfRange` for a position past
   *  Excel's limits. */
  constructor(
    private readonly maxCells: number,
    private readonly tooMany: (cells: number) => never,
    private readonly outOfRange: (row: number, column: number) => never,
  ) {}

  private row(r: number, c: number): (GridCell | undefined)[] {
    if (r >= MAX_ROWS || c >= MAX_COLUMNS) this.outOfRange(r, c);
    const rows = this.rows;
    if (r === rows.length) rows.push([]);
    else if (r > rows.length) {
      // Across a gap of empty rows, grow once and fill: pushing row by row is several times slower.
      const from = rows.length;
      rows.length = r + 1;
      for (let n = from; n <= r; n++) rows[n] = [];
    }
    const row = rows[r];
    const length = row.length;
    if (c >= length) {
      this.cells += c + 1 - length;
      if (this.cells > this.maxCells) this.tooMany(this.cells);
      for (let n = length; n < c; n++) row.push(undefined);
    }
    return row;
  }

  /** Puts a cell (undefined for an empty one that still extends the row), replacing what was there. Negative (or
   *  unreadable) positions are dropped, as SheetJS drops them. */
  set(r: number, c: number, cell: GridCell | undefined): void {
    if (!(r >= 0 && c >= 0)) return;
    const row = this.row(r, c);
    if (c === row.length) row.push(cell);
    else row[c] = cell;
  }

  /** Makes the position part of the grid (an empty cell) unless something is there already. */
  touch(r: number, c: number): void {
    if (!(r >= 0 && c >= 0)) return;
    const row = this.row(r, c);
    if (c === row.length) row.push(undefined);
  }

  /** The finished grid. */
  grid(name: string, merges: MergeArea[]): SheetGrid {
    let columnCount = 0;
    for (const row of this.rows) if (row.length > columnCount) columnCount = row.length;
    // Rows grown by push keep spare room (17 slots for a row of 5); exact copies halve a long sheet's rows in memory.
    const rows = this.rows.map((row) => row.slice());
    return { name, rows, rowCount: rows.length, columnCount, merges };
  }
}
