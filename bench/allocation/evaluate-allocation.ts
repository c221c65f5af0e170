// The megabytes one evaluate() of the generated project's stored columns allocates, measured in a Node process of its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from '../stats';

const CHILD = fileURLToPath(new URL('./evaluate-allocation-child.ts', import.meta.url));

const FLAGS = [
  // gc() empties the young generation before each measured call.
  '--expose-gc',
  // A young generation of 256 MB, far above one call's allocation, so that no collection runs inside a call.
  '--min-semi-space-size=256',
  '--max-semi-space-size=256',
  // Optimised code installed by a background compiler at moments that vary from run to run made one call's
  // allocation vary by a third (code still unoptimised allocates what escape analysis removes); compiling on the
  // main thread gives the steady state of the optimised code, the same on every run.
  '--single-threaded',
];

/** The median, in MB, of the child's measured calls. */
export function evaluateAllocationMb(): number {
  const child = spawnSync(process.execPath, [...FLAGS, '--import', 'tsx', CHILD], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench evaluate: the allocation child failed: ${child.stderr}`);
  return median(JSON.parse(child.stdout) as number[]) / 1e6;
}
