// Dashboard: the as-of year changed and everything re-rendered, for 1,000 indicators × 12 regions, on the overview
// (scorecard) and on the charts; the built-in plan's sample project (14 indicators) is the peer.
import type { Page } from 'playwright-core';
import { dashboardReadyAt, dashboardUrl, launch, serveApp } from '../browser/chromium';
import { largeProfile } from '../browser/large-project';
import { CHANGE_AS_OF, inPage } from '../browser/page-scripts';
import { median } from '../stats';
import type { BenchRow, Workload } from '../workload';

const RUNS = 3;
const TARGET_MS = 200;
/** The page counts as settled after this long without a DOM change. */
const QUIET_MS = 400;

interface Change {
  ms: number;
  longestTaskMs: number;
}

/** Switches between the two latest as-of years RUNS times after one warm-up switch; the median. */
async function measureChanges(page: Page): Promise<Change> {
  const years = await page.$$eval('[data-testid="as-of"] option', (options) => options.map((o) => Number((o as HTMLOptionElement).value)));
  const [a, b] = years.slice(-2);
  if (a === undefined || b === undefined) throw new Error('the as-of select offers fewer than two years');
  const samples: Change[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const change = await page.evaluate(inPage<{ year: number; quietMs: number }, Change>(CHANGE_AS_OF), { year: i % 2 ? b : a, quietMs: QUIET_MS });
    if (i > 0) samples.push(change);
  }
  return { ms: median(samples.map((s) => s.ms)), longestTaskMs: Math.max(...samples.map((s) => s.longestTaskMs)) };
}

/** The as-of change on the overview and then on the charts view of one project. */
async function measureProject(page: Page, url: string, projectId: string): Promise<{ overview: Change; charts: Change }> {
  // A full load: an address that differs only in its hash would not reload the page.
  await page.goto('about:blank');
  await page.goto(dashboardUrl(url, projectId));
  await dashboardReadyAt(page);
  const overview = await measureChanges(page);
  await page.getByTestId('view-charts').click();
  await page.getByTestId('charts').waitFor();
  const charts = await measureChanges(page);
  return { overview, charts };
}

export const dashboardWorkload: Workload = {
  name: 'dashboard',
  async run(): Promise<BenchRow[]> {
    const server = await serveApp();
    try {
      const profile = await largeProfile(server.url);
      const context = await launch(profile.dir);
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const large = await measureProject(page, server.url, profile.largeId);
        // The region × indicator matrix of 1,000 indicators renders only the rows in view.
        await page.getByTestId('view-regions').click();
        await page.getByTestId('region-matrix').waitFor();
        const matrixRows = await page.locator('[data-testid="region-matrix"] tbody tr[data-indicator-id]').count();
        process.stderr.write(`bench dashboard: region matrix renders ${matrixRows} of 1000 indicator rows\n`);
        const sample = await measureProject(page, server.url, profile.sampleId);
        const row = (view: 'overview' | 'charts', label: string): BenchRow => ({
          workload: `dashboard as-of change, ${label}, 1,000 indicators × 12 regions (longest task ${large[view].longestTaskMs.toFixed(0)} ms)`,
          ours_ms: large[view].ms,
          peer: 'same with the built-in plan (14 indicators)',
          peer_ms: sample[view].ms,
          ratio: large[view].ms / sample[view].ms,
          target: `< ${TARGET_MS} ms (absolute)`,
          pass: large[view].ms < TARGET_MS,
        });
        return [row('overview', 'overview + scorecard'), row('charts', 'charts')];
      } finally {
        await context.close();
      }
    } finally {
      await server.close();
    }
  },
};
