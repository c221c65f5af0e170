// The messages between the Word client (UI thread) and the Word worker.
import type { ReportDocument } from '../../shared/report';

/** A report to write as .docx, with each chart's PNG by block id (their buffers are handed over, not copied). */
export interface DocxRequest {
  requestId: number;
  document: ReportDocument;
  charts: [string, Uint8Array][];
}

/** The .docx bytes, or why it could not be written (a bilingual message). */
export type DocxResponse = { requestId: number } & ({ type: 'written'; bytes: Uint8Array } | { type: 'error'; message: string });
