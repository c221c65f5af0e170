// A project's values as read from their chunks. The engine evaluates the chunks' columns as they are; the values
// as objects, which the tables and charts need, cost a quarter of a second for 240,000 values and are built only
// when asked for, a few chunks per task, so that a start into the dashboard does not wait for them.
import type { StoredRuns } from '../../shared/import';
import { RunPositions, type Observation, type ValueSet } from '../../shared/model';
import { valueAt, type ValueChunk } from './value-chunks';

/** Decoding gives the thread back once a task has run this long (a long task is 50 ms). */
const SLICE_MS = 12;

/** Up to this many values are built at once when asked for: a few milliseconds' work, not worth a wait. */
const BUILT_AT_ONCE = 20_000;

/** Waits for the next task, letting input and rendering in. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** True when every value id is larger than the one stored before it (false after an undo restored older values). */
function inIdOrder(chunks: readonly ValueChunk[]): boolean {
  let last = -Infinity;
  for (const chunk of chunks) {
    for (const id of chunk.ids) {
      if (id <= last) return false;
      last = id;
    }
  }
  return true;
}

/** The stored values of one project, read once. */
export class StoredProjectValues {
  /**
   * The values as columns for evaluate(), in id order (the order that decides which of two values for one year
   * is used); null when the chunks are out of id order, and then the engine reads the observations instead.
   */
  readonly columns: ValueSet | null;
  private readonly positions = new RunPositions();
  private built: Observation[] | null = null;
  private decoded: Promise<Observation[]> | null = null;

  constructor(
    readonly projectId: string,
    readonly chunks: readonly ValueChunk[],
  ) {
    for (const chunk of chunks) this.positions.push(chunk.ids.length);
    this.columns = inIdOrder(chunks) ? { runs: chunks, observationAt: (at) => this.valueAtPosition(at) } : null;
  }

  /** How many values. */
  get size(): number {
    return this.positions.size;
  }

  /** The values as the import's conflict rule reads them: chunk by chunk, in any order. */
  storedRuns(): StoredRuns {
    return { runs: this.chunks, observationAt: (run, index) => valueAt(this.chunks[run]!, index) };
  }

  /** Every year that has a value. */
  years(): Set<number> {
    const years = new Set<number>();
    for (const chunk of this.chunks) {
      // Values come year by year, each year for many regions: most are the year before them.
      let last = Number.NaN;
      for (const year of chunk.years) if (year !== last) years.add((last = year));
    }
    return years;
  }

  /** Every value of the indicators with any 示例数据 value, in id order: none for a project of official statistics. */
  illustrativeIndicatorValues(): Observation[] {
    const marked = new Set<string>();
    for (const chunk of this.chunks) {
      for (const [index, extras] of Object.entries(chunk.extras)) {
        if (extras.illustrative === true) marked.add(chunk.indicatorIds.distinct[chunk.indicatorIds.indexOf[Number(index)]!]!);
      }
    }
    const values: Observation[] = [];
    if (marked.size === 0) return values;
    for (const chunk of this.chunks) {
      const { distinct, indexOf } = chunk.indicatorIds;
      for (let i = 0; i < indexOf.length; i++) if (marked.has(distinct[indexOf[i]!]!)) values.push(valueAt(chunk, i));
    }
    return byId(values);
  }

  /** Every value in id order, built once, a few chunks per task. */
  observations(): Promise<Observation[]> {
    this.decoded ??= this.built ? Promise.resolve(this.built) : this.build(true);
    return this.decoded;
  }

  /** Every value in id order when built already or few enough to build now; otherwise null (see observations()). */
  observationsAtOnce(): Observation[] | null {
    // Unsliced, build() never waits: it has set this.built by the time it returns its promise.
    if (!this.built && this.size <= BUILT_AT_ONCE) void this.build(false);
    return this.built;
  }

  /** Builds the values, giving the thread back between chunks when `sliced` (synchronously otherwise). */
  private async build(sliced: boolean): Promise<Observation[]> {
    const out: Observation[] = [];
    let taskStart = performance.now();
    for (const chunk of this.chunks) {
      if (sliced && performance.now() - taskStart > SLICE_MS) {
        await nextTask();
        taskStart = performance.now();
      }
      for (let i = 0; i < chunk.ids.length; i++) out.push(valueAt(chunk, i));
    }
    this.built = this.columns ? out : byId(out);
    return this.built;
  }

  private valueAtPosition(position: number): Observation {
    const { run, index } = this.positions.placeOf(position);
    return valueAt(this.chunks[run]!, index);
  }
}

function byId(values: Observation[]): Observation[] {
  return values.sort((a, b) => a.id! - b.id!);
}
