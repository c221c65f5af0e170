// A small static file server on 127.0.0.1 for the built renderer: used by `npm start` in browser
// mode and by the end-to-end tests. Serves index.html for unknown paths and never leaves its root;
// its print endpoint (launch/print-endpoint.mjs) turns the page's print document into a PDF.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
// The same policy Electron sends from app://planeval, so browser mode is held to it too.
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../shared/security/index.mjs';
import { printEndpoint } from './launch/print-endpoint.mjs';

/** Vite names every file under assets/ by its content hash, so those never change; anything else is revalidated. */
export function cacheControlFor(relativePath) {
  return /^[\\/]assets[\\/]/.test(relativePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 = any free port); resolves to the server and its URL. `print` says
 * where the print endpoint looks for a browser (launch/print-endpoint.d.mts); this process's environment by default.
 */
export function serveStatic(root, port = 0, print = {}) {
  const base = resolve(root);
  const printer = printEndpoint(print);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (printer.handles(path)) {
        await printer.answer(req, res, path);
        return;
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        file = join(base, 'index.html');
        info = await stat(file);
      }
      const headers = {
        'Content-Type': contentTypeFor(extname(file)),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': cacheControlFor(file.slice(base.length)),
        ETag: `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
      };
      // A revalidated script keeps the code Chromium compiled for it last time: a start does not parse it again.
      if (req.headers['if-none-match'] === headers.ETag) {
        res.writeHead(304, headers).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolveServer({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root = 'out/web', port = '4173'] = process.argv.slice(2);
  const { url } = await serveStatic(root, Number(port));
  process.stdout.write(`PlanEval is being served at ${url}\n`);
}
