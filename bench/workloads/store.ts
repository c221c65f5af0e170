// Store: 240,000 values written to IndexedDB through the app's import path (commitImport) in Chromium, against a
// raw IndexedDB put loop in one transaction on the same rows in the same page.
import { launch, freshProfile, openWithHooks, serveApp } from '../browser/chromium';
import { prepareDrafts } from '../browser/large-project';
import { COMMIT_DRAFTS, inPage, RAW_PUT_LOOP, RESET_AND_CREATE_PROJECT } from '../browser/page-scripts';
import { alternatingMedians } from '../stats';
import type { BenchRow, Workload } from '../workload';

const RUNS = 2;
/** Our throughput must be at least this share of the raw put loop's. */
const MIN_THROUGHPUT = 0.8;

export const storeWorkload: Workload = {
  name: 'store',
  async run(): Promise<BenchRow[]> {
    const server = await serveApp();
    const context = await launch(freshProfile('store'));
    try {
      const page = await openWithHooks(context, server.url);
      const count = await prepareDrafts(page);
      const [peer_ms, ours_ms] = await alternatingMedians(RUNS, [
        () => page.evaluate(inPage<null, number>(RAW_PUT_LOOP), null),
        async () => {
          const projectId = await page.evaluate(inPage<{ name: string }, string>(RESET_AND_CREATE_PROJECT), { name: 'bench store' });
          return page.evaluate(inPage<{ projectId: string }, number>(COMMIT_DRAFTS), { projectId });
        },
      ]);
      const ratio = ours_ms / peer_ms;
      return [
        {
          workload: `store ${count.toLocaleString('en')} values in IndexedDB (Chromium, commitImport)`,
          ours_ms,
          peer: 'raw IndexedDB put loop, one transaction',
          peer_ms,
          ratio,
          target: `≥ ${MIN_THROUGHPUT}× raw put throughput (time ≤ ${(1 / MIN_THROUGHPUT).toFixed(2)}×)`,
          pass: ratio <= 1 / MIN_THROUGHPUT,
        },
      ];
    } finally {
      await context.close();
      await server.close();
    }
  },
};
