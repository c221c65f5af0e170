import { toHalfWidth } from '../../base';
import { cellText, type GridCell, isMissingMarker, parseNumberText, type SheetGrid } from '../../workbook';
// What a cell holds, as far as finding tables goes: a number, a missing marker, a year, text or nothing.

export type CellKind = 'empty' | 'number' | 'missing' | 'text';

/** The cell at (row, column), or undefined. */
export function cellAt(grid: SheetGrid, row: number, column: number): GridCell | undefined {
  return grid.rows[row]?.[column];
}

/** The cell's text, trimmed ('' for an empty cell). */
export function textAt(grid: SheetGrid, row: number, column: number): string {
  const cell = grid.rows[row]?.[column];
  if (!cell) return '';
  return (typeof cell.value === 'string' ? cell.value : cellText(cell)).trim();
}

/** Classifies a cell cheaply: text starting with a letter or CJK character is never parsed as a number. */
export function cellKind(cell: GridCell | undefined): CellKind {
  if (!cell) return 'empty';
  if (typeof cell.value === 'number') return 'number';
  if (cell.uncachedFormula) return 'missing';
  if (typeof cell.value !== 'string') return cell.value === null ? 'missing' : 'text';
  const s = cell.value.trim();
  if (s === '') return 'empty';
  const first = s.charCodeAt(0);
  const maybeNumber = (first >= 48 && first <= 57) || s[0] === '-' || s[0] === '+' || s[0] === '(' || s[0] === '.' || (first >= 0xff0d && first <= 0xff19) || s[0] === '（' || s[0] === '−';
  // Every missing marker is short; long text never needs the check.
  if (!maybeNumber) return s.length <= 4 && isMissingMarker(toHalfWidth(s)) ? 'missing' : 'text';
  const parsed = parseNumberText(s);
  return parsed.kind === 'number' ? 'number' : parsed.kind === 'missing' ? 'missing' : 'text';
}

const YEAR_TEXT = /^(?:(19\d{2}|20\d{2})\s*(?:年度?|年末|年底)?|(?:year|Year|YEAR)\s*(19\d{2}|20\d{2}))\s*[①-⑳*]?$/;

/** The year a header cell names: 2023, "2023", "2023年", "2023年度"; null otherwise. */
export function yearOf(cell: GridCell | undefined): { year: number; explicit: boolean } | null {
  if (!cell) return null;
  if (typeof cell.value === 'number') {
    const v = cell.value;
    return Number.isInteger(v) && v >= 1900 && v <= 2100 ? { year: v, explicit: false } : null;
  }
  if (typeof cell.value !== 'string') return null;
  const m = YEAR_TEXT.exec(toHalfWidth(cell.value).trim());
  if (!m) return null;
  const year = Number(m[1] ?? m[2]);
  return { year, explicit: /年|year/i.test(cell.value) };
}

/** True when the text contains Chinese characters. */
export function hasChinese(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s);
}
