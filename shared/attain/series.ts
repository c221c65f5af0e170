// Observations grouped once into one series per indicator and region, sorted by year, one value a year, held in columns.
import type { ObservationInput, StoredValues } from '../model';

/** Two observations for the same indicator, region and year with different values; the later one is used. */
export interface Conflict {
  replaced: ObservationInput;
  kept: ObservationInput;
}

export interface Series {
  /** Sorted by year, at most one per year, only finite values. */
  points: ObservationInput[];
  conflicts: Conflict[];
}

/**
 * Every series in columns: series s holds the points start[s] ≤ k < end[s], sorted by year, one a year, only
 * finite values; origin[k] is the position in the input of the observation point k came from.
 */
export interface SeriesTable {
  /** The input's observation at a position, with its source: what a finding cites. */
  observationAt(position: number): ObservationInput;
  /** indicator id → region → series index; regions in order of first appearance. */
  slots: Map<string, Map<string, number>>;
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
// valid until the next grouping; evaluate() and toSeries() finish with theirs before they return.
const int32 = { slotOf: new Int32Array(0), start: new Int32Array(0), end: new Int32Array(0), origin: new Int32Array(0) };
const float64 = { years: new Float64Array(0), values: new Float64Array(0), year: new Float64Array(0), value: new Float64Array(0) };
let unorderedScratch = new Uint8Array(0);

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

/**
 * Group observations by indicator and region. One pass finds each observation's series (imports arrive
 * indicator by indicator, so a change of series is rare or predictable and usually costs no lookup); a
 * second places the points in series order; only a series that is out of year order or repeats a year is sorted.
 */
export function groupObservations(observations: readonly ObservationInput[]): SeriesTable {
  const slots = new Map<string, Map<string, number>>();
  const slotOf = int32Column('slotOf', observations.length);
  // Years and values in input order: the second pass reads these columns rather than the objects again.
  const years = float64Column('years', observations.length);
  const values = float64Column('values', observations.length);
  // Per series: its region and the region map it belongs to, to recognise the next series without a lookup.
  const regionOf: string[] = [];
  const ownerOf: Map<string, number>[] = [];
  let lastIndicator: string | undefined;
  let lastRegion: string | undefined;
  let byRegion = new Map<string, number>();
  let slot = -1;
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i];
    if (observation.indicatorId !== lastIndicator) {
      lastIndicator = observation.indicatorId;
      lastRegion = undefined;
      const known = slots.get(lastIndicator);
      if (known) byRegion = known;
      else slots.set(lastIndicator, (byRegion = new Map()));
    }
    if (observation.region !== lastRegion) {
      lastRegion = observation.region;
      // Within an indicator, rows often cycle through the regions year by year: try the next series before a lookup.
      const next = slot + 1;
      if (next < regionOf.length && regionOf[next] === lastRegion && ownerOf[next] === byRegion) slot = next;
      else {
        const known = byRegion.get(lastRegion);
        if (known !== undefined) slot = known;
        else {
          slot = regionOf.length;
          byRegion.set(lastRegion, slot);
          regionOf.push(lastRegion);
          ownerOf.push(byRegion);
        }
      }
    }
    const value = observation.value;
    slotOf[i] = Number.isFinite(value) ? slot : NOT_DATA;
    years[i] = observation.year;
    values[i] = value;
  }
  const observationAt = (position: number) => observations[position];
  const { start, end, year, value, origin, conflicts } = arrange(observationAt, slotOf, years, values, observations.length, regionOf.length);
  return { observationAt, slots, start, end, year, value, origin, conflicts };
}

/**
 * groupObservations for values in stored columns, with the same series, in the same order: a run's values name
 * their indicator and region by index into the run's string lists, so a series is found by one array read.
 */
export function groupStoredValues(stored: StoredValues): SeriesTable {
  let count = 0;
  for (const run of stored.runs) count += run.years.length;
  const slots = new Map<string, Map<string, number>>();
  const slotOf = int32Column('slotOf', count);
  const years = float64Column('years', count);
  const values = float64Column('values', count);
  let series = 0;
  let i = 0;
  for (const run of stored.runs) {
    const { indicatorIds, regions } = run;
    const regionCount = regions.distinct.length;
    // The series of each (indicator, region) pair of the run's lists, found at the pair's first value.
    const pairs = new Int32Array(indicatorIds.distinct.length * regionCount).fill(-1);
    for (let k = 0; k < run.years.length; k++, i++) {
      const pair = indicatorIds.indexOf[k] * regionCount + regions.indexOf[k];
      let slot = pairs[pair];
      if (slot < 0) {
        const indicatorId = indicatorIds.distinct[indicatorIds.indexOf[k]];
        const region = regions.distinct[regions.indexOf[k]];
        let byRegion = slots.get(indicatorId);
        if (!byRegion) slots.set(indicatorId, (byRegion = new Map()));
        const known = byRegion.get(region);
        if (known !== undefined) slot = known;
        else byRegion.set(region, (slot = series++));
        pairs[pair] = slot;
      }
      const value = run.values[k];
      slotOf[i] = Number.isFinite(value) ? slot : NOT_DATA;
      years[i] = run.years[k];
      values[i] = value;
    }
  }
  const observationAt = (position: number) => stored.observationAt(position);
  const { start, end, year, value, origin, conflicts } = arrange(observationAt, slotOf, years, values, count, series);
  return { observationAt, slots, start, end, year, value, origin, conflicts };
}

/**
 * Sort one bucket by year (stable, so input order survives within a year) and keep the last value of each
 * year, recording a conflict whenever a later value differs from the one it replaces. Values that are not
 * finite numbers are not data and are left out.
 */
export function toSeries(bucket: readonly ObservationInput[]): Series {
  const slotOf = int32Column('slotOf', bucket.length);
  const years = float64Column('years', bucket.length);
  const values = float64Column('values', bucket.length);
  for (let i = 0; i < bucket.length; i++) {
    years[i] = bucket[i].year;
    values[i] = bucket[i].value;
    slotOf[i] = Number.isFinite(values[i]) ? 0 : NOT_DATA;
  }
  const { end, origin, conflicts } = arrange((position) => bucket[position], slotOf, years, values, bucket.length, 1);
  const points: ObservationInput[] = new Array(end[0]);
  for (let k = 0; k < end[0]; k++) points[k] = bucket[origin[k]];
  return { points, conflicts: conflicts.get(0) ?? [] };
}

/** The points up to and including `year`. */
export function upTo(points: ObservationInput[], year: number): ObservationInput[] {
  let end = points.length;
  while (end > 0 && points[end - 1].year > year) end--;
  return end === points.length ? points : points.slice(0, end);
}

/** One past the last point of series `s` whose year is ≤ `year`. */
export function endUpTo(table: SeriesTable, s: number, year: number): number {
  const start = table.start[s];
  let end = table.end[s];
  while (end > start && table.year[end - 1] > year) end--;
  return end;
}

type Columns = Omit<SeriesTable, 'observationAt' | 'slots'>;
type ObservationAt = SeriesTable['observationAt'];

/**
 * Place each observation i < n (year years[i], value values[i]) of series slotOf[i] in its series' columns, in
 * input order, then put every series in year order.
 */
function arrange(observationAt: ObservationAt, slotOf: Int32Array, years: Float64Array, values: Float64Array, n: number, count: number): Columns {
  const start = int32Column('start', count).fill(0, 0, count);
  const end = int32Column('end', count);
  for (let i = 0; i < n; i++) if (slotOf[i] !== NOT_DATA) start[slotOf[i]]++;
  let total = 0;
  for (let s = 0; s < count; s++) {
    const size = start[s];
    start[s] = end[s] = total;
    total += size;
  }
  const year = float64Column('year', total);
  const value = float64Column('value', total);
  const origin = int32Column('origin', total);
  // A series needs sorting when a year does not come after the one before it; most arrive in year order.
  if (unorderedScratch.length < count) unorderedScratch = new Uint8Array(count + (count >> 1));
  const unordered = unorderedScratch.fill(0, 0, count);
  for (let i = 0; i < n; i++) {
    const s = slotOf[i];
    if (s === NOT_DATA) continue;
    const k = end[s]++;
    year[k] = years[i];
    value[k] = values[i];
    origin[k] = i;
    if (k > start[s] && year[k] <= year[k - 1]) unordered[s] = 1;
  }
  const conflicts = new Map<number, Conflict[]>();
  const columns = { start, end, year, value, origin, conflicts };
  for (let s = 0; s < count; s++) if (unordered[s]) sortSeries(observationAt, columns, s);
  return columns;
}

/**
 * Sort series `s` by year, stable, keeping the last value of each year and recording a conflict whenever a
 * later value differs from the one it replaces; the series ends earlier by the years it repeated.
 */
function sortSeries(observationAt: ObservationAt, columns: Columns, s: number): void {
  const { start, end, year, value, origin } = columns;
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
        const list = columns.conflicts.get(s);
        if (list) list.push(conflict);
        else columns.conflicts.set(s, [conflict]);
      }
    } else last++;
    year[last] = years[i];
    value[last] = values[i];
    origin[last] = origins[i];
  }
  end[s] = last + 1;
}
