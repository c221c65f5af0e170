// The browser implementation of the platform bridge: file input, Blob download, and PDF printed by the local server.
// Chosen at build time by the '@platform/bridge' alias (renderer/vite.web.config.ts).
import type { AppInfo, FileFilter, OpenedFile, OpenFilesRequest, PlanevalBridge, PrintToPdfRequest, SaveFileRequest, SaveFileResponse } from '../../shared/ipc';
import { printDocument, printOnServer } from './print-pdf';
import { readFiles } from './read-files';

declare const __APP_VERSION__: string;

function acceptAttribute(filters: FileFilter[] = []): string {
  return filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
}

function openFiles(request: OpenFilesRequest): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = request.multiple ?? false;
    input.accept = acceptAttribute(request.filters);
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      readFiles(files).then(resolve, reject);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]));
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}

async function saveFile(request: SaveFileRequest): Promise<SaveFileResponse> {
  const url = URL.createObjectURL(new Blob([request.bytes as BlobPart]));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true };
}

/** The page as it is now, printed by the server it came from and downloaded like any other file. */
async function printToPdf(request: PrintToPdfRequest): Promise<SaveFileResponse> {
  const pdf = await printOnServer(printDocument(document, request.suggestedName.replace(/\.pdf$/i, '')));
  return saveFile({ suggestedName: request.suggestedName, bytes: pdf });
}

async function appInfo(): Promise<AppInfo> {
  return { version: __APP_VERSION__, platform: 'web' };
}

/** The bridge the renderer uses in the browser build. */
export const bridge: PlanevalBridge = { openFiles, saveFile, printToPdf, appInfo };
