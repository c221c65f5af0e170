// The bench's observations packed as the app's storage hands them to the engine: runs of columns (ValueSet).
import type { ObservationInput, RepeatedStrings, ValueRun, ValueSet } from '../shared/model';

/** Values per run, as the app stores them (renderer/db/value-chunks.ts CHUNK_SIZE). */
export const RUN_SIZE = 5000;

/**
 * `observations` in runs of `runSize`, in their order, each run listing its indicator ids and regions once in
 * order of first appearance. The one place the bench builds stored values, so a shared packer can replace it.
 */
export function packStoredValues(observations: readonly ObservationInput[], runSize = RUN_SIZE): ValueSet {
  const runs: ValueRun[] = [];
  for (let start = 0; start < observations.length; start += runSize) {
    const part = observations.slice(start, start + runSize);
    const column = (pick: (o: ObservationInput) => string): RepeatedStrings => {
      const numbers = new Map<string, number>();
      const indexOf = Uint32Array.from(part, (o) => {
        const name = pick(o);
        let n = numbers.get(name);
        if (n === undefined) numbers.set(name, (n = numbers.size));
        return n;
      });
      return { distinct: [...numbers.keys()], indexOf };
    };
    runs.push({
      indicatorIds: column((o) => o.indicatorId),
      regions: column((o) => o.region),
      years: Float64Array.from(part, (o) => o.year),
      values: Float64Array.from(part, (o) => o.value),
    });
  }
  return { runs, observationAt: (position) => observations[position] };
}
