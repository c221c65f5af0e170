// Observations grouped once into one series per indicator and region, sorted by year, one value a year, held in columns.
import type { ObservationInput, ValueRun, ValueSet } from '../model';
import { SeriesIndex } from './series-index';

/** Two observations for the same indicator, region and year with different values; the later one is used. */
export interface Conflict {
  replaced: ObservationInput;
  kept: ObservationInput;
}

/**
 * Every series in columns: series s holds the points start[s] ≤ k < end[s], sorted by year, one a year, only
 * finite values; origin[k] is the position in the input of the observation point k came from. `index` numbers
 * the series, their indicators and their regions.
 */
export interface SeriesTable {
  /** The input's observation at a position, with its source: what a finding cites. */
  observationAt(position: number): ObservationInput;
  index: SeriesIndex;
  start: Int32Array;
  end: Int32Array;
  year: Float64Array;
  value: Float64Array;
  origin: Int32Array;
  /** The conflicts of the series that have any, in the order they replace each other. */
  conflicts: Map<number, Conflict[]>;
}

/** Marks an observation whose value is not a finite number: it names a series but is not data. */
const NOT_DATA = -1;

// The columns are reused from one grouping to the next, grown as needed: writing megabytes of freshly allocated
// memory on every evaluation costs several times more than filling memory already in use. A table is therefore
// valid until the next grouping; evaluate() and UsedValues.of() finish with theirs before they return.
const int32 = { slotOf: new Int32Array(0), start: new Int32Array(0), end: new Int32Array(0), origin: new Int32Array(0) };
const float64 = { years: new Float64Array(0), values: new Float64Array(0), year: new Float64Array(0), value: new Float64Array(0) };
const index = new SeriesIndex();

/** Reused Int32Array `name` with room for `size` numbers, its contents undefined. */
function int32Column(name: keyof typeof int32, size: number): Int32Array {
  if (int32[name].length < size) int32[name] = new Int32Array(size + (size >> 1));
  return int32[name];
}

/** Reused Float64Array `name` with room for `size` numbers, its contents undefined. */
function float64Column(name: keyof typeof float64, size: number): Float64Array {
  if (float64[name].length < size) float64[name] = new Float64Array(size + (size >> 1));
  return float64[name];
}

// Each pass over the observations or the points is a function of its own that returns when the loop ends. The
// engine compiles a long loop while it runs, together with the code after it; code after the loop that has not
// run yet cannot be compiled well, and the compiled loop was found thrown away and rebuilt on every grouping.

/**
 * Group values by indicator and region: one pass finds each value's series (a run's values name their indicator
 * and region by index into the run's string lists, so a series is found by one array read per value), a second
 * places the points in series order; only a series that is out of year order or repeats a year is sorted.
 */
export function groupValues(stored: ValueSet): SeriesTable {
  index.reset();
  let n = 0;
  for (const run of stored.runs) n += run.years.length;
  const slotOf = int32Column('slotOf', n);
  const years = float64Column('years', n);
  const values = float64Column('values', n);
  let offset = 0;
  for (const run of stored.runs) {
    readRun(run, offset, slotOf, years, values);
    offset += run.years.length;
  }
  return arrange((position) => stored.observationAt(position), slotOf, years, values, n, index.count);
}

/** Write each value's series (NOT_DATA when its value is not a finite number), year and value, from position `offset` on. */
function readRun(run: ValueRun, offset: number, slotOf: Int32Array, years: Float64Array, values: Float64Array): void {
  const { indicatorIds, regions } = run;
  const regionCount = regions.distinct.length;
  // The series of each (indicator, region) pair of the run's lists, found at the pair's first value.
  const pairs = new Int32Array(indicatorIds.distinct.length * regionCount).fill(-1);
  for (let k = 0, i = offset; k < run.years.length; k++, i++) {
    const pair = indicatorIds.indexOf[k] * regionCount + regions.indexOf[k];
    let slot = pairs[pair];
    if (slot < 0) slot = pairs[pair] = index.seriesOf(indicatorIds.distinct[indicatorIds.indexOf[k]], regions.distinct[regions.indexOf[k]]);
    const value = run.values[k];
    slotOf[i] = Number.isFinite(value) ? slot : NOT_DATA;
    years[i] = run.years[k];
    values[i] = value;
  }
}

/** One past the last point of series `s` whose year is ≤ `year`. */
export function endUpTo(table: SeriesTable, s: number, year: number): number {
  const start = table.start[s];
  let end = table.end[s];
  while (end > start && table.year[end - 1] > year) end--;
  return end;
}

type ObservationAt = SeriesTable['observationAt'];

/**
 * Place each observation i < n (year years[i], value values[i]) of series slotOf[i] < count in its series'
 * columns, in input order, then put every series in year order.
 */
function arrange(observationAt: ObservationAt, slotOf: Int32Array, years: Float64Array, values: Float64Array, n: number, count: number): SeriesTable {
  const start = int32Column('start', count);
  const end = int32Column('end', count);
  const total = startSeries(slotOf, n, count, start, end);
  const year = float64Column('year', total);
  const value = float64Column('value', total);
  const origin = int32Column('origin', total);
  const table: SeriesTable = { observationAt, index, start, end, year, value, origin, conflicts: new Map() };
  placePoints(table, slotOf, years, values, n);
  sortUnordered(table, count);
  return table;
}

/** Set start and end to where each series' points begin; returns the number of points. */
function startSeries(slotOf: Int32Array, n: number, count: number, start: Int32Array, end: Int32Array): number {
  countPoints(slotOf, n, start.fill(0, 0, count));
  let total = 0;
  for (let s = 0; s < count; s++) {
    const size = start[s];
    start[s] = end[s] = total;
    total += size;
  }
  return total;
}

/** Add each observation's point to its series' count in `sizes`. */
function countPoints(slotOf: Int32Array, n: number, sizes: Int32Array): void {
  for (let i = 0; i < n; i++) if (slotOf[i] !== NOT_DATA) sizes[slotOf[i]]++;
}

/** Append each observation to its series in `table`, in input order. */
function placePoints(table: SeriesTable, slotOf: Int32Array, years: Float64Array, values: Float64Array, n: number): void {
  const { end, year, value, origin } = table;
  for (let i = 0; i < n; i++) {
    const s = slotOf[i];
    if (s === NOT_DATA) continue;
    const k = end[s]++;
    year[k] = years[i];
    value[k] = values[i];
    origin[k] = i;
  }
}

/**
 * Sort each of the first `count` series where a year does not come after the one before it; most arrive in
 * year order, and the years of all series lie one after another, so telling them costs one pass over a column.
 */
function sortUnordered(table: SeriesTable, count: number): void {
  const { start, end, year } = table;
  for (let s = 0; s < count; s++) {
    for (let k = start[s] + 1; k < end[s]; k++) {
      if (year[k] > year[k - 1]) continue;
      sortSeries(table, s);
      break;
    }
  }
}

/**
 * Sort series `s` by year, stable, keeping the last value of each year and recording a conflict whenever a
 * later value differs from the one it replaces; the series ends earlier by the years it repeated.
 */
function sortSeries(table: SeriesTable, s: number): void {
  const { observationAt, start, end, year, value, origin } = table;
  const first = start[s];
  // Points are in input order, so sorting positions by (year, position) keeps input order within a year.
  const order = Array.from({ length: end[s] - first }, (_, i) => first + i).sort((a, b) => year[a] - year[b] || a - b);
  const years = order.map((k) => year[k]);
  const values = order.map((k) => value[k]);
  const origins = order.map((k) => origin[k]);
  let last = first - 1;
  for (let i = 0; i < order.length; i++) {
    if (last >= first && year[last] === years[i]) {
      if (value[last] !== values[i]) {
        const conflict = { replaced: observationAt(origin[last]), kept: observationAt(origins[i]) };
        const list = table.conflicts.get(s);
        if (list) list.push(conflict);
        else table.conflicts.set(s, [conflict]);
      }
    } else last++;
    year[last] = years[i];
    value[last] = values[i];
    origin[last] = origins[i];
  }
  end[s] = last + 1;
}
