// Electron entry point: one instance, the app:// scheme, a locked-down session, the IPC bridge and the window.
import { app, Menu, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApplicationMenu } from './menu';
import { registerIpcHandlers } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { confineWebContents, denyPermissions } from './security';
import { createMainWindow } from './window';

// electron-vite builds main to out/main/index.js, the preload to out/preload and the renderer to out/renderer.
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow(PRELOAD_PATH);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function start(): void {
  // One plain folder for all of PlanEval's data (<app data>/PlanEval, beside browser mode's browser-profile),
  // rather than one named after the bilingual product name; set before ready, as Electron requires.
  app.setPath('userData', path.join(app.getPath('appData'), 'PlanEval'));
  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => confineWebContents(contents));
  // A second launch focuses the existing window: two instances would write the same IndexedDB at once.
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });
  void app.whenReady().then(() => {
    denyPermissions(session.defaultSession);
    serveRenderer(RENDERER_DIR);
    registerIpcHandlers(() => mainWindow);
    Menu.setApplicationMenu(buildApplicationMenu());
    openMainWindow();
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
