// The app:// scheme: registered as standard and secure (IndexedDB needs a standard origin), and the handler
// that serves the built renderer from app://planeval/ with the Content-Security-Policy on every response.
import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../shared/security/index.mjs';
import { APP_SCHEME } from './security/app-origin';
import { resolveAppPath } from './security/resolve-app-path';

/** Declares app:// privileged; Electron only accepts this before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: a start reuses the code V8 compiled for the renderer's scripts last time (http(s) only by default).
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

function respond(status: number, body: string | Uint8Array<ArrayBuffer>, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-cache' },
  });
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

/** Serves the files under `root` (out/renderer) at app://planeval/; anything outside `root` gets 403. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(request.url, root);
    if (file === null) return respond(403, 'Forbidden');
    // A path without an extension is a screen of the single-page app, so it gets index.html, as in browser mode.
    const target = (await isFile(file)) ? file : path.extname(file) === '' ? path.join(root, 'index.html') : null;
    if (target === null) return respond(404, 'Not found');
    const body = await readFile(target);
    return respond(200, new Uint8Array(body), contentTypeFor(path.extname(target)));
  });
}
