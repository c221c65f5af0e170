// The desktop app, running: it opens on the start screen from app://planeval with isolation, sandbox and no
// Node in the page, exposes exactly the bridge, sends the CSP, and refuses navigation, new windows, permissions
// and IPC from any other window. Runs wherever an Electron binary can be had; skipped, with the reason, elsewhere.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { BUILDS, isBuildStale } from '../../scripts/launch/builds.mjs';
import { resolveElectron } from '../../scripts/launch/electron.mjs';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.mjs';
import { REPO_ROOT } from '../support/shared-dir';

const binary = resolveElectron(REPO_ROOT);
const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

// The reason is in the title too, since the list reporter does not print skip reasons.
test.describe(`Electron smoke test${binary.reason === undefined ? '' : ` (skipped: ${binary.reason})`}`, () => {
  test.skip(binary.path === undefined, binary.reason ?? '');
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (isBuildStale(REPO_ROOT, BUILDS.electron)) {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const build = spawnSync(npm, ['run', BUILDS.electron.script], { cwd: REPO_ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
      expect(build.status, 'npm run build').toBe(0);
    }
    // Launched on the app folder, as npm start does, so Electron reads package.json (name, version, main: out/main/index.js).
    app = await electron.launch({ executablePath: binary.path, args: [REPO_ROOT], cwd: REPO_ROOT });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens the start screen from app://planeval, titled 规划评估工作台', async () => {
    await expect(page.getByText('规划评估工作台').first()).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/planeval\//);
    expect(await page.title()).toContain('规划评估工作台');
    const windowTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getTitle());
    expect(windowTitle).toContain('规划评估工作台');
  });

  test('the main window runs with contextIsolation, sandbox, webSecurity and without Node integration', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      // Present at run time though missing from Electron's typings: the preferences the page really got.
      type WithPreferences = { getLastWebPreferences(): Electron.WebPreferences | null };
      const last = (BrowserWindow.getAllWindows()[0].webContents as unknown as WithPreferences).getLastWebPreferences();
      return {
        contextIsolation: last?.contextIsolation,
        sandbox: last?.sandbox,
        nodeIntegration: last?.nodeIntegration,
        webSecurity: last?.webSecurity,
      };
    });
    expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });

  test('the page has exactly the bridge and no Node', async () => {
    const globals = await page.evaluate(() => ({
      bridge: Object.keys(window.planeval).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
    }));
    expect(globals).toEqual({ bridge: ['appInfo', 'openFiles', 'printToPdf', 'saveFile'], require: 'undefined', process: 'undefined', module: 'undefined' });
    expect(await page.evaluate(() => window.planeval.appInfo())).toEqual({ version, platform: 'electron' });
  });

  test('every app:// response carries the Content-Security-Policy', async () => {
    const headers = await page.evaluate(async () =>
      Promise.all(['/index.html', '/no-such-screen', '/no-such-file.js'].map(async (url) => (await fetch(url)).headers.get('content-security-policy'))),
    );
    expect(headers).toEqual([CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY]);
  });

  test('navigation away from app://planeval is refused, in-app navigation is not', async () => {
    const prevented = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0].webContents;
      const tryNavigation = (url: string) => {
        let wasPrevented = false;
        contents.emit('will-navigate', { url, preventDefault: () => (wasPrevented = true) });
        return wasPrevented;
      };
      return { away: tryNavigation('https://example.com/'), file: tryNavigation('file:///etc/passwd'), inApp: tryNavigation('app://planeval/index.html') };
    });
    expect(prevented).toEqual({ away: true, file: true, inApp: false });
  });

  test('window.open is denied and no window appears', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('permission requests are denied', async () => {
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  });

  test('IPC from any window but the main one is refused', async () => {
    const answer = await app.evaluate(async ({ BrowserWindow }, preload) => {
      const other = new BrowserWindow({ show: false, webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false } });
      try {
        await other.loadURL('app://planeval/index.html');
        return (await other.webContents.executeJavaScript(
          'window.planeval.appInfo().then(() => "answered", (error) => String(error))',
        )) as string;
      } finally {
        other.destroy();
      }
    }, path.join(REPO_ROOT, 'out', 'preload', 'index.cjs'));
    expect(answer).toContain('IPC request refused on app:info: the message did not come from the PlanEval window');
  });
});
