// The 200,000-row workbook imported in the app (Chromium): the import worker reads and maps it, commitImport
// stores it. Reports the longest main-thread task (PerformanceObserver 'longtask') and the whole browser's peak
// memory during the import.
import { readFileSync } from 'node:fs';
import { freshProfile, launch, openWithHooks, serveApp } from '../browser/chromium';
import { IMPORT_WORKBOOK, inPage } from '../browser/page-scripts';
import { longestTaskRow } from '../browser/long-tasks';
import { samplePeakPss } from '../browser/process-memory';
import type { BenchRow, Workload } from '../workload';
import { ensureImportInputs, PLAN_PATH, XLSX_PATH } from './import';

const MEMORY_LIMIT_MB = 600;
const EXPECTED = 200_000;

interface ImportOutcome {
  ms: number;
  count: number;
  marks: Record<string, number>;
  longTasks: { start: number; ms: number }[];
}

export const appImportWorkload: Workload = {
  name: 'app-import',
  async run(): Promise<BenchRow[]> {
    ensureImportInputs();
    const server = await serveApp();
    const context = await launch(freshProfile('app-import'));
    try {
      const page = await openWithHooks(context, server.url);
      const plan = JSON.parse(readFileSync(PLAN_PATH, 'utf8'));
      const projectId = await page.evaluate(
        inPage<{ plan: unknown }, string>(`
          const B = window.__planevalBench;
          return (await B.createProject(B.db, { name: '基准导入', plan: arg.plan })).id;`),
        { plan },
      );
      // The file reaches the page as a user's choice does: a File backed by the disk, read by the import itself.
      // (Passing its bytes through the DevTools protocol would put copies of them in the measured processes.)
      await page.evaluate(() => {
        const input = document.createElement('input');
        input.type = 'file';
        input.id = 'bench-file';
        input.hidden = true;
        document.body.append(input);
      });
      await page.setInputFiles('#bench-file', XLSX_PATH);
      const memory = samplePeakPss();
      const outcome = await page.evaluate(inPage<{ projectId: string }, ImportOutcome>(IMPORT_WORKBOOK), { projectId });
      const { peakMb, roles } = memory.stop();
      if (outcome.count !== EXPECTED) throw new Error(`app import stored ${outcome.count} values, expected ${EXPECTED}`);
      process.stderr.write(`bench app-import: ${JSON.stringify(outcome.marks)}; long tasks (ms): ${outcome.longTasks.map((t) => t.ms.toFixed(0)).join(', ')}\n`);
      process.stderr.write(`bench app-import: PSS at the peak by process (MB): ${JSON.stringify(roles, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}\n`);
      // Milliseconds and megabytes share the ms columns here, as each workload's name says.
      return [
        longestTaskRow("the app's import of the 200k-row workbook", `import took ${(outcome.ms / 1000).toFixed(1)} s`, outcome.longTasks.map((t) => t.ms)),
        {
          workload: 'whole-browser peak memory (PSS, MB, not ms) during the app import of 200k rows',
          ours_ms: peakMb,
          peer: 'limit',
          peer_ms: MEMORY_LIMIT_MB,
          ratio: peakMb / MEMORY_LIMIT_MB,
          target: `< ${MEMORY_LIMIT_MB} MB (absolute)`,
          pass: peakMb < MEMORY_LIMIT_MB,
        },
      ];
    } finally {
      await context.close();
      await server.close();
    }
  },
};
