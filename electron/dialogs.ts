// The platform side of the bridge: open and save dialogs, and printing the current page to a PDF file.
import { app, dialog, type BrowserWindow } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedFile, OpenFilesRequest, PrintToPdfRequest, SaveFileRequest, SaveFileResponse } from '../shared/ipc';
import { t } from '../shared/i18n';
import { fileSizeProblem } from './security/file-size-limit';

/** Lets the user pick files; all are size-checked before any is read, so one oversized file fails the whole pick. */
export async function openFiles(request: OpenFilesRequest, window: BrowserWindow): Promise<OpenedFile[]> {
  const result = await dialog.showOpenDialog(window, {
    title: request.title ?? t('desktop.dialog.openTitle', 'zh'),
    filters: request.filters,
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (result.canceled) return [];
  const picked = await Promise.all(
    result.filePaths.map(async (filePath) => ({ filePath, name: path.basename(filePath), size: (await stat(filePath)).size })),
  );
  for (const { name, size } of picked) {
    const problem = fileSizeProblem(name, size);
    if (problem !== null) throw new Error(problem);
  }
  return Promise.all(
    picked.map(async ({ filePath, name }) => {
      const buffer = await readFile(filePath);
      return { name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
    }),
  );
}

/** Asks where to save `request.bytes` (starting in Documents under the suggested name) and writes them there. */
export async function saveFile(request: SaveFileRequest, window: BrowserWindow): Promise<SaveFileResponse> {
  const result = await dialog.showSaveDialog(window, {
    title: t('desktop.dialog.saveTitle', 'zh'),
    defaultPath: path.join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
  });
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFile(result.filePath, request.bytes);
  return { saved: true, path: result.filePath };
}

/** Prints the window's current page to an A4 PDF (with backgrounds, so chart colours survive) and saves it. */
export async function printToPdf(request: PrintToPdfRequest, window: BrowserWindow): Promise<SaveFileResponse> {
  const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  const suggestedName = request.suggestedName.toLowerCase().endsWith('.pdf') ? request.suggestedName : `${request.suggestedName}.pdf`;
  return saveFile(
    { suggestedName, bytes: pdf, filters: [{ name: t('desktop.dialog.pdfFilter', 'zh'), extensions: ['pdf'] }] },
    window,
  );
}
