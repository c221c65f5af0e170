// The import engine's public API: bytes → workbook → tables → observations, the same in the app and the CLI.
export * from './types';
export { IngestError } from './errors';
export type { IngestErrorCode } from './errors';
export { readWorkbook } from './read/workbook';
export { DEFAULT_LIMITS } from './read/limits';
export { EXCEL_DEFAULT_PASSWORD } from './read/decrypt';
export { detectTables } from './detect';
export { mapTable } from './map/map-table';
export { importFile } from './import-file';
export type { ImportOptions } from './import-file';
export { findConflicts } from './conflicts';
export type { Conflict, IncomingObservation } from './conflicts';
export { normaliseName, normaliseRegion } from './normalise';
