// Browser mode's 导出PDF, the server's end: the static server prints the page's HTML to a PDF with the machine's
// Chromium for the app's own page only, runs none of the HTML's script and loads nothing from outside it, and says
// why when it cannot (no browser, the browser failed, the document too large).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_DOCUMENT_LIMIT, printRequestProblem } from '../../../scripts/launch/print-endpoint.mjs';
// @ts-expect-error: a plain ES module without type declarations.
import { serveStatic } from '../../../scripts/static-server.mjs';
import { PRINT_ENDPOINT } from '../../../shared/security/index.mjs';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request with exactly these headers (fetch would not let a test set Host); `body` may be left unsent. */
function send(url: string, { method = 'POST', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        req.destroy();
      });
    });
    // The server may close the connection on a refusal before the whole body is sent: the answer is what counts.
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    if (body === undefined) req.flushHeaders();
    else req.end(body);
  });
}

async function serve(print?: object): Promise<{ server: Server; url: string; origin: string; endpoint: string }> {
  const root = mkdtempSync(join(tmpdir(), 'planeval-served-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>PlanEval</title>');
  const { server, url } = (await serveStatic(root, 0, print)) as { server: Server; url: string };
  server.on('close', () => rmSync(root, { recursive: true, force: true }));
  return { server, url, origin: url.replace(/\/$/, ''), endpoint: new URL(PRINT_ENDPOINT, url).href };
}

const close = (server: Server) => new Promise((done) => server.close(done));
const html = (origin: string, extra: Record<string, string> = {}) => ({ Origin: origin, 'Content-Type': 'text/html; charset=utf-8', ...extra });
const errorOf = (answer: Answer) => (JSON.parse(answer.body.toString('utf8')) as { error: string }).error;

/** A folder holding one executable named `chromium` that runs `script`, as a PATH to find it on. */
function fakeBrowser(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'planeval-fake-browser-'));
  writeFileSync(join(dir, 'chromium'), `#!/bin/sh\n${script}\n`);
  chmodSync(join(dir, 'chromium'), 0o755);
  return dir;
}

// A 1×1 red PNG.
const DOT = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('the print endpoint with the machine’s Chromium', () => {
  let served: Awaited<ReturnType<typeof serve>>;
  const work = mkdtempSync(join(tmpdir(), 'planeval-print-test-'));

  beforeAll(async () => {
    served = await serve();
  });

  afterAll(async () => {
    await close(served.server);
    rmSync(work, { recursive: true, force: true });
  });

  it('answers the page’s HTML with a PDF of it, printed without its script and without anything it does not carry inline', async () => {
    writeFileSync(join(work, 'dot.png'), Buffer.from(DOT, 'base64'));
    const page = [
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>打印测试</title></head><body>',
      '<p id="text">静态文字</p>',
      '<script>document.getElementById("text").textContent = "script ran";</script>',
      `<img src="data:image/png;base64,${DOT}" width="40" height="40">`,
      `<img src="file://${join(work, 'dot.png')}" width="40" height="40">`,
      '</body></html>',
    ].join('');
    const answer = await send(served.endpoint, { headers: html(served.origin), body: page });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    writeFileSync(join(work, 'page.pdf'), answer.body);
    const text = execFileSync('pdftotext', [join(work, 'page.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('静态文字');
    expect(text).not.toContain('script ran');
    // The data: image is printed (1×1 px); the same picture on disk is not read (the browser draws its broken-image icon).
    const images = execFileSync('pdfimages', ['-list', join(work, 'page.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const dots = images.map((row) => row.trim().split(/\s+/)).filter(([, , type, width, height]) => type === 'image' && width === '1' && height === '1');
    expect(dots).toHaveLength(1);
  });
});

describe('the print endpoint refuses what is not the app’s own page asking', () => {
  let served: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    // No browser: nothing that gets past the checks is printed, and every answer here comes from the checks.
    served = await serve({ where: { platform: 'linux', env: { PATH: '' }, home: tmpdir() } });
  });

  afterAll(() => close(served.server));

  it('refuses another site’s page (a cross-origin POST) and a request without an origin', async () => {
    const crossSite = await send(served.endpoint, { headers: html('http://evil.example'), body: '<p>x</p>' });
    expect([crossSite.status, errorOf(crossSite)]).toEqual([403, 'refused']);
    const noOrigin = await send(served.endpoint, { headers: { 'Content-Type': 'text/html' }, body: '<p>x</p>' });
    expect([noOrigin.status, errorOf(noOrigin)]).toEqual([403, 'refused']);
  });

  it('refuses a host name other than its own, as a DNS name rebound to 127.0.0.1 would send', async () => {
    const port = new URL(served.url).port;
    const rebound = await send(served.endpoint, { headers: html(`http://evil.example:${port}`, { Host: `evil.example:${port}` }), body: '<p>x</p>' });
    expect([rebound.status, errorOf(rebound)]).toEqual([403, 'refused']);
  });

  it('refuses a peer that is not on this machine, even with the right headers', () => {
    const own = { method: 'POST', host: '127.0.0.1:5273', origin: 'http://127.0.0.1:5273', contentType: 'text/html; charset=utf-8', contentLength: '100' };
    expect(printRequestProblem({ ...own, remoteAddress: '192.168.1.20' }, 5273)).toEqual({ status: 403, error: 'refused' });
    expect(printRequestProblem({ ...own, remoteAddress: '::ffff:10.0.0.3' }, 5273)).toEqual({ status: 403, error: 'refused' });
    for (const loopback of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(printRequestProblem({ ...own, remoteAddress: loopback }, 5273)).toBeNull();
  });

  it('takes only HTML in UTF-8: a form’s text/plain or multipart body, or another charset, is refused', async () => {
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'text/html; charset=gbk']) {
      const answer = await send(served.endpoint, { headers: html(served.origin, { 'Content-Type': type }), body: '<p>x</p>' });
      expect([type, answer.status, errorOf(answer)]).toEqual([type, 415, 'refused']);
    }
  });

  it('takes only POST', async () => {
    const answer = await send(served.endpoint, { method: 'GET', headers: { Origin: served.origin } });
    expect([answer.status, answer.headers.allow, errorOf(answer)]).toEqual([405, 'POST', 'refused']);
  });

  it(`refuses a document over ${PRINT_DOCUMENT_LIMIT / 1024 / 1024} MiB: at once when its length is declared, after reading it when it is streamed`, async () => {
    const declared = await send(served.endpoint, { headers: html(served.origin, { 'Content-Length': String(PRINT_DOCUMENT_LIMIT + 1) }) });
    expect([declared.status, errorOf(declared)]).toEqual([413, 'too-large']);
    const streamed = await send(served.endpoint, { headers: html(served.origin, { 'Transfer-Encoding': 'chunked' }), body: Buffer.alloc(PRINT_DOCUMENT_LIMIT + 1, 0x20) });
    expect([streamed.status, errorOf(streamed)]).toEqual([413, 'too-large']);
  });

  it('serves no print copy at an address that no print is using', async () => {
    const answer = await send(new URL('/__planeval/print-job/00000000-0000-4000-8000-000000000000', served.url).href, { method: 'GET' });
    expect(answer.status).toBe(404);
  });
});

describe.skipIf(process.platform === 'win32')('the print endpoint when it cannot print', () => {
  it('says there is no browser when no Chromium, Chrome or Edge is installed', async () => {
    const served = await serve({ where: { platform: 'linux', env: { PATH: '' }, home: tmpdir() } });
    try {
      const answer = await send(served.endpoint, { headers: html(served.origin), body: '<p>x</p>' });
      expect([answer.status, errorOf(answer)]).toEqual([503, 'no-browser']);
    } finally {
      await close(served.server);
    }
  });

  it('says printing failed when the browser fails, and leaves no temporary profile behind', async () => {
    const bin = fakeBrowser('echo "could not print" >&2; exit 3');
    const temp = mkdtempSync(join(tmpdir(), 'planeval-print-temp-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    const served = await serve({ where: { platform: 'linux', env: { PATH: bin }, home: tmpdir() } });
    try {
      const answer = await send(served.endpoint, { headers: html(served.origin), body: '<p>x</p>' });
      expect([answer.status, errorOf(answer)]).toEqual([500, 'print-failed']);
      expect(readdirSync(temp).filter((name) => name.startsWith('planeval-print-'))).toEqual([]);
    } finally {
      process.env.TMPDIR = previous;
      await close(served.server);
      rmSync(bin, { recursive: true, force: true });
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
