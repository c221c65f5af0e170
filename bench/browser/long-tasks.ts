// The longest-main-thread-task row of the app workloads: the window must answer within this, whatever runs.
import type { BenchRow } from '../workload';

const LONG_TASK_LIMIT_MS = 200;

/** The row for the work `during` (e.g. "the app's import of …"), which `took` says how long took, from its long tasks' durations. */
export function longestTaskRow(during: string, took: string, longTasks: readonly number[]): BenchRow {
  const longest = Math.max(0, ...longTasks);
  const over = longTasks.filter((ms) => ms > LONG_TASK_LIMIT_MS).length;
  return {
    workload: `longest main-thread task during ${during} (${over} over ${LONG_TASK_LIMIT_MS} ms; ${took})`,
    ours_ms: longest,
    peer: 'limit',
    peer_ms: LONG_TASK_LIMIT_MS,
    ratio: longest / LONG_TASK_LIMIT_MS,
    target: `no task > ${LONG_TASK_LIMIT_MS} ms (absolute)`,
    pass: over === 0,
  };
}
