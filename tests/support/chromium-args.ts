// The flags the end-to-end tests and the bench start Debian's Chromium with.

/**
 * playwright-core 1.65's own --disable-features list. Chromium keeps only the last --disable-features switch, so
 * ours must repeat it; tests/e2e/chromium-args.spec.ts fails if Playwright's list and this one drift apart.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The browser's own address-bar popup, a web page of its own that Chromium (the full browser, even headless)
 * starts loading in a second renderer process at launch. On a two-core machine it took about 450 ms of CPU
 * from a page opened at the same moment; no user of PlanEval sees it (Electron and the app-mode window have
 * no address bar), so the tests and the bench turn it off.
 */
export const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(',')}`,
];
