// Printing a page to PDF with the machine's Chromium, Chrome or Edge, headless and on a fresh profile that is
// removed afterwards: how browser mode's 导出PDF is made (the page's own @page rules lay out the paper).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ownProfileArgs } from './browser.mjs';

/** A report of twenty-odd pages takes a few seconds; a browser that hangs is stopped after this. */
const PRINT_TIMEOUT_MS = 120_000;

/** Arguments that print `url` to `pdfFile` without a window, and without the browser's own header and footer. */
export function headlessPrintArgs(url, pdfFile, profileDir, options) {
  return ['--headless', '--disable-gpu', ...ownProfileArgs(profileDir, options), '--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`, url];
}

/** Prints `url` with the browser at `browser`; resolves to the PDF's bytes, rejects saying what went wrong. */
export async function printToPdf(browser, url, { platform, isRoot, timeoutMs = PRINT_TIMEOUT_MS }) {
  const dir = await mkdtemp(path.join(tmpdir(), 'planeval-print-'));
  try {
    const pdfFile = path.join(dir, 'page.pdf');
    await run(browser, headlessPrintArgs(url, pdfFile, path.join(dir, 'profile'), { platform, isRoot }), timeoutMs);
    return await readFile(pdfFile).catch(() => {
      throw new Error(`${path.basename(browser)} exited without writing a PDF`);
    });
  } finally {
    // Retried: on Windows the browser's last child processes may hold the profile for a moment after it exits.
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** Runs `file` to its end; rejects with its exit code and the last line it wrote on stderr, or when it outlasts `timeoutMs`. */
function run(file, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${path.basename(file)} did not finish printing within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(file)} exited with ${code ?? signal}: ${stderr.trim().split('\n').at(-1) ?? ''}`));
    });
  });
}
