// A spreadsheet as read: its sheets as dense grids of cells, each with the value the file stores and the text it shows.

/** One cell as the file holds it. */
export interface GridCell {
  /** The stored value: a number, text or boolean; null for an error cell or a formula without a cached result. */
  value: number | string | boolean | null;
  /** The text the file shows, when it differs from the value as written plainly (a number format, an error code).
   *  Use cellText() to read it. */
  text?: string;
  /** Number format code, when it is not General (e.g. "0.00%"). */
  format?: string;
  /** A formula whose result the file did not store: the value is unknown, never 0. */
  uncachedFormula?: true;
}

/** The text the file shows for a cell: its formatted text, else its value as written plainly. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  return cell.text ?? (cell.value === null ? '' : String(cell.value));
}

/** A merged area, 0-based and inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet as a dense grid of rows; rows may be shorter than `columnCount`. */
export interface SheetGrid {
  name: string;
  rows: (GridCell | undefined)[][];
  rowCount: number;
  columnCount: number;
  merges: MergeArea[];
}

export type FileFormat = 'xlsx' | 'xls' | 'ods' | 'csv' | 'xml';

export interface ReadWorkbook {
  fileName: string;
  /** SHA-256 of the file's bytes as given (before decryption), lowercase hex. */
  fileHash: string;
  format: FileFormat;
  /** True when the file was encrypted (with the default or a given password). */
  decrypted: boolean;
  sheets: SheetGrid[];
}
