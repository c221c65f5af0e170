// A spreadsheet as read: sheets of cells, and what a cell says (a number in a unit, a missing mark, a footnote).
export { cellText } from './grid';
export type { FileFormat, GridCell, MergeArea, ReadWorkbook, SheetGrid } from './grid';
export { cellFinding } from './cell-outcome';
export type { CellFinding, CellOutcome } from './cell-outcome';
export { isMissingMarker } from './missing';
export { parseNumberText } from './parse-number';
export { readValue } from './read-value';
export type { ValueReading } from './read-value';
export { convertUnit, normaliseUnit, splitNameAndUnit, unitFromUnitLine, unitInBracket, withoutFloatNoise } from './units';
