// A value off by a power of ten from its neighbours: 万元 read as 亿元, a share stored as 0.031 instead of 3.1.
import type { Finding } from '../../model';
import { finding } from '../findings';
import { formatRaw } from '../format';
import { cellAt, type SeriesContext } from './context';

/** Neighbours on each side that make up a value's reference: wide enough to outvote one slip, narrow enough for fast growth. */
const REACH = 2;
/** How far from an exact power of ten a ratio may be and still count as a slip: a factor of 2. */
const TOLERANCE = Math.log10(2);

// Up to four neighbours, kept sorted in place. One buffer for the module: this runs for every value of every
// series, and a call never yields before it is done with it.
const neighbours = new Float64Array(2 * REACH);

const NO_SLIPS: readonly number[] = [];

/**
 * Compare each positive value with the median of up to two positive neighbours either side (needs 3 positive
 * values), appending a finding per slip to `out`. Returns the years whose value is a likely slip: the
 * year-on-year check does not report them again.
 */
export function powerOfTen(context: SeriesContext, out: Finding[]): readonly number[] {
  const { indicator, region, table, first, end } = context;
  const values = table.value;
  let positives = 0;
  for (let k = first; k < end; k++) if (values[k] > 0) positives++;
  if (positives < 3) return NO_SLIPS;
  // Allocated only when a slip is found: most series have none.
  let slips: number[] | null = null;
  for (let i = first; i < end; i++) {
    const value = values[i];
    if (value <= 0) continue;
    const from = Math.max(first, i - REACH);
    const to = Math.min(end - 1, i + REACH);
    let count = 0;
    let lowest = Infinity;
    let highest = 0;
    for (let j = from; j <= to; j++) {
      const neighbour = values[j];
      if (j === i || !(neighbour > 0)) continue;
      count++;
      if (neighbour < lowest) lowest = neighbour;
      if (neighbour > highest) highest = neighbour;
    }
    if (count < 2) continue;
    // Inside a factor of 4 either way the nearest power is 10⁰ or too far from 10¹: no slip, and no logarithm.
    // The median lies between the lowest and the highest neighbour, and division is monotonic, so when the
    // value is within that factor of both, it is within it of the median: most values need no median.
    if (value / highest > 0.25 && value / lowest < 4) continue;
    count = 0;
    for (let j = from; j <= to; j++) if (j !== i && values[j] > 0) count = insertSorted(neighbours, count, values[j]);
    const middle = count >> 1;
    const reference = count % 2 ? neighbours[middle] : (neighbours[middle - 1] + neighbours[middle]) / 2;
    const ratio = value / reference;
    if (ratio > 0.25 && ratio < 4) continue;
    const exponent = Math.log10(ratio);
    const power = Math.round(exponent);
    if (power === 0 || Math.abs(exponent - power) > TOLERANCE) continue;
    const year = table.year[i];
    (slips ??= []).push(year);
    out.push(
      finding(
        'power-of-ten',
        'attain.finding.powerOfTen',
        {
          indicator: indicator.name,
          region,
          year,
          value: formatRaw(value),
          median: formatRaw(reference),
          factor: power > 0 ? String(10 ** power) : `1/${10 ** -power}`,
        },
        [cellAt(context, i)],
      ),
    );
  }
  return slips ?? NO_SLIPS;
}

/** Insert `value` into the ascending first `count` entries of `values`; returns the new count. */
function insertSorted(values: Float64Array, count: number, value: number): number {
  let i = count;
  while (i > 0 && values[i - 1] > value) {
    values[i] = values[i - 1];
    i--;
  }
  values[i] = value;
  return count + 1;
}
