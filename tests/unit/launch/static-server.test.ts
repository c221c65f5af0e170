// The static server of browser mode and the tests: hashed assets are cached for good, the page is revalidated
// (so a restart reuses Chromium's compiled code), unknown paths get the page, and nothing outside the root is served.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without type declarations.
import { serveStatic } from '../../../scripts/static-server.mjs';

describe('serveStatic', () => {
  const root = mkdtempSync(join(tmpdir(), 'planeval-static-'));
  let server: Server;
  let url: string;

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>PlanEval</title>');
    writeFileSync(join(root, 'assets', 'index-AbC123.js'), 'console.log(1)');
    ({ server, url } = (await serveStatic(root, 0)) as { server: Server; url: string });
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(root, { recursive: true, force: true });
  });

  it('serves content-hashed assets as immutable', async () => {
    const response = await fetch(new URL('assets/index-AbC123.js', url));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('has the page revalidated, and answers 304 when it has not changed', async () => {
    const first = await fetch(url);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await fetch(url, { headers: { 'If-None-Match': '"other"' } });
    expect(stale.status).toBe(200);
  });

  it('answers an unknown path with the page, and a path outside the root with 403', async () => {
    const page = await fetch(new URL('project/abc', url));
    expect(await page.text()).toContain('<title>PlanEval</title>');
    // Encoded slashes reach the server as they are (a client normalises only literal dot segments).
    const outside = await new Promise<number>((done, fail) => get(new URL('/..%2f..%2fetc%2fpasswd', url), (res) => done(res.statusCode ?? 0)).on('error', fail));
    expect(outside).toBe(403);
  });
});
