// Hardening that applies to every web contents and to the session: the window stays on app://planeval,
// opens no other windows, embeds no <webview>, and is granted no permission (camera, notifications…).
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './security/app-origin';

/** Refuses every permission request and check in `session`; an offline statistics tool needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Keeps `contents` on app://planeval: no navigation or redirect elsewhere, no new windows, no webviews. */
export function confineWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
