// The evaluate bench's pandas peer run from Node: the plan and observations written under bench/.work/, then
// bench/peers/evaluate_pandas.py run by the system python3, its time and status counts read back.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvaluationSettings, ObservationInput, Plan } from '../../shared/model';
import { PYTHON } from '../python';
import type { StatusCounts } from './status-counts';

const SCRIPT = fileURLToPath(new URL('./evaluate_pandas.py', import.meta.url));

export interface PandasEvaluation {
  /** Median time of one evaluation from the DataFrame in memory. */
  ms: number;
  /** pandas.__version__. */
  pandas: string;
  whole: StatusCounts;
  regions: StatusCounts;
}

/** What the script reads of the plan and settings: the fields METHOD.md's steps 1–4 use. */
export function pandasPlan(plan: Plan, settings: EvaluationSettings) {
  const whole = plan.regions.find((r) => r.whole)!.name;
  const indicators = plan.indicators.map(({ id, kind, baseline, target, direction, precision, aggregation }) => ({ id, kind, baseline, target, direction, precision, aggregation }));
  return { plan: { whole, baseYear: plan.baseYear, indicators }, settings: { asOf: settings.asOf, cutoffs: settings.cutoffs } };
}

/** The observations as CSV, every name quoted. */
export function observationsCsv(observations: readonly ObservationInput[]): string {
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const lines = ['indicator,region,year,value'];
  // String(number) gives the shortest text that reads back as the same double.
  for (const o of observations) lines.push(`${quoted(o.indicatorId)},${quoted(o.region)},${o.year},${o.value}`);
  return lines.join('\n') + '\n';
}

/**
 * Writes the inputs into `dir` and runs the script (`runs` timed evaluations after a warm-up); a sentence saying
 * why instead when pandas is missing. A failing script is a broken peer, and throws.
 */
export function runPandasEvaluation(dir: string, plan: Plan, observations: readonly ObservationInput[], settings: EvaluationSettings, runs: number): PandasEvaluation | string {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' });
  if (probe.status !== 0) return 'python3-pandas not installed';
  mkdirSync(dir, { recursive: true });
  const planPath = join(dir, 'evaluate-plan.json');
  const observationsPath = join(dir, 'evaluate-observations.csv');
  writeFileSync(planPath, JSON.stringify(pandasPlan(plan, settings)));
  writeFileSync(observationsPath, observationsCsv(observations));
  const child = spawnSync(PYTHON, [SCRIPT, planPath, observationsPath, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`bench evaluate: the pandas peer failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout) as PandasEvaluation;
}
