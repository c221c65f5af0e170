// The flags the end-to-end tests and the bench start Debian's Chromium with: those of `npm start`'s app window
// (without the browser's address-bar popup page, which Chromium loads at launch even headless) plus the sandbox
// and GPU switches this machine needs.
import { ADDRESS_BAR_FEATURES } from '../../scripts/launch/browser.mjs';

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


export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...ADDRESS_BAR_FEATURES].join(',')}`,
];
