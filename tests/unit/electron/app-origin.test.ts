// The window may only ever show app://planeval: the origin IndexedDB keys the user's data by.
import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAppUrl } from '../../../electron/security/app-origin';

describe('isAppUrl: only app://planeval is the app', () => {
  it('accepts pages and assets of app://planeval, including the start page', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://planeval/')).toBe(true);
    expect(isAppUrl('app://planeval/assets/index-abc.js?x=1#top')).toBe(true);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://planeval.evil.com/'],
    ['user info that hides the real host', 'app://planeval@evil/'],
    ['user info in front of the host', 'app://evil@planeval/'],
    ['a port', 'app://planeval:8080/'],
    ['the web', 'https://planeval/'],
    ['a local file', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['not a URL at all', 'planeval'],
    ['an empty string', ''],
  ])('refuses %s (%s)', (_what, url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
