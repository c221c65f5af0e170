// The one form values travel in, from the mapper through the import worker and storage to the engine: columns, with
// numbers in typed arrays, repeated texts once each and free-form texts end to end. 200,000 values are a few dozen
// strings and a few typed arrays, never 200,000 objects; an object is made only for a value a screen shows.
import type { Observation, ObservationInput, YearSource } from './observation';

/** Strings that repeat (indicator ids, regions, sheets): each distinct one once, and per value its index. */
export interface RepeatedStrings {
  distinct: string[];
  indexOf: Uint32Array;
}

/** Strings that are mostly different (cell addresses, cell texts): end to end in one string, and where each ends. */
export interface JoinedStrings {
  text: string;
  ends: Uint32Array;
}

/** The fields few values have, kept only for the values that have them. */
export interface ValueExtras {
  /** 示例数据: not an official statistic. */
  illustrative?: boolean;
  /** Footnote marks stripped from the cell text. */
  footnote?: string;
  /** A publication the value is quoted from. */
  citation?: string;
  /** Where the year was read, when no year column or row gave it. */
  yearFrom?: YearSource;
  /** The number the cell showed, in the indicator's unit, when its number format rounds the stored number. */
  shownValue?: number;
}

/**
 * Values in columns: value i is indicatorIds[i] in regions[i] for years[i], values[i] in the indicator's unit,
 * read from cell cells[i] of sheet sheets[i], which showed rawTexts[i].
 */
export interface ValueColumns {
  indicatorIds: RepeatedStrings;
  regions: RepeatedStrings;
  years: Float64Array;
  values: Float64Array;
  sheets: RepeatedStrings;
  cells: JoinedStrings;
  rawTexts: JoinedStrings;
  /** By position, for the values with any extra field. */
  extras: Record<number, ValueExtras>;
}

/** What the engine reads of a run of values. */
export type ValueRun = Pick<ValueColumns, 'indicatorIds' | 'regions' | 'years' | 'values'>;

/**
 * Values as the engine takes them: runs of columns in order (the order decides which of two values for one year is
 * used: the later), and the value at a position, with its source, for the few a finding cites.
 */
export interface ValueSet {
  runs: readonly ValueRun[];
  observationAt(position: number): ObservationInput;
}

/** A value read from a file, before it belongs to a project: what the wizard previews and the command line prints. */
export interface DraftObservation {
  indicator: string;
  region: string;
  year: number;
  /** In the indicator's unit. */
  value: number;
  /** The indicator's unit. */
  unit: string;
  /** A1 address. */
  cell: string;
  sheet: string;
  /** The cell's text as the file showed it. */
  rawText: string;
  /** Footnote marks removed from the cell text. */
  footnote?: string;
  /** Where the year was read, when no year column or row gave it. */
  yearFrom?: YearSource;
}

/** The provenance every value of one import shares. */
export interface ValueOrigin {
  projectId: string;
  batchId: string;
  fileName: string;
  /** SHA-256 of the file, hex. */
  fileHash: string;
  /** ISO 8601 time of the import. */
  importedAt: string;
  /** The publication the file's figures are from, when the user gave it. */
  publication?: string;
}

/** Collects one RepeatedStrings column. */
class RepeatedStringsBuilder {
  private readonly distinct: string[] = [];
  private readonly index = new Map<string, number>();
  indexOf: Uint32Array;

  constructor(capacity: number) {
    this.indexOf = new Uint32Array(capacity);
  }

  set(at: number, value: string): void {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.distinct.push(value) - 1;
      this.index.set(value, i);
    }
    this.indexOf[at] = i;
  }

  column(count: number): RepeatedStrings {
    return { distinct: this.distinct, indexOf: cut(this.indexOf, count) };
  }
}

/** Collects one JoinedStrings column. */
class JoinedStringsBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  ends: Uint32Array;

  constructor(capacity: number) {
    this.ends = new Uint32Array(capacity);
  }

  set(at: number, value: string): void {
    this.parts.push(value);
    this.ends[at] = this.length += value.length;
  }

  column(count: number): JoinedStrings {
    return { text: this.parts.join(''), ends: cut(this.ends, count) };
  }
}

function cut<T extends Uint32Array | Float64Array>(column: T, count: number): T {
  return (column.length === count ? column : column.slice(0, count)) as T;
}

function grown<T extends Uint32Array | Float64Array>(column: T, size: number): T {
  const larger = new (column.constructor as new (n: number) => T)(size);
  larger.set(column);
  return larger;
}

/** Collects values one at a time into columns that grow as needed (sized right up front, they never copy). */
export class ValueColumnsBuilder {
  private count = 0;
  private capacity: number;
  private readonly indicatorIds: RepeatedStringsBuilder;
  private readonly regions: RepeatedStringsBuilder;
  private readonly sheets: RepeatedStringsBuilder;
  private readonly cells: JoinedStringsBuilder;
  private readonly rawTexts: JoinedStringsBuilder;
  private years: Float64Array;
  private values: Float64Array;
  private readonly extras: Record<number, ValueExtras> = {};

  constructor(capacity = 1024) {
    this.capacity = Math.max(capacity, 1);
    this.indicatorIds = new RepeatedStringsBuilder(this.capacity);
    this.regions = new RepeatedStringsBuilder(this.capacity);
    this.sheets = new RepeatedStringsBuilder(this.capacity);
    this.cells = new JoinedStringsBuilder(this.capacity);
    this.rawTexts = new JoinedStringsBuilder(this.capacity);
    this.years = new Float64Array(this.capacity);
    this.values = new Float64Array(this.capacity);
  }

  get length(): number {
    return this.count;
  }

  /** Appends one value; `extras` only when it has any. */
  add(indicatorId: string, region: string, year: number, value: number, sheet: string, cell: string, rawText: string, extras?: ValueExtras): void {
    const i = this.count++;
    if (i === this.capacity) this.grow();
    this.indicatorIds.set(i, indicatorId);
    this.regions.set(i, region);
    this.years[i] = year;
    this.values[i] = value;
    this.sheets.set(i, sheet);
    this.cells.set(i, cell);
    this.rawTexts.set(i, rawText);
    if (extras) this.extras[i] = extras;
  }

  /** Appends value `i` of `columns`. */
  addFrom(columns: ValueColumns, i: number): void {
    this.add(
      columns.indicatorIds.distinct[columns.indicatorIds.indexOf[i]!]!,
      columns.regions.distinct[columns.regions.indexOf[i]!]!,
      columns.years[i]!,
      columns.values[i]!,
      columns.sheets.distinct[columns.sheets.indexOf[i]!]!,
      joinedAt(columns.cells, i),
      joinedAt(columns.rawTexts, i),
      columns.extras[i],
    );
  }

  private grow(): void {
    const size = this.capacity * 2;
    for (const column of [this.indicatorIds, this.regions, this.sheets]) column.indexOf = grown(column.indexOf, size);
    for (const column of [this.cells, this.rawTexts]) column.ends = grown(column.ends, size);
    this.years = grown(this.years, size);
    this.values = grown(this.values, size);
    this.capacity = size;
  }

  /** The columns collected, cut to their length. */
  finish(): ValueColumns {
    const n = this.count;
    return {
      indicatorIds: this.indicatorIds.column(n),
      regions: this.regions.column(n),
      years: cut(this.years, n),
      values: cut(this.values, n),
      sheets: this.sheets.column(n),
      cells: this.cells.column(n),
      rawTexts: this.rawTexts.column(n),
      extras: this.extras,
    };
  }
}

/** The number of values in every run of `values`. */
export function valueSetSize(values: Pick<ValueSet, 'runs'>): number {
  let n = 0;
  for (const run of values.runs) n += run.years.length;
  return n;
}

/** Positions counted across runs read one after another: position p is index p − (start of its run) of that run. */
export class RunPositions {
  private readonly starts: number[] = [];
  private end = 0;

  /** Appends a run of `count` values. */
  push(count: number): void {
    this.starts.push(this.end);
    this.end += count;
  }

  get size(): number {
    return this.end;
  }

  /** The run holding `position`, and the index there. */
  placeOf(position: number): { run: number; index: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return { run: low, index: position - this.starts[low]! };
  }
}

/** String `index` of a JoinedStrings column. */
function joinedAt(column: JoinedStrings, index: number): string {
  return column.text.slice(index === 0 ? 0 : column.ends[index - 1], column.ends[index]);
}

/** Value `i` of `columns` as a draft; `unitOf` gives an indicator's unit. */
export function draftAt(columns: ValueColumns, i: number, unitOf: (indicatorId: string) => string): DraftObservation {
  const indicator = columns.indicatorIds.distinct[columns.indicatorIds.indexOf[i]!]!;
  const draft: DraftObservation = {
    indicator,
    region: columns.regions.distinct[columns.regions.indexOf[i]!]!,
    year: columns.years[i]!,
    value: columns.values[i]!,
    unit: unitOf(indicator),
    cell: joinedAt(columns.cells, i),
    sheet: columns.sheets.distinct[columns.sheets.indexOf[i]!]!,
    rawText: joinedAt(columns.rawTexts, i),
  };
  const extras = columns.extras[i];
  if (extras?.footnote !== undefined) draft.footnote = extras.footnote;
  if (extras?.yearFrom !== undefined) draft.yearFrom = extras.yearFrom;
  return draft;
}

/** Value `i` of `columns` as an observation of the import `origin`; `id` once storage has given it one. */
export function observationAt(columns: ValueColumns, i: number, origin: ValueOrigin, id?: number): Observation {
  const extras = columns.extras[i];
  const observation: Observation = {
    // Storage's id first, as stored values have always been written (backups and exports keep the field order).
    ...(id === undefined ? {} : { id }),
    projectId: origin.projectId,
    batchId: origin.batchId,
    indicatorId: columns.indicatorIds.distinct[columns.indicatorIds.indexOf[i]!]!,
    region: columns.regions.distinct[columns.regions.indexOf[i]!]!,
    year: columns.years[i]!,
    value: columns.values[i]!,
    source: {
      fileName: origin.fileName,
      fileHash: origin.fileHash,
      sheet: columns.sheets.distinct[columns.sheets.indexOf[i]!]!,
      cell: joinedAt(columns.cells, i),
      rawText: joinedAt(columns.rawTexts, i),
      importedAt: origin.importedAt,
    },
  };
  // A value's own citation (the sample's public figures) before its file's publication.
  const citation = extras?.citation ?? origin.publication;
  if (citation !== undefined) observation.source.citation = citation;
  if (extras?.yearFrom !== undefined) observation.source.yearFrom = extras.yearFrom;
  if (extras?.shownValue !== undefined) observation.source.shownValue = extras.shownValue;
  if (extras?.illustrative !== undefined) observation.illustrative = extras.illustrative;
  if (extras?.footnote !== undefined) observation.footnote = extras.footnote;
  return observation;
}

/** Observations already held as objects (a test's, the sample's), as the one run the engine reads. */
export function valueSet(observations: readonly ObservationInput[]): ValueSet {
  const n = observations.length;
  const indicatorIds = new RepeatedStringsBuilder(n);
  const regions = new RepeatedStringsBuilder(n);
  const years = new Float64Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    indicatorIds.set(i, o.indicatorId);
    regions.set(i, o.region);
    years[i] = o.year;
    values[i] = o.value;
  }
  return { runs: [{ indicatorIds: indicatorIds.column(n), regions: regions.column(n), years, values }], observationAt: (position) => observations[position]! };
}
