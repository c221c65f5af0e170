// End-to-end tests: the built renderer (out/web, built by `npm run test:e2e`) served on 127.0.0.1 and
// driven in the system Chromium. The Electron smoke test lives in the same folder and launches its own app.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './tests/support/chromium-args';

// Override when another run already holds the port (e.g. two checkouts testing at once).
const PORT = Number(process.env.PLANEVAL_E2E_PORT ?? 4183);
// Override with a build of your own (vite build --outDir …) when two runs share a checkout.
const WEB = process.env.PLANEVAL_E2E_WEB ?? 'out/web';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.tmp/playwright-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    headless: true,
    trace: 'off',
    screenshot: 'off',
    locale: 'zh-CN',
    viewport: { width: 1360, height: 860 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node scripts/static-server.mjs ${WEB} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
