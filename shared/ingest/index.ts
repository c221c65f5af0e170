// The import engine: bytes → workbook (read, decrypted, decoded) → tables found in its sheets → values mapped to
// the plan's indicators, units and regions, with a finding for every cell that needs the user's eye.
export * from './types';
export { IngestError } from './errors';
export type { IngestErrorCode } from './errors';
export { readWorkbook } from './read/workbook';
export { DEFAULT_LIMITS } from './read/limits';
export { EXCEL_DEFAULT_PASSWORD } from './read/decrypt';
export { webDecryptor } from './read/decryptors';
export { releaseBytes } from './read/release-bytes';
export { detectTables } from './detect';
export { mapTable } from './map/map-table';
