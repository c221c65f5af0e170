// The messages between the import client (UI thread) and the import worker.
import type { CellOutcome, DetectedTable, MapOptions, MappedTable, TableOverrides } from '../../shared/ingest/types';
import type { Plan } from '../../shared/model';
import type { ObservationColumns } from '../../shared/ingest/map/observation-columns';
import type { ColumnDrafts } from './observation-columns';

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

/** A mapped table as the UI thread holds it: the outcomes of every cell stay in the worker. */
export interface AnalysedMapping extends Omit<MappedTable, 'cellOutcomes' | 'outcomeList' | 'observations' | 'observationColumns'> {
  /** Kept as the columns that crossed from the worker; drafts are made from them a slice at a time. */
  observations: ColumnDrafts;
  /** By A1 address, the outcomes of the value cells inside the preview window (PREVIEW_ROWS × PREVIEW_COLUMNS). */
  previewOutcomes: Record<string, CellOutcome>;
  /** The distinct indicator ids and regions of the observations, in order of first appearance. */
  indicators: string[];
  regions: string[];
}

/** One table as detected (with the user's overrides) and, unless skipped, as mapped. */
export interface AnalysedTable {
  table: DetectedTable;
  /** Absent when the user left the table out. */
  mapped?: AnalysedMapping;
}

/** An AnalysedTable on its way from the worker: the data rows and the observations in transferable arrays. */
export interface AnalysedTableMessage {
  table: Omit<DetectedTable, 'dataRows'> & { dataRows: Int32Array };
  mapped?: Omit<AnalysedMapping, 'observations'> & { columns: ObservationColumns };
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
  | { type: 'analyse'; requestId: number; tables: AnalysedTableMessage[] }
  | { type: 'error'; requestId: number; error: WorkerError };
