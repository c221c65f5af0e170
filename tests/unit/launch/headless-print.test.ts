// The headless print behind browser mode's 导出PDF: how the browser is started, and that a browser that fails or
// hangs ends in an error saying so rather than in a PDF that never comes.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headlessPrintArgs, printToPdf } from '../../../scripts/launch/headless-print.mjs';

describe('headlessPrintArgs', () => {
  it('prints headless on its own quiet profile, without the browser’s own header and footer (the page’s @page rules number the pages)', () => {
    expect(headlessPrintArgs('http://127.0.0.1:5273/job', '/tmp/p/page.pdf', '/tmp/p/profile', { platform: 'linux', isRoot: false })).toEqual([
      '--headless',
      '--disable-gpu',
      '--user-data-dir=/tmp/p/profile',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
      '--no-pdf-header-footer',
      '--print-to-pdf=/tmp/p/page.pdf',
      'http://127.0.0.1:5273/job',
    ]);
  });

  it('turns the sandbox off only for root on Linux', () => {
    expect(headlessPrintArgs('u', 'f', 'p', { platform: 'linux', isRoot: true })).toContain('--no-sandbox');
    expect(headlessPrintArgs('u', 'f', 'p', { platform: 'linux', isRoot: false })).not.toContain('--no-sandbox');
    expect(headlessPrintArgs('u', 'f', 'p', { platform: 'win32', isRoot: false })).not.toContain('--no-sandbox');
  });
});

describe.skipIf(process.platform === 'win32')('printToPdf with a browser that does not deliver', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planeval-fake-browser-'));
  const browser = (name: string, script: string) => {
    const file = join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${script}\n`);
    chmodSync(file, 0o755);
    return file;
  };
  const options = { platform: 'linux' as const, isRoot: false };

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects with the exit code and the browser’s last word when it fails', async () => {
    await expect(printToPdf(browser('failing', 'echo "noise" >&2; echo "cannot open display" >&2; exit 3'), 'http://x/', options)).rejects.toThrow(
      'failing exited with 3: cannot open display',
    );
  });

  it('rejects when the browser exits without writing the PDF', async () => {
    await expect(printToPdf(browser('silent', 'exit 0'), 'http://x/', options)).rejects.toThrow('silent exited without writing a PDF');
  });

  it('stops a browser that hangs, and says so', async () => {
    await expect(printToPdf(browser('hanging', 'exec sleep 30'), 'http://x/', { ...options, timeoutMs: 300 })).rejects.toThrow('hanging did not finish printing within 0.3 s');
  });
});
