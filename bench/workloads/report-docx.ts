// The 中期 docx for the built-in plan with regions on the sample data, charts included, against LibreOffice reading it (docx → pdf).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCharts } from '../../cli/render-chart';
import { evaluate } from '../../shared/attain';
import { defaultSettings, valueSet } from '../../shared/model';
import { guangzhouPlan, GZ_SAMPLE_AS_OF, gzSampleObservations } from '../../shared/plans';
import { allCharts, buildReport, writeDocx, type ReportTasks } from '../../shared/report';
import { alternatingMedians } from '../stats';
import type { BenchRow, Workload } from '../workload';

const RUNS = 3;
const WORK_DIR = fileURLToPath(new URL('../.work/report-docx/', import.meta.url));

/**
 * Evaluation, report, charts and docx: everything `planeval report --format docx` does after reading its input; with
 * `tasks`, the task chapter and its 附件 too (the report-tasks workload).
 */
export async function midtermDocx(tasks?: ReportTasks): Promise<Uint8Array> {
  const plan = guangzhouPlan();
  const observations = gzSampleObservations('2024-05-01T08:00:00.000Z');
  const evaluation = evaluate(plan, valueSet(observations), defaultSettings(GZ_SAMPLE_AS_OF));
  const doc = buildReport({
    plan,
    evaluation,
    values: valueSet(observations),
    options: { type: 'midterm', asOf: GZ_SAMPLE_AS_OF, categories: 'all', includeRegions: true, lang: 'zh', date: '2024-06-01' },
    tasks,
  });
  return writeDocx(doc, await renderCharts(allCharts(doc)));
}

function convertToPdf(docx: string): void {
  const run = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', WORK_DIR, docx], { timeout: 120_000, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr || run.error?.message}`);
}

export const reportDocxWorkload: Workload = {
  name: 'report-docx',
  async run(): Promise<BenchRow[]> {
    rmSync(WORK_DIR, { recursive: true, force: true });
    mkdirSync(WORK_DIR, { recursive: true });
    const docx = join(WORK_DIR, 'midterm.docx');
    // The warm-up round takes module loading and LibreOffice's first start, which are not what is compared.
    const [ours_ms, peer_ms] = await alternatingMedians(RUNS, [
      async () => {
        const start = performance.now();
        const bytes = await midtermDocx();
        const ms = performance.now() - start;
        writeFileSync(docx, bytes);
        return ms;
      },
      async () => {
        const start = performance.now();
        convertToPdf(docx);
        return performance.now() - start;
      },
    ]);
    return [
      {
        workload: 'report-docx: 中期 docx, built-in plan with regions, charts included',
        ours_ms,
        peer: 'LibreOffice docx→pdf',
        peer_ms,
        ratio: ours_ms / peer_ms,
        target: '≤ 1× LibreOffice reading it',
        pass: ours_ms <= peer_ms,
      },
    ];
  },
};
