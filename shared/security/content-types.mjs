// The Content-Type of each file the app serves, by extension: one table for Electron's app:// handler
// and the browser-mode static server (plain JavaScript so plain Node can import it).

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file extension such as ".js"; unknown ones are served as bytes. */
export function contentTypeFor(extension) {
  return TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
}
