// Header cell text: merged cells filled in, English lines of bilingual headers and "#"/"其中:" marks removed.
import { hasChinese, textAt } from './cells';
import { toHalfWidth } from '../../base';
import type { SheetGrid } from '../../workbook';

/** The text shown at (row, column), taking it from the merge's first cell when the cell is covered by a merge. */
export function displayedText(grid: SheetGrid, row: number, column: number): string {
  for (const m of grid.merges) {
    if (row >= m.top && row <= m.bottom && column >= m.left && column <= m.right) return textAt(grid, m.top, m.left);
  }
  return textAt(grid, row, column);
}

/** "R&D经费\n内部支出\nTotal" → "R&D经费内部支出"; "#研究人员" → "研究人员"; an English-only header stays as it is. */
export function cleanHeader(text: string): string {
  const lines = toHalfWidth(text)
    .split(/\r\n|\n|\r/)
    .map((l) => l.trim())
    .filter(Boolean);
  const chinese = lines.filter(hasChinese);
  const joined = chinese.length ? chinese.join('') : lines.join(' ');
  return joined
    .replace(/^(#|其中[::]?)\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The cleaned header texts of one column, top to bottom, with repeats of a vertical merge dropped. */
export function columnHeader(grid: SheetGrid, headerRows: number[], column: number): string[] {
  const texts: string[] = [];
  for (const r of headerRows) {
    const t = cleanHeader(displayedText(grid, r, column));
    if (t && texts[texts.length - 1] !== t) texts.push(t);
  }
  return texts;
}
