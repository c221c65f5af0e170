// The messages between the import client (UI thread) and the import worker.
import type { DetectedTable, MapOptions, MappedTable, TableOverrides } from '../../shared/ingest/types';
import type { Plan } from '../../shared/model';

/** The first rows and columns of a sheet as the file shows them, for the wizard's preview grid. */
export interface SheetPreview {
  name: string;
  rowCount: number;
  columnCount: number;
  /** Cell texts, `previewRows` × `previewColumns` at most; '' for empty cells. */
  rows: string[][];
}

/** One table as detected (with the user's overrides) and, unless skipped, as mapped. */
export interface AnalysedTable {
  table: DetectedTable;
  /** Absent when the user left the table out. */
  mapped?: MappedTable;
}

export interface ReadResult {
  fileName: string;
  fileHash: string;
  decrypted: boolean;
  sheets: SheetPreview[];
  /** The ids of the data-collection templates the file was filled from, when it is one. */
  templateIds?: string[];
  /** The departments of those templates, in the same order. */
  templateDepartments?: string[];
}

export type WorkerRequest =
  | { type: 'read'; requestId: number; fileId: string; fileName: string; bytes: Uint8Array; password?: string }
  | { type: 'analyse'; requestId: number; fileId: string; plan: Plan; overrides: TableOverrides; options: MapOptions };

/** An IngestError (or any failure) as plain data: code, bilingual message and where. */
export interface WorkerError {
  code: string;
  message: string;
  sheet?: string;
  cell?: string;
}

export type WorkerResponse =
  | { type: 'progress'; requestId: number; fraction: number }
  | { type: 'read'; requestId: number; result: ReadResult }
  | { type: 'analyse'; requestId: number; tables: AnalysedTable[] }
  | { type: 'error'; requestId: number; error: WorkerError };
