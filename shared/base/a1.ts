// A1 addresses: column letters and cell/range text, 0-based row and column in, "B7" out.

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The A1 address of a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  return columnLetters(column) + (row + 1);
}

/** "A1:D9" for 0-based inclusive corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}
