// Where the renderer lives in Electron: app://planeval. IndexedDB is keyed by this origin, so it must never change.

export const APP_SCHEME = 'app';
export const APP_HOST = 'planeval';
/** The page Electron opens at start. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True when `url` is on app://planeval (no user info, no port): the only place the window may be. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare parts, not URL.origin: Node's URL reports "null" as the origin of schemes it does not know.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
