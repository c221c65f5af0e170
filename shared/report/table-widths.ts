// Column widths of a report table: its relative widths, with the columns that must not wrap widened to their longest line.
import type { TableBlock } from './model';

/** How the writers set table text: 小五 (9 pt) with 3 pt either side of a cell, on the 156 mm type area of GB/T 9704. */
export const TABLE_TEXT = { widthPt: (156 / 25.4) * 72, fontPt: 9, paddingPt: 6 };

/** Room for what fonts differ by (a substituted 仿宋, Times New Roman's digits) and for the cell's borders, in em. */
const SLACK_EM = 0.6;
/** A column that wraps keeps at least this many characters a line. */
const MIN_WRAPPING_EM = 3;

/** A line's width in em: CJK and full-width forms take a whole em, Latin letters and digits about half, punctuation less. */
function emWidth(line: string): number {
  let em = 0;
  for (const c of line) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u203b]/.test(c)) em += 1;
    else if (/[().,:;/'\-| ]/.test(c)) em += 0.33;
    else if (/[%mwMW@]/.test(c)) em += 0.85;
    else em += 0.5;
  }
  return em;
}

/**
 * Each column's share of the table's width (the shares add up to 1): a `noWrap` column is at least as wide as its
 * longest line in the header or the body, so that 基本符合预期 or 2550.82 never breaks; the other columns share what is
 * left by their relative widths.
 */
export function columnShares(table: TableBlock, text = TABLE_TEXT): number[] {
  const weights = table.widths ?? table.header.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const proposed = weights.map((weight) => (weight / total) * text.widthPt);
  const fixed = new Set(table.noWrap ?? []);
  const longest = (column: number) =>
    Math.max(...[table.header, ...table.rows].flatMap((row) => (row[column] ?? '').split('\n')).map(emWidth));
  const widths = proposed.map((width, column) => (fixed.has(column) ? Math.max(width, (longest(column) + SLACK_EM) * text.fontPt + text.paddingPt) : width));
  const wrapping = weights.map((_, column) => column).filter((column) => !fixed.has(column));
  const fixedWidth = widths.reduce((sum, width, column) => (fixed.has(column) ? sum + width : sum), 0);
  const wrappingWeight = wrapping.reduce((sum, column) => sum + weights[column], 0);
  const left = text.widthPt - fixedWidth;
  const minimum = MIN_WRAPPING_EM * text.fontPt + text.paddingPt;
  if (wrapping.length > 0 && left >= minimum * wrapping.length) {
    for (const column of wrapping) widths[column] = (weights[column] / wrappingWeight) * left;
  }
  // Too little room for the wrapping columns, or none: every column scales to the width, the fixed ones still widest.
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((width) => width / sum);
}
