// The import worker: reads files and analyses their tables off the UI thread through the import session, keeping
// each file's session (by file id) so that re-mapping after the user's corrections does not read the file again.
/// <reference lib="webworker" />
import { ImportSession } from '../../shared/import';
import { IngestError, releaseBytes, webDecryptor } from '../../shared/ingest';
import { cellText, type SheetGrid } from '../../shared/workbook';
import { packTables } from './analysed-message';
import { PREVIEW_COLUMNS, PREVIEW_ROWS, type SheetPreview, type WorkerError, type WorkerRequest, type WorkerResponse } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const sessions = new Map<string, ImportSession>();

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function preview(grid: SheetGrid): SheetPreview {
  const rows: string[][] = [];
  const columns = Math.min(grid.columnCount, PREVIEW_COLUMNS);
  for (let r = 0; r < Math.min(grid.rowCount, PREVIEW_ROWS); r++) {
    const source = grid.rows[r] ?? [];
    const row: string[] = new Array(columns);
    for (let c = 0; c < columns; c++) row[c] = cellText(source[c]);
    rows.push(row);
  }
  return { name: grid.name, rowCount: grid.rowCount, columnCount: grid.columnCount, rows };
}

function asWorkerError(error: unknown): WorkerError {
  if (error instanceof IngestError) return { code: error.code, message: error.message, sheet: error.sheet, cell: error.cell };
  return { code: 'unreadable', message: error instanceof Error ? error.message : String(error) };
}

async function read(request: Extract<WorkerRequest, { type: 'read' }>): Promise<void> {
  post({ type: 'progress', requestId: request.requestId, fraction: 0.05 });
  const session = await ImportSession.open(request.bytes, request.fileName, { password: request.password, decryptor: webDecryptor });
  sessions.set(request.fileId, session);
  // This copy of the file was made for the worker (the UI thread keeps its own): free it now, not at a later collection.
  releaseBytes(request.bytes);
  post({ type: 'progress', requestId: request.requestId, fraction: 0.6 });
  const { workbook, template, taskTemplate } = session;
  post({
    type: 'read',
    requestId: request.requestId,
    result: {
      fileName: workbook.fileName,
      fileHash: workbook.fileHash,
      decrypted: workbook.decrypted,
      sheets: session.visibleSheets().map(preview),
      ...(template ? { templateIds: template.templates.map((t) => t.templateId), templateDepartments: template.templates.map((t) => t.department) } : {}),
      ...(taskTemplate ? { taskYear: taskTemplate.year } : {}),
    },
  });
}

function sessionOf(fileId: string): ImportSession {
  const session = sessions.get(fileId);
  if (!session) throw new Error(`File ${fileId} has not been read`);
  return session;
}

function analyse(request: Extract<WorkerRequest, { type: 'analyse' }>): void {
  const session = sessionOf(request.fileId);
  const analysed = session.analyse(request.plan, request.overrides, request.options, (fraction) => post({ type: 'progress', requestId: request.requestId, fraction: 0.6 + 0.4 * fraction }));
  // The values leave the worker (transferred), so it keeps only the session.
  const { tables, transfer } = packTables(analysed);
  post({ type: 'analyse', requestId: request.requestId, analysis: { tables, noTables: session.sheetsWithoutTables(analysed) } }, transfer);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'read') await read(request);
    else if (request.type === 'tasks') post({ type: 'tasks', requestId: request.requestId, reading: sessionOf(request.fileId).readTasks(request.ledger, request.options)! });
    else analyse(request);
  } catch (error) {
    post({ type: 'error', requestId: request.requestId, error: asWorkerError(error) });
  }
};
