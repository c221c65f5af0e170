// How a workbook cell shows its number (an Excel number format) and how wide its text is, for fitting the columns.
import { formatValue } from '../attain';

/** Fixed decimals, as a fraction shown in percent when `percent`. */
export interface NumberShape {
  decimals: number;
  percent?: boolean;
}

/** A completion, time progress or growth rate: "39.6%", as the report writes percentages. */
export const PERCENT: NumberShape = { decimals: 1, percent: true };

/** The Excel number format of a shape: 0, 0.00, 0.0%. No thousands separators, as METHOD.md writes numbers. */
export function formatCode(shape: NumberShape): string {
  return `0${shape.decimals > 0 ? `.${'0'.repeat(shape.decimals)}` : ''}${shape.percent ? '%' : ''}`;
}

/** The text a cell of that shape shows (Excel rounds the display half away from zero, as formatValue does). */
export function shownText(value: number, shape: NumberShape): string {
  return shape.percent ? `${formatValue(value * 100, shape.decimals)}%` : formatValue(value, shape.decimals);
}

/** East Asian wide and full-width characters (CJK, 《》, ,), which take about two digit widths in a cell. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Width of `text` in Excel's column unit (the width of a digit), a wide character counting two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
