// The Chromium the tests and the bench run keeps Playwright's disabled features and turns off the browser's own
// address-bar page: Chromium reads only the last --disable-features, so ours must carry Playwright's list too.
import { expect, test } from '@playwright/test';
import { ADDRESS_BAR_FEATURES } from '../../scripts/launch/browser.mjs';

/** The value of every --disable-features switch on the browser's command line, in order. */
function disabledFeatureSwitches(commandLine: string): string[][] {
  return [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((m) => m[1]!.split(','));
}

test('the last --disable-features holds Playwright’s own list and the address-bar page', async ({ page }) => {
  await page.goto('chrome://version');
  const commandLine = (await page.locator('#command_line').textContent()) ?? '';
  const switches = disabledFeatureSwitches(commandLine);
  // Playwright's switch comes first, ours (from launchOptions.args) after it.
  expect(switches.length).toBeGreaterThanOrEqual(2);
  const effective = switches.at(-1)!;
  expect(effective).toEqual(expect.arrayContaining(switches[0]!));
  expect(effective).toEqual(expect.arrayContaining(ADDRESS_BAR_FEATURES));
});
