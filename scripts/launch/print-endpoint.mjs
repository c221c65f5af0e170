// Browser mode's 导出PDF, the server's end: the page posts its print document to PRINT_ENDPOINT and gets back the PDF
// the machine's Chromium prints from it. Only the app's own page may ask (over loopback, from the origin the server
// serves); the browser reads the copy from a one-time address, under a policy that runs no script and loads nothing.
import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { PRINT_DOCUMENT_POLICY, PRINT_ENDPOINT } from '../../shared/security/index.mjs';
import { findBrowser, isExecutable } from './browser.mjs';
import { printToPdf } from './headless-print.mjs';

/** The largest print document taken: the report page with all of its charts inlined as 2× PNGs is a few megabytes. */
export const PRINT_DOCUMENT_LIMIT = 32 * 1024 * 1024;

/** Where the printing browser reads the copy, under a random name that lives as long as that print. */
const JOB_PATH = '/__planeval/print-job/';
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3})$/;
const UTF8_HTML = /^text\/html\s*(?:;\s*charset="?utf-8"?\s*)?$/i;

/**
 * Why a request to the endpoint is refused ({ status, error } for the answer), or null when it is the page's own: a POST
 * over loopback to the server's own host name (a DNS name rebound to 127.0.0.1 is not), from that same origin, with
 * UTF-8 HTML no larger than PRINT_DOCUMENT_LIMIT.
 */
export function printRequestProblem({ method, remoteAddress, host, origin, contentType, contentLength }, port) {
  if (method !== 'POST') return { status: 405, error: 'refused' };
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!LOOPBACK.test(remoteAddress ?? '') || !ownHosts.includes(host ?? '') || origin !== `http://${host}`) return { status: 403, error: 'refused' };
  if (!UTF8_HTML.test(contentType ?? '')) return { status: 415, error: 'refused' };
  if (Number(contentLength ?? 0) > PRINT_DOCUMENT_LIMIT) return { status: 413, error: 'too-large' };
  return null;
}

/**
 * The endpoint of one server. `where` is where to look for the browser and `isRoot` whether it runs as root (both
 * this process's by default); the browser is looked for at each print, so one installed meanwhile is found.
 */
export function printEndpoint({ where = { platform: process.platform, env: process.env, home: homedir() }, isRoot = process.getuid?.() === 0 } = {}) {
  const jobs = new Map();
  // One print at a time: each is a whole browser, and a second one at once would only slow both down.
  let queue = Promise.resolve();
  const oneAtATime = (work) => {
    const turn = queue.then(work);
    queue = turn.catch(() => {});
    return turn;
  };

  async function print(html, port) {
    const browser = findBrowser(where, isExecutable);
    if (browser === null) return { error: 'no-browser' };
    const job = randomUUID();
    jobs.set(job, html);
    try {
      return { pdf: await printToPdf(browser, `http://127.0.0.1:${port}${JOB_PATH}${job}`, { platform: where.platform, isRoot }) };
    } catch (error) {
      // The page says that printing failed and where to look; the why is for this terminal.
      process.stderr.write(`导出 PDF 失败 / PDF export failed: ${error.message}\n`);
      return { error: 'print-failed' };
    } finally {
      jobs.delete(job);
    }
  }

  async function answerPrint(req, res) {
    const { socket, headers } = req;
    const request = { method: req.method, remoteAddress: socket.remoteAddress, host: headers.host, origin: headers.origin, contentType: headers['content-type'], contentLength: headers['content-length'] };
    const problem = printRequestProblem(request, socket.localPort);
    if (problem !== null) return refuse(res, problem);
    const html = await readBody(req, PRINT_DOCUMENT_LIMIT);
    if (html === null) return refuse(res, { status: 413, error: 'too-large' });
    const { pdf, error } = await oneAtATime(() => print(html, socket.localPort));
    if (error === 'no-browser') return refuse(res, { status: 503, error });
    if (error !== undefined) return refuse(res, { status: 500, error });
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': pdf.length, 'Cache-Control': 'no-store' }).end(pdf);
  }

  function answerJob(req, res, pathname) {
    const html = jobs.get(pathname.slice(JOB_PATH.length));
    if (req.method !== 'GET' || !LOOPBACK.test(req.socket.remoteAddress ?? '') || html === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_DOCUMENT_POLICY, 'Cache-Control': 'no-store' }).end(html);
  }

  return {
    /** True for the paths the endpoint answers; the static server leaves those to it. */
    handles: (pathname) => pathname === PRINT_ENDPOINT || pathname.startsWith(JOB_PATH),
    /** Answers a request for one of its paths. */
    answer: (req, res, pathname) => (pathname === PRINT_ENDPOINT ? answerPrint(req, res) : answerJob(req, res, pathname)),
  };
}

/** The body as text, or null once it exceeds `limit` bytes (the rest is read and dropped, so the answer still arrives). */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A JSON answer { error } that closes the connection, so a body the server did not read is not waited for. */
function refuse(res, { status, error }) {
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Connection: 'close' };
  res.writeHead(status, status === 405 ? { ...headers, Allow: 'POST' } : headers).end(JSON.stringify({ error }));
}
