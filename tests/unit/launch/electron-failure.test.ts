// When Electron cannot start, npm start names the cause in one line, taken from Electron's error output.
import { describe, expect, it } from 'vitest';
import { firstErrorLine } from '../../../scripts/launch/electron.mjs';

describe('firstErrorLine', () => {
  it('picks the failed download out of the installer stack trace', () => {
    const stderr = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:13502:13',
      '    at async FetchDownloader.download (file:///x/@electron/get/dist/FetchDownloader.js:46:30)',
      '[eval]:1',
      'Error: Electron failed to install correctly. Please delete `node_modules/electron` and run "npx install-electron --no" manually.',
    ].join('\n');
    expect(firstErrorLine(stderr, 'exit code 1')).toBe('TypeError: fetch failed');
  });

  it('picks a missing shared library', () => {
    const stderr = '/x/electron: error while loading shared libraries: libgtk-3.so.0: cannot open shared object file\n';
    expect(firstErrorLine(stderr, 'exit code 127')).toBe(stderr.trim());
  });

  it("picks Chromium's fatal log line, not the routine errors before it", () => {
    const stderr = [
      '[4139:1127/042312.100000:ERROR:bus.cc(407)] Failed to connect to the bus: Could not parse server address',
      '[4139:1127/042312.345678:FATAL:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY',
    ].join('\n');
    expect(firstErrorLine(stderr, 'x')).toBe('[4139:1127/042312.345678:FATAL:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY');
  });

  it('falls back to the given reason when nothing looks like an error', () => {
    expect(firstErrorLine('some warning\n\n', 'exit code 3')).toBe('exit code 3');
  });
});
