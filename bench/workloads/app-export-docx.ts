// The 中期 report of the sample project, with a 300-item ledger and five years of its progress, exported as Word in the
// app (Chromium): the charts are drawn on the UI thread and the file is written in a worker. Reports the longest
// main-thread task (PerformanceObserver 'longtask') from the click on 导出Word to the download.
import { freshProfile, launch, openWithHooks, serveApp } from '../browser/chromium';
import { longestTaskRow } from '../browser/long-tasks';
import { inPage } from '../browser/page-scripts';
import type { BenchRow, Workload } from '../workload';
import { benchTasks } from './report-tasks';

/** arg: { ledger, progress }. Opens the sample project with the bench ledger and its progress in place of its own; returns its id. */
const SEED_SAMPLE_WITH_LEDGER = `
  const B = window.__planevalBench;
  const project = await B.openSampleProject(B.db);
  const at = new Date().toISOString();
  await B.db.ledgers.put({ projectId: project.id, ledger: arg.ledger, updatedAt: at });
  await B.db.progress.bulkPut(arg.progress.map((p) => ({ ...p, updatedAt: at, projectId: project.id })));
  return project.id;`;

/** Starts collecting the page's long tasks in window.__longTasks. */
const WATCH_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); }).observe({ type: 'longtask' });`;

export const appExportDocxWorkload: Workload = {
  name: 'app-export-docx',
  async run(): Promise<BenchRow[]> {
    const server = await serveApp();
    const context = await launch(freshProfile('app-export-docx'));
    try {
      const page = await openWithHooks(context, server.url);
      const { ledger, progress } = benchTasks();
      const projectId = await page.evaluate(inPage<{ ledger: unknown; progress: unknown }, string>(SEED_SAMPLE_WITH_LEDGER), { ledger, progress });
      await page.goto(`${server.url}#/project/${encodeURIComponent(projectId)}/report`);
      const form = page.getByTestId('report-options');
      await form.getByLabel('报告类型').selectOption({ label: '中期评估报告' });
      await form.getByRole('button', { name: '生成报告' }).click();
      const chapter = page.getByTestId('report-preview').getByText('重点任务推进情况', { exact: false }).first();
      await chapter.waitFor({ timeout: 120_000 });
      await page.evaluate(inPage<undefined, void>(WATCH_LONG_TASKS), undefined);
      const start = Date.now();
      const download = page.waitForEvent('download', { timeout: 300_000 });
      await page.getByTestId('export-docx').click();
      await (await download).path();
      const exportMs = Date.now() - start;
      const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      process.stderr.write(`bench app-export-docx: export took ${exportMs} ms; long tasks (ms): ${longTasks.map((ms) => ms.toFixed(0)).join(', ')}\n`);
      return [longestTaskRow(`the app's Word export of the 中期 report with ${ledger.items.length} ledger items × 5 years`, `export took ${(exportMs / 1000).toFixed(1)} s`, longTasks)];
    } finally {
      await context.close();
      await server.close();
    }
  },
};
