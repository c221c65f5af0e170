// Cold start: Chromium started on a profile holding 240,000 stored values, from navigation to an interactive
// dashboard (scorecard rows shown, as-of select enabled), beside the same start with the project's values absent.
import { dashboardReadyAt, dashboardUrl, launch, openWithHooks, serveApp } from '../browser/chromium';
import { largeProfile } from '../browser/large-project';
import { COLD_START_PARTS, inPage } from '../browser/page-scripts';
import { alternatingMedians } from '../stats';
import type { BenchRow, Workload } from '../workload';

const RUNS = 2;
const TARGET_MS = 1500;

export const coldStartWorkload: Workload = {
  name: 'cold-start',
  async run(): Promise<BenchRow[]> {
    const server = await serveApp();
    try {
      const profile = await largeProfile(server.url);
      /** One start of a new browser process on the profile, straight into the project's dashboard. */
      const start = async (projectId: string): Promise<number> => {
        const context = await launch(profile.dir);
        try {
          const page = context.pages()[0] ?? (await context.newPage());
          await page.goto(dashboardUrl(server.url, projectId), { waitUntil: 'commit' });
          return await dashboardReadyAt(page);
        } finally {
          await context.close();
        }
      };
      // The warm-up round warms the disk cache and the HTTP server.
      const [ours_ms, peer_ms] = await alternatingMedians(RUNS, [() => start(profile.largeId), () => start(profile.emptyId)]);
      // Where the time goes, for the report: reading the stored values against a raw getAll, evaluating their columns,
      // and building the values as objects (after the dashboard is shown).
      const context = await launch(profile.dir);
      try {
        const page = await openWithHooks(context, server.url);
        const parts = await page.evaluate(inPage<{ projectId: string }, Record<string, number>>(COLD_START_PARTS), { projectId: profile.largeId });
        process.stderr.write(`bench cold-start parts (ms): ${JSON.stringify(parts)}\n`);
      } finally {
        await context.close();
      }
      return [
        {
          workload: 'cold start to interactive dashboard, 240,000 values stored',
          ours_ms,
          peer: 'same start, project without values',
          peer_ms,
          ratio: ours_ms / peer_ms,
          target: `< ${TARGET_MS} ms (absolute)`,
          pass: ours_ms < TARGET_MS,
        },
      ];
    } finally {
      await server.close();
    }
  },
};
