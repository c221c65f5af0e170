// Browser mode opens the app in an installed Chromium, Chrome or Edge, in a quiet app-mode window.
import { describe, expect, it } from 'vitest';
import { appModeArgs, browserCandidates, canOpenWindow, findBrowser } from '../../../scripts/launch/browser.mjs';

const installed = (...files: string[]) => (file: string) => files.includes(file);

describe('findBrowser on Linux', () => {
  const where = { platform: 'linux' as const, env: { PATH: '/usr/local/bin:/usr/bin' }, home: '/home/li' };

  it('finds Chromium on the PATH', () => {
    expect(findBrowser(where, installed('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it.each(['chromium-browser', 'google-chrome', 'microsoft-edge'])('finds %s on the PATH', (name) => {
    expect(findBrowser(where, installed(`/usr/bin/${name}`))).toBe(`/usr/bin/${name}`);
  });

  it('prefers the earlier PATH folder, as a shell would', () => {
    expect(findBrowser(where, installed('/usr/bin/chromium', '/usr/local/bin/google-chrome'))).toBe('/usr/local/bin/google-chrome');
  });

  it('returns null when none is installed, and ignores other browsers', () => {
    expect(findBrowser(where, installed('/usr/bin/firefox'))).toBeNull();
  });

  it('looks nowhere when PATH is empty', () => {
    expect(browserCandidates({ platform: 'linux', env: {}, home: '/home/li' })).toEqual([]);
  });
});

describe('findBrowser on Windows and macOS', () => {
  it('finds Edge in Program Files (x86) when Chrome is absent', () => {
    const where = {
      platform: 'win32' as const,
      env: { Path: 'C:\\Windows\\system32', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' },
      home: 'C:\\Users\\li',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(where, installed(edge))).toBe(edge);
  });

  it('finds a per-user Chrome in %LOCALAPPDATA%', () => {
    const where = { platform: 'win32' as const, env: { LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' }, home: 'C:\\Users\\li' };
    const chrome = 'C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser(where, installed(chrome))).toBe(chrome);
  });

  it('finds Chrome in /Applications and Chromium in ~/Applications on macOS', () => {
    const where = { platform: 'darwin' as const, env: { PATH: '/usr/bin' }, home: '/Users/li' };
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(where, installed(chrome))).toBe(chrome);
    const chromium = '/Users/li/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findBrowser(where, installed(chromium))).toBe(chromium);
  });
});

describe('appModeArgs', () => {
  const url = 'http://127.0.0.1:5273/';
  const profile = '/home/li/.config/PlanEval/browser-profile';

  it('opens an app window on the URL with its own profile, without background traffic or the address-bar popup', () => {
    expect(appModeArgs(url, profile, { platform: 'linux', isRoot: false })).toEqual([
      '--app=http://127.0.0.1:5273/',
      '--user-data-dir=/home/li/.config/PlanEval/browser-profile',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
    ]);
  });

  it('turns the browser sandbox off only for root on Linux', () => {
    expect(appModeArgs(url, profile, { platform: 'linux', isRoot: true })).toContain('--no-sandbox');
    expect(appModeArgs(url, profile, { platform: 'darwin', isRoot: true })).not.toContain('--no-sandbox');
    expect(appModeArgs(url, profile, { platform: 'win32', isRoot: false })).not.toContain('--no-sandbox');
  });
});

describe('canOpenWindow', () => {
  it('needs an X11 or Wayland display on Linux', () => {
    expect(canOpenWindow({ platform: 'linux', env: {} })).toBe(false);
    expect(canOpenWindow({ platform: 'linux', env: { DISPLAY: ':0' } })).toBe(true);
    expect(canOpenWindow({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true);
  });

  it('always can on Windows and macOS', () => {
    expect(canOpenWindow({ platform: 'win32', env: {} })).toBe(true);
    expect(canOpenWindow({ platform: 'darwin', env: {} })).toBe(true);
  });
});
