// Markers statistics tables print where a value is missing or confidential: they mean "no value", never 0.

const MISSING_MARKERS = new Set(['', '—', '——', '-', '--', '–', '…', '……', '...', '..', '.', 'x', 'X', '×', '/', 'n/a', 'N/A', 'NA', '#N/A', '无', '空']);

/** True when the (trimmed, half-width) text marks a missing or confidential value. */
export function isMissingMarker(text: string): boolean {
  return MISSING_MARKERS.has(text.trim());
}
