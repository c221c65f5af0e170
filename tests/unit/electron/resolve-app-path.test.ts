// app://planeval/<path> serves files from the renderer build folder and never anything outside it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/security/resolve-app-path';

const root = '/opt/planeval/out/renderer';

describe('resolveAppPath: app:// requests map into the renderer folder only', () => {
  it('maps the root to index.html and paths to files under the root', () => {
    expect(resolveAppPath('app://planeval/', root)).toBe('/opt/planeval/out/renderer/index.html');
    expect(resolveAppPath('app://planeval/index.html', root)).toBe('/opt/planeval/out/renderer/index.html');
    expect(resolveAppPath('app://planeval/assets/index-abc.js', root)).toBe('/opt/planeval/out/renderer/assets/index-abc.js');
  });

  it('ignores the query and fragment and decodes escaped names', () => {
    expect(resolveAppPath('app://planeval/assets/a.js?v=2#x', root)).toBe('/opt/planeval/out/renderer/assets/a.js');
    expect(resolveAppPath('app://planeval/fonts/%E5%AE%8B%E4%BD%93.woff2', root)).toBe('/opt/planeval/out/renderer/fonts/宋体.woff2');
  });

  it('keeps names that merely start with two dots', () => {
    expect(resolveAppPath('app://planeval/..hidden.js', root)).toBe('/opt/planeval/out/renderer/..hidden.js');
  });

  it('keeps dot segments that stay inside the root', () => {
    expect(resolveAppPath('app://planeval/assets/../index.html', root)).toBe('/opt/planeval/out/renderer/index.html');
  });

  it.each([
    ['an encoded slash between parent segments', 'app://planeval/..%2f..%2fpackage.json'],
    ['a deep climb to /etc/passwd', 'app://planeval/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['a NUL byte', 'app://planeval/index.html%00.png'],
    ['a malformed escape', 'app://planeval/%E0%A4%A'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///opt/planeval/out/renderer/index.html'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('keeps whole encoded parent segments inside the root (the URL parser collapses them at the top)', () => {
    expect(resolveAppPath('app://planeval/%2e%2e/%2e%2e/main/index.js', root)).toBe('/opt/planeval/out/renderer/main/index.js');
    expect(resolveAppPath('app://planeval/%2e%2e/renderer-secrets/key.txt', root)).toBe(
      '/opt/planeval/out/renderer/renderer-secrets/key.txt',
    );
  });

  describe('with Windows paths', () => {
    const windowsRoot = 'C:\\Program Files\\PlanEval\\resources\\out\\renderer';

    it('maps files under the root', () => {
      expect(resolveAppPath('app://planeval/assets/a.js', windowsRoot, path.win32)).toBe(`${windowsRoot}\\assets\\a.js`);
    });

    it('keeps a UNC-looking path inside the root', () => {
      expect(resolveAppPath('app://planeval/%5c%5cserver%5cshare%5cx', windowsRoot, path.win32)).toBe(
        `${windowsRoot}\\server\\share\\x`,
      );
    });

    it.each([
      ['encoded backslashes', 'app://planeval/..%5c..%5c..%5cWindows%5cwin.ini'],
      ['a mix of separators', 'app://planeval/assets%5c..%2f..%5c..%5csecret.txt'],
      ['another drive', 'app://planeval/D:%5cdata.db'],
    ])('refuses %s', (_what, url) => {
      expect(resolveAppPath(url, windowsRoot, path.win32)).toBeNull();
    });
  });
});
