// Summaries of repeated measurements.

/** The median (the upper middle one for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

type Measurement = () => Promise<number>;

/**
 * Takes each measurement in turn, round after round, so that every side sees the same machine load: one warm-up
 * round, whose results are dropped, then `rounds` measured ones. The median of each measurement, in the order given.
 */
export async function alternatingMedians<const M extends readonly Measurement[]>(rounds: number, measurements: M): Promise<{ [K in keyof M]: number }> {
  const samples = measurements.map((): number[] => []);
  for (let round = 0; round <= rounds; round++) {
    for (const [i, measure] of measurements.entries()) {
      const result = await measure();
      if (round > 0) samples[i]!.push(result);
    }
  }
  return samples.map(median) as { [K in keyof M]: number };
}
