// evaluate() over 1,000 indicators × 12 regions × 20 years (240,000 values) in stored columns, against the grouping
// pass every evaluation makes and a pandas evaluation of the same data, and the bytes one evaluation allocates.
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../shared/attain';
import { defaultSettings } from '../../shared/model';
import { evaluateAllocationMb } from '../allocation/evaluate-allocation';
import { FIRST_YEAR, generateProject, INDICATORS, REGION_COUNT, YEARS } from '../generate';
import { groupBySeries } from '../peers/group-by-series';
import { runPandasEvaluation } from '../peers/pandas-evaluation';
import { countDifferences, statusCounts } from '../peers/status-counts';
import { alternatingMedians } from '../stats';
import { packStoredValues } from '../stored-values';
import type { BenchRow, Workload } from '../workload';

const RUNS = 9;
/** Enough runs before measuring for V8 to optimise the hot functions of both sides (a profile showed ours still
 *  speeding up until about the ninth run). */
const WARM_UPS = 10;
const PANDAS_RUNS = 7;
const WORK_DIR = fileURLToPath(new URL('../.work/', import.meta.url));
const WORKLOAD = `evaluate ${INDICATORS} indicators × ${REGION_COUNT} regions × ${YEARS} years, stored columns`;
/** What one evaluation built in result objects before the columnar input (README, issue 4). */
const ALLOCATION_LIMIT_MB = 5.5;

/** The time of one call of `run`, as a measurement for alternatingMedians. */
const timed = (run: () => void) => async () => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

export const evaluateWorkload: Workload = {
  name: 'evaluate',
  async run(): Promise<BenchRow[]> {
    const { plan, observations } = generateProject();
    const settings = defaultSettings(FIRST_YEAR + YEARS - 1);
    const stored = packStoredValues(observations);
    let sink = 0;
    const ours = () => void (sink += evaluate(plan, stored, settings).indicators.length);
    const grouping = () => void (sink += groupBySeries(stored).size);
    for (let i = 0; i < WARM_UPS; i++) {
      ours();
      grouping();
    }
    // In turn, so that each side pays as often for the garbage the other leaves behind, and sees the same load.
    const [ours_ms, grouping_ms] = await alternatingMedians(RUNS, [timed(ours), timed(grouping)]);
    if (Number.isNaN(sink)) throw new Error('unreachable: keeps the measured work alive');

    const rows: BenchRow[] = [
      { workload: WORKLOAD, ours_ms, peer: 'grouping pass: Map of Maps by (indicator, region), years and values pushed', peer_ms: grouping_ms, ratio: ours_ms / grouping_ms, target: '≤ 1.0× grouping pass', pass: ours_ms <= grouping_ms },
    ];
    const pandas = runPandasEvaluation(WORK_DIR, plan, observations, settings, PANDAS_RUNS);
    if (typeof pandas === 'string') {
      process.stderr.write(`bench evaluate: pandas row skipped: ${pandas}\n`);
    } else {
      // The peer's statuses must be ours, or it did other work than ours and its time says nothing.
      const evaluation = evaluate(plan, stored, settings);
      const differences = [
        ...countDifferences(statusCounts(evaluation.indicators), pandas.whole).map((d) => `whole area ${d}`),
        ...countDifferences(statusCounts(evaluation.regions), pandas.regions).map((d) => `regions ${d}`),
      ];
      if (differences.length) throw new Error(`bench evaluate: pandas and ours disagree (ours against pandas): ${differences.join('; ')}`);
      const ratio = ours_ms / pandas.ms;
      rows.push({ workload: WORKLOAD, ours_ms, peer: `pandas ${pandas.pandas} completion, time progress, pace and status`, peer_ms: pandas.ms, ratio, target: '≥ 20× faster than pandas (ratio ≤ 0.05)', pass: ratio <= 0.05 });
    }
    // Memory is reported in the same columns: "ms" fields hold megabytes here, as the workload name says.
    const allocated = evaluateAllocationMb();
    rows.push({
      workload: 'evaluate allocation per call, stored columns, warm (MB, not ms)',
      ours_ms: allocated,
      peer: 'limit',
      peer_ms: ALLOCATION_LIMIT_MB,
      ratio: allocated / ALLOCATION_LIMIT_MB,
      target: `< ${ALLOCATION_LIMIT_MB} MB`,
      pass: allocated < ALLOCATION_LIMIT_MB,
    });
    return rows;
  },
};
