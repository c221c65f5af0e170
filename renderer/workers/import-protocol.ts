// The messages between the import client (UI thread) and the import worker.
import type { DetectedTable, MapOptions, MappedTable, SheetWithoutTable, TableOverrides } from '../../shared/ingest';
import type { Ledger } from '../../shared/ledger';
import type { Plan } from '../../shared/model';
import type { ReadTaskTemplateOptions, TaskTemplateReading } from '../../shared/templates';
import type { CellOutcome } from '../../shared/workbook';

/** The rows and columns of each sheet that the wizard previews (and colours by outcome). */
export const PREVIEW_ROWS = 400;
export const PREVIEW_COLUMNS = 40;

/** The first rows and columns of a sheet as the file shows them, for the wizard's preview grid. */
export interface SheetPreview {
  name: string;
  rowCount: number;
  columnCount: number;
  /** Cell texts, `previewRows` × `previewColumns` at most; '' for empty cells. */
  rows: string[][];
}

/** A mapped table as the wizard holds it: the values as the columns that crossed from the worker, the outcomes of
 *  every cell left in the worker but those of the preview window. */
export interface WizardMapping extends Omit<MappedTable, 'cellOutcomes' | 'outcomeList'> {
  /** By A1 address, the outcomes of the value cells inside the preview window (PREVIEW_ROWS × PREVIEW_COLUMNS). */
  previewOutcomes: Record<string, CellOutcome>;
}

/** One table as detected (with the user's overrides) and, unless skipped, as mapped. */
export interface WizardTable {
  table: DetectedTable;
  /** Absent when the user left the table out. */
  mapped?: WizardMapping;
}

/** A file's analysis as the wizard holds it: its tables, and every sheet without one with the reason. */
export interface WizardAnalysis {
  tables: WizardTable[];
  noTables: SheetWithoutTable[];
}

/** A WizardTable on its way from the worker: the data rows in a transferable array (the values' columns are). */
export interface WizardTableMessage {
  table: Omit<DetectedTable, 'dataRows'> & { dataRows: Int32Array };
  mapped?: WizardMapping;
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
  /** The year a filled task progress template reports, when the file is one: its answers are read, not its tables. */
  taskYear?: number;
}

export type WorkerRequest =
  | { type: 'read'; requestId: number; fileId: string; fileName: string; bytes: Uint8Array; password?: string }
  | { type: 'analyse'; requestId: number; fileId: string; plan: Plan; overrides: TableOverrides; options: MapOptions }
  | { type: 'tasks'; requestId: number; fileId: string; ledger: Ledger; options: ReadTaskTemplateOptions };

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
  | { type: 'analyse'; requestId: number; analysis: { tables: WizardTableMessage[]; noTables: SheetWithoutTable[] } }
  | { type: 'tasks'; requestId: number; reading: TaskTemplateReading }
  | { type: 'error'; requestId: number; error: WorkerError };
