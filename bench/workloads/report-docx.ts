// The 中期 docx for the built-in plan with regions on the sample data, charts included, against LibreOffice reading it (docx → pdf).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCharts } from '../../cli/render-chart';
import { evaluate } from '../../shared/attain';
import { defaultSettings } from '../../shared/model';
import { GZ_SAMPLE_AS_OF, gzSampleObservations } from '../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { buildReport } from '../../shared/report/build';
import { writeDocx } from '../../shared/report/docx';
import { allCharts } from '../../shared/report/model';
import type { BenchRow, Workload } from '../workload';

const RUNS = 3;
const WORK_DIR = fileURLToPath(new URL('../.work/report-docx/', import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Evaluation, report, charts and docx: everything `planeval report --format docx` does after reading its input. */
async function generate(): Promise<Uint8Array> {
  const plan = guangzhouPlan();
  const observations = gzSampleObservations('2024-05-01T08:00:00.000Z');
  const evaluation = evaluate(plan, observations, defaultSettings(GZ_SAMPLE_AS_OF));
  const doc = buildReport({
    plan,
    evaluation,
    observations,
    options: { type: 'midterm', asOf: GZ_SAMPLE_AS_OF, categories: 'all', includeRegions: true, lang: 'zh', date: '2024-06-01' },
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
    // One warm-up each: module loading and LibreOffice's first start are not what is compared.
    writeFileSync(docx, await generate());
    convertToPdf(docx);
    const ours: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let start = performance.now();
      const bytes = await generate();
      ours.push(performance.now() - start);
      writeFileSync(docx, bytes);
      start = performance.now();
      convertToPdf(docx);
      peer.push(performance.now() - start);
    }
    const ours_ms = median(ours);
    const peer_ms = median(peer);
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
