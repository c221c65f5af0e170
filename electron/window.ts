// The main window: isolated, sandboxed, without Node, loading the renderer from app://planeval.
import { BrowserWindow } from 'electron';
import { t } from '../shared/i18n';
import { APP_START_URL } from './security/app-origin';

/** Opens the PlanEval window with `preloadPath` (the bridge) as its only link to the main process. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: t('common.appName', 'zh'),
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
