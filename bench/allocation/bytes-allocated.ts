// The bytes one call allocates, read as the growth of the heap (and of array buffers) across a call that no garbage
// collection interrupts: with a young generation larger than the call allocates, nothing is freed in between.
import { PerformanceObserver } from 'node:perf_hooks';

/** Gives pending performance entries (a collection's) the turn in which they are delivered. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The bytes `run` allocates in one call. Needs --expose-gc, and a young generation that holds the whole call
 * (--min-semi-space-size and --max-semi-space-size, in MB); throws when a collection ran during the call anyway,
 * since the growth would then understate the allocation.
 */
export async function bytesAllocatedBy(run: () => unknown): Promise<number> {
  const collect = globalThis.gc;
  if (!collect) throw new Error('bytesAllocatedBy needs node --expose-gc');
  let collections = 0;
  const observer = new PerformanceObserver((list) => (collections += list.getEntries().length));
  observer.observe({ entryTypes: ['gc'] });
  collect();
  await settle();
  const before = collections;
  const start = process.memoryUsage();
  const result = run();
  const end = process.memoryUsage();
  await settle();
  observer.disconnect();
  if (collections !== before) throw new Error('a garbage collection ran during the measured call: give the process a larger young generation');
  // Read after the second reading, so that the result cannot be collected before it.
  void result;
  return end.heapUsed - start.heapUsed + (end.arrayBuffers - start.arrayBuffers);
}
