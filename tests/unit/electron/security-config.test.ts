// The Electron security settings, read statically from electron/*.ts: isolation, sandbox, no Node in the page,
// the CSP on every app:// response, no navigation, no new windows, no permissions, and checked IPC senders.
// Each check is also run on a copy with one line broken, to prove it would notice.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy.mjs';
import { electronSecurityProblems, readElectronSources, type Sources } from './security-checks';

const sources = readElectronSources();

/** A copy of the sources with `find` replaced by `replace` in `file`; fails loudly if `find` is not there. */
function mutate(file: string, find: string | RegExp, replace: string): Sources {
  const text = sources.get(file);
  if (text === undefined) throw new Error(`${file} not found`);
  const changed = text.replace(find, replace);
  if (changed === text) throw new Error(`mutation did not apply: ${String(find)} in ${file}`);
  return new Map(sources).set(file, changed);
}

describe('Electron security configuration (static, from electron/*.ts)', () => {
  it('has every required setting in place', () => {
    expect(electronSecurityProblems(sources)).toEqual([]);
  });

  it("the CSP allows only the app's own content", () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    // No directive may open the door to remote or inline script.
    for (const [name, values] of directives) {
      if (name === 'script-src' || name === 'default-src') {
        expect(values.filter((v) => v.includes('unsafe') || v.includes('http') || v === '*')).toEqual([]);
      }
    }
  });
});

describe('the static check notices when a safeguard is removed', () => {
  const cases: [string, string, string | RegExp, string, RegExp][] = [
    ['contextIsolation turned off', 'electron/window.ts', 'contextIsolation: true', 'contextIsolation: false', /contextIsolation: true/],
    ['the sandbox line deleted', 'electron/window.ts', /\n\s*sandbox: true,/, '', /sandbox: true/],
    ['nodeIntegration turned on', 'electron/window.ts', 'nodeIntegration: false', 'nodeIntegration: true', /nodeIntegration: false/],
    ['webSecurity turned off', 'electron/window.ts', 'webSecurity: true', 'webSecurity: false', /webSecurity: true/],
    ['a spread that could override the preferences', 'electron/window.ts', 'webviewTag: false,', 'webviewTag: false,\n      ...extra,', /no spread/],
    ['a second, unchecked window', 'electron/main.ts', 'function start(): void {', 'function start(): void {\n  new BrowserWindow({});', /exactly one "new BrowserWindow/],
    ['the CSP header dropped', 'electron/protocol.ts', "'Content-Security-Policy': CONTENT_SECURITY_POLICY, ", '', /Content-Security-Policy/],
    ['a response served around respond()', 'electron/protocol.ts', "if (file === null) return respond(403, 'Forbidden');", "if (file === null) return new Response('x');", /every Response must carry|respond\(\)/],
    ['app:// no longer secure', 'electron/protocol.ts', 'secure: true', 'secure: false', /standard: true and secure: true/],
    ['navigation allowed', 'electron/security.ts', "contents.on('will-navigate', (event) => {\n    if (!isAppUrl(event.url)) event.preventDefault();", "contents.on('will-navigate', (event) => {\n    console.log(event.url);", /will-navigate listener must call preventDefault/],
    ['the will-navigate listener removed', 'electron/security.ts', "contents.on('will-navigate'", "contents.on('did-navigate'", /no will-navigate listener/],
    ['window.open allowed', 'electron/security.ts', "({ action: 'deny' })", "({ action: 'allow' })", /setWindowOpenHandler must return exactly \{ action: 'deny' \}/],
    ['window hardening not applied to new web contents', 'electron/main.ts', /app\.on\('web-contents-created'.*\n/, '', /confineWebContents/],
    ['permissions granted', 'electron/security.ts', 'callback(false)', 'callback(true)', /callback\(false\)/],
    ['permission checks allowed', 'electron/security.ts', 'setPermissionCheckHandler(() => false)', 'setPermissionCheckHandler(() => true)', /setPermissionCheckHandler must be set and return false/],
    ['the session left unhardened', 'electron/main.ts', 'denyPermissions(session.defaultSession);', '', /denyPermissions\(session\.defaultSession\)/],
    ['the sender check turned into a warning', 'electron/ipc.ts', /throw new Error\((?=`\$\{bilingual\('desktop\.ipc\.refused')/, 'console.warn(', /must reject untrusted senders/],
    ['the sender check skipped', 'electron/ipc.ts', 'senderRejection(senderFacts(event, window))', 'null', /must reject untrusted senders/],
    ['a raw ipcMain.handle outside the gate', 'electron/main.ts', 'function start(): void {', "function start(): void {\n  ipcMain.handle('app:info', () => 1);", /one ipcMain\.handle|only be called inside handleTrusted/],
    ['an ipcMain.on listener', 'electron/ipc.ts', 'export function registerIpcHandlers', "ipcMain.on('x', () => 0);\nexport function registerIpcHandlers", /ipcMain\.on bypasses the sender check/],
    ['request validation dropped', 'electron/ipc.ts', 'parseRequest(channel, payload)', 'payload as never', /parseRequest/],
    ['ipcRenderer exposed whole', 'electron/preload.ts', "contextBridge.exposeInMainWorld('planeval', bridge);", "contextBridge.exposeInMainWorld('planeval', { ...bridge, ipcRenderer });", /ipcRenderer only/],
    ['an extra channel in the preload', 'electron/preload.ts', "appInfo: () => invoke('app:info', undefined),", "appInfo: () => invoke('app:info', undefined),\n  shell: () => invoke('shell:run' as never, undefined as never),", /exactly the IPC_CHANNELS/],
  ];

  it.each(cases)('%s', (_what, file, find, replace, expected) => {
    const problems = electronSecurityProblems(mutate(file, find, replace));
    expect(problems.some((problem) => expected.test(problem)), problems.join('\n')).toBe(true);
  });
});
