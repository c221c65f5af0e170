// The import engine: bytes → workbook (read, decrypted, decoded) → tables found in its sheets → values mapped to
// the plan's indicators, units and regions, with a finding for every cell that needs the user's eye.
export * from './types';
export { IngestError } from './errors';
export type { IngestErrorCode } from './errors';
export { DEFAULT_LIMITS, EXCEL_DEFAULT_PASSWORD, readWorkbook, releaseBytes, webDecryptor } from './read';
export { detectTables, displayedText, headerMeaning, sheetWithoutTable, textAt } from './detect';
export { mapTable } from './map';
