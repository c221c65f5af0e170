// Importing a file: one session from bytes to values (template or detection and mapping), the one conflict rule,
// and imported values as the engine reads them; the import worker, the command line and the tests all use it.
export { ImportSession } from './session';
export type { AnalysedTable } from './session';
export { draftsOf, importFile } from './import-file';
export type { FileImportResult, ImportOptions, TableImport } from './import-file';
export { findConflicts, sameValue, settle, StoredPlaces } from './conflicts';
export type { Conflict, ConflictDecision, ConflictDecisions, Settlement, StoredRuns, ValuePlace } from './conflicts';
export { ImportedValues } from './imported-values';
