// Browser mode keeps its profile (and with it the app's IndexedDB) in the user's application data folder.
import { describe, expect, it } from 'vitest';
import { browserProfileDir, userDataDir } from '../../../scripts/launch/user-data.mjs';

describe('userDataDir and browserProfileDir', () => {
  it('uses %APPDATA% on Windows', () => {
    const where = { platform: 'win32' as const, env: { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, home: 'C:\\Users\\li' };
    expect(userDataDir(where)).toBe('C:\\Users\\li\\AppData\\Roaming');
    expect(browserProfileDir(where)).toBe('C:\\Users\\li\\AppData\\Roaming\\PlanEval\\browser-profile');
  });

  it('falls back to AppData\\Roaming under the home folder when %APPDATA% is unset', () => {
    expect(userDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\li' })).toBe('C:\\Users\\li\\AppData\\Roaming');
  });

  it('uses ~/Library/Application Support on macOS', () => {
    const where = { platform: 'darwin' as const, env: { XDG_CONFIG_HOME: '/tmp/ignored' }, home: '/Users/li' };
    expect(browserProfileDir(where)).toBe('/Users/li/Library/Application Support/PlanEval/browser-profile');
  });

  it('uses $XDG_CONFIG_HOME on Linux when it is an absolute path', () => {
    const where = { platform: 'linux' as const, env: { XDG_CONFIG_HOME: '/data/li/config' }, home: '/home/li' };
    expect(browserProfileDir(where)).toBe('/data/li/config/PlanEval/browser-profile');
  });

  it('uses ~/.config on Linux when $XDG_CONFIG_HOME is unset, empty or relative', () => {
    for (const env of [{}, { XDG_CONFIG_HOME: '' }, { XDG_CONFIG_HOME: 'relative/config' }]) {
      expect(browserProfileDir({ platform: 'linux', env, home: '/home/li' })).toBe('/home/li/.config/PlanEval/browser-profile');
    }
  });
});
