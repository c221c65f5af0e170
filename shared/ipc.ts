// The typed contract between the renderer and the platform (Electron's main process, or the browser).
// Both bridge implementations (renderer/platform/bridge.electron.ts, bridge.web.ts) satisfy PlanevalBridge;
// the Electron one sends each call over the IPC channel named in IpcChannels.

export interface FileFilter {
  /** Shown in the dialog, e.g. "Excel 工作簿". */
  name: string;
  /** Without the dot: ["xlsx", "xls"]. */
  extensions: string[];
}

export interface OpenFilesRequest {
  title?: string;
  filters?: FileFilter[];
  multiple?: boolean;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  filters?: FileFilter[];
}

export interface SaveFileResponse {
  /** false when the user cancelled. */
  saved: boolean;
  /** Where it went, when the platform knows (Electron). */
  path?: string;
}

export interface PrintToPdfRequest {
  suggestedName: string;
}

export interface AppInfo {
  version: string;
  platform: 'electron' | 'web';
}

/** Channel name → request and response. The preload exposes exactly these, and main checks every sender. */
export interface IpcChannels {
  'dialog:open-files': { request: OpenFilesRequest; response: OpenedFile[] };
  'dialog:save-file': { request: SaveFileRequest; response: SaveFileResponse };
  'print:to-pdf': { request: PrintToPdfRequest; response: SaveFileResponse };
  'app:info': { request: void; response: AppInfo };
}

export type IpcChannel = keyof IpcChannels;
export const IPC_CHANNELS: readonly IpcChannel[] = ['dialog:open-files', 'dialog:save-file', 'print:to-pdf', 'app:info'];

/** The one API the renderer uses for anything outside the page (window.planeval in Electron). */
export interface PlanevalBridge {
  /** Resolves to [] when the user cancels. */
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  /** Prints the current page (the report preview) to a PDF file; in browser mode the local server prints a copy of it. */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResponse>;
  appInfo(): Promise<AppInfo>;
}
