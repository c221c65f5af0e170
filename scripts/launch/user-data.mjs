// Where PlanEval keeps per-user files outside the app: the same folder Electron uses for its own data.
import path from 'node:path';

/** The platform's per-user application data folder: %APPDATA%, ~/Library/Application Support, or $XDG_CONFIG_HOME / ~/.config. */
export function userDataDir({ platform, env, home }) {
  if (platform === 'win32') return env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support');
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
}

/** The browser profile of browser mode: <user data>/PlanEval/browser-profile, kept so the app's IndexedDB survives. */
export function browserProfileDir(where) {
  const join = where.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(userDataDir(where), 'PlanEval', 'browser-profile');
}
