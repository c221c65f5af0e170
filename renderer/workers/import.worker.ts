// The import worker: reads files and detects and maps their tables off the UI thread, keeping each parsed
// workbook (by file id) so that re-mapping after the user's corrections does not read the file again.
/// <reference lib="webworker" />
import { cellText, detectTables, IngestError, mapTable, readWorkbook, type DetectedTable, type MappedTable, type ReadWorkbook, type SheetGrid, type TableOverrides } from '../../shared/ingest';
import { webDecryptor } from '../../shared/ingest/read/decryptors';
import { releaseBytes } from '../../shared/ingest/read/release-bytes';
import { METADATA_SHEET, readTemplate, recogniseTemplate, templateTables } from '../../shared/templates';
import { packTables } from './analysed-message';
import { PREVIEW_COLUMNS, PREVIEW_ROWS, type SheetPreview, type WorkerError, type WorkerRequest, type WorkerResponse } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const workbooks = new Map<string, ReadWorkbook>();

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/** Sends the analysis; the observations leave the worker (transferred), so it keeps only the workbook. */
function postTables(requestId: number, analysed: { table: DetectedTable; mapped?: MappedTable }[]): void {
  const { tables, transfer } = packTables(analysed);
  post({ type: 'analyse', requestId, tables }, transfer);
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
  const workbook = await readWorkbook(request.bytes, request.fileName, { password: request.password, decryptor: webDecryptor });
  workbooks.set(request.fileId, workbook);
  // This copy of the file was made for the worker (the UI thread keeps its own): free it now, not at a later collection.
  releaseBytes(request.bytes);
  post({ type: 'progress', requestId: request.requestId, fraction: 0.6 });
  const template = recogniseTemplate(workbook);
  // A template's hidden cell map is not for the user to preview.
  const sheets = workbook.sheets.filter((s) => !template || s.name !== METADATA_SHEET).map(preview);
  post({
    type: 'read',
    requestId: request.requestId,
    result: { fileName: workbook.fileName, fileHash: workbook.fileHash, decrypted: workbook.decrypted, sheets, ...(template ? { templateIds: template.templates.map((t) => t.templateId), templateDepartments: template.templates.map((t) => t.department) } : {}) },
  });
}

function analyse(request: Extract<WorkerRequest, { type: 'analyse' }>): void {
  const workbook = workbooks.get(request.fileId);
  if (!workbook) throw new Error(`File ${request.fileId} has not been read`);
  // A filled data-collection template is read from its cell map: nothing to detect, map or ask.
  const template = readTemplate(workbook, request.plan, request.options.projectId);
  if (template) {
    postTables(request.requestId, templateTables(template).map((x) => (request.overrides[x.table.key]?.skip ? { table: x.table } : x)));
    return;
  }
  // Skipped tables are still detected, so the wizard can show them and let the user take them back.
  const detectOverrides: TableOverrides = {};
  for (const [key, { skip: _skip, ...rest }] of Object.entries(request.overrides)) detectOverrides[key] = rest;
  const tables = detectTables(workbook, detectOverrides);
  const analysed: { table: DetectedTable; mapped?: MappedTable }[] = [];
  tables.forEach((table, i) => {
    const skipped = request.overrides[table.key]?.skip === true;
    analysed.push(skipped ? { table } : { table, mapped: mapTable(table, workbook, request.plan, request.options) });
    post({ type: 'progress', requestId: request.requestId, fraction: 0.6 + (0.4 * (i + 1)) / tables.length });
  });
  postTables(request.requestId, analysed);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'read') await read(request);
    else analyse(request);
  } catch (error) {
    post({ type: 'error', requestId: request.requestId, error: asWorkerError(error) });
  }
};
