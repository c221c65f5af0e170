// Browser mode's window: finding an installed Chromium, Chrome or Edge and the arguments for a quiet app window.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

const POSIX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
const WINDOWS_NAMES = ['chrome.exe', 'msedge.exe'];
const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];
const WINDOWS_INSTALLS = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];

/** Every place a Chromium-family browser may be, in order of preference: the PATH first, then the standard install folders. */
export function browserCandidates({ platform, env, home }) {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const pathVariable = env.PATH ?? env.Path ?? '';
  const dirs = pathVariable.split(platform === 'win32' ? ';' : ':').filter((dir) => dir !== '');
  const names = platform === 'win32' ? WINDOWS_NAMES : POSIX_NAMES;
  const onPath = dirs.flatMap((dir) => names.map((name) => pathApi.join(dir, name)));
  if (platform === 'darwin') {
    return [...onPath, ...['/Applications', pathApi.join(home, 'Applications')].flatMap((dir) => MAC_APPS.map((app) => pathApi.join(dir, app)))];
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter((root) => root);
    return [...onPath, ...roots.flatMap((root) => WINDOWS_INSTALLS.map((install) => pathApi.join(root, install)))];
  }
  return onPath;
}

/** True when `file` is a file this process may run. */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first candidate that `isExecutable` accepts, or null when no Chromium, Chrome or Edge is installed. */
export function findBrowser(where, isExecutable) {
  return browserCandidates(where).find((candidate) => isExecutable(candidate)) ?? null;
}

/**
 * The browser's own address-bar popup, a web page that Chromium loads in a renderer process of its own at launch,
 * competing with the app's page for the CPU (about 450 ms of it on a two-core machine). PlanEval's window has no
 * address bar, so it is turned off.
 */
export const ADDRESS_BAR_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

/** What every Chromium PlanEval starts runs with: its own profile, without sync, updates, first-run pages or the address-bar popup. */
export function ownProfileArgs(profileDir, { platform, isRoot }) {
  const args = [
    `--user-data-dir=${profileDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-features=${ADDRESS_BAR_FEATURES.join(',')}`,
  ];
  // Chromium refuses to run as root on Linux unless its sandbox is off.
  if (platform === 'linux' && isRoot) args.push('--no-sandbox');
  return args;
}

/** Arguments for an app-mode window on `url` with its own profile (ownProfileArgs). */
export function appModeArgs(url, profileDir, options) {
  return [`--app=${url}`, ...ownProfileArgs(profileDir, options)];
}

/** False on Linux without an X11 or Wayland display, where a window cannot open (e.g. over SSH). */
export function canOpenWindow({ platform, env }) {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
