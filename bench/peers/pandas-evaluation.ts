// The evaluate bench's pandas peer run from Node: the plan and observations written under bench/.work/, then
// bench/peers/evaluate_pandas.py kept running in the system python3, one timed evaluation per request.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { EvaluationSettings, ObservationInput, Plan } from '../../shared/model';
import { PYTHON } from '../python';
import type { StatusCounts } from './status-counts';

const SCRIPT = fileURLToPath(new URL('./evaluate_pandas.py', import.meta.url));

/** What the script reads of the plan and settings: the fields METHOD.md's steps 1–4 use. */
export function pandasPlan(plan: Plan, settings: EvaluationSettings) {
  const whole = plan.regions.find((r) => r.whole)!.name;
  const indicators = plan.indicators.map(({ id, kind, baseline, target, direction, precision, aggregation }) => ({ id, kind, baseline, target, direction, precision, aggregation }));
  // The plan's other regions: only these are assessed, any region outside the plan is a benchmark.
  const parts = plan.regions.filter((r) => !r.whole).map((r) => r.name);
  return { plan: { whole, parts, baseYear: plan.baseYear, indicators }, settings: { asOf: settings.asOf, cutoffs: settings.cutoffs } };
}

/** The observations as CSV, every name quoted. */
export function observationsCsv(observations: readonly ObservationInput[]): string {
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const lines = ['indicator,region,year,value'];
  // String(number) gives the shortest text that reads back as the same double.
  for (const o of observations) lines.push(`${quoted(o.indicatorId)},${quoted(o.region)},${o.year},${o.value}`);
  return lines.join('\n') + '\n';
}

/** The running script: its first evaluation's status counts, and more evaluations on request. */
export interface PandasPeer {
  /** pandas.__version__. */
  version: string;
  whole: StatusCounts;
  regions: StatusCounts;
  /** One more evaluation from the DataFrame in memory; its time in ms, as the script measured it. */
  time(): Promise<number>;
  close(): void;
}

/**
 * Writes the inputs into `dir` and starts the script; a sentence saying why instead when pandas is missing. A
 * script that fails is a broken peer, and throws.
 */
export async function startPandasPeer(dir: string, plan: Plan, observations: readonly ObservationInput[], settings: EvaluationSettings): Promise<PandasPeer | string> {
  if (spawnSync(PYTHON, ['-c', 'import pandas']).status !== 0) return 'python3-pandas not installed';
  mkdirSync(dir, { recursive: true });
  const planPath = join(dir, 'evaluate-plan.json');
  const observationsPath = join(dir, 'evaluate-observations.csv');
  writeFileSync(planPath, JSON.stringify(pandasPlan(plan, settings)));
  writeFileSync(observationsPath, observationsCsv(observations));

  const child = spawn(PYTHON, [SCRIPT, planPath, observationsPath], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async (): Promise<unknown> => {
    const line = await lines.next();
    if (line.done) throw new Error(`bench evaluate: the pandas peer failed: ${stderr.trim()}`);
    return JSON.parse(line.value);
  };
  const first = (await nextLine()) as { pandas: string; whole: StatusCounts; regions: StatusCounts };
  return {
    version: first.pandas,
    whole: first.whole,
    regions: first.regions,
    time() {
      child.stdin.write('\n');
      return nextLine() as Promise<number>;
    },
    close: () => child.stdin.end(),
  };
}
