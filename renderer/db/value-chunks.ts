// How stored values sit in IndexedDB: a project's values in chunks of a few thousand of one import batch, in
// columns, so that reading or writing 240,000 values costs a hundred records instead of 240,000 rows.
import { Dexie, type EntityTable } from 'dexie';
import { observationAt, ValueColumnsBuilder, type Observation, type ValueColumns, type ValueExtras, type ValueOrigin } from '../../shared/model';

/** Values per chunk: one chunk is cloned in one main-thread task, which must stay far below a long task (200 ms). */
export const CHUNK_SIZE = 5000;

/** The provenance fields every value of one file shares, stored once per chunk. */
export interface ChunkFile {
  fileName: string;
  fileHash: string;
  importedAt: string;
  /** Its publication, when the user gave one at import. */
  publication?: string;
}

/** Up to CHUNK_SIZE values of one project's batch: the values' columns, their ids and their files. */
export interface ValueChunk extends ValueColumns {
  /** Assigned by storage, in storing order. */
  id?: number;
  projectId: string;
  batchId: string;
  /** The largest value id in the chunk (indexed: the next free value id is one index read). */
  maxId: number;
  /** The values' own ids (Observation.id), unique across the database. */
  ids: Float64Array;
  files: ChunkFile[];
  /** Index into files, per value. */
  fileOf: Uint32Array;
}

/** The table of chunks (the app's db.valueChunks, or the upgrade transaction's view of it). */
export type ChunkTable = EntityTable<ValueChunk, 'id'>;

/** One stored value's place: its chunk and its position there. */
export interface ChunkPlace {
  chunk: ValueChunk;
  index: number;
}

/** Packs values of one project and batch, every one with its id, into one chunk. */
export function packChunk(observations: readonly Observation[]): ValueChunk {
  const first = observations[0]!;
  const n = observations.length;
  const columns = new ValueColumnsBuilder(n);
  const ids = new Float64Array(n);
  const files: ChunkFile[] = [];
  const fileIndex = new Map<string, number>();
  const fileOf = new Uint32Array(n);
  let maxId = 0;
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    const s = o.source;
    ids[i] = o.id!;
    maxId = Math.max(maxId, o.id!);
    const extras: ValueExtras = {};
    if (o.illustrative !== undefined) extras.illustrative = o.illustrative;
    if (o.footnote !== undefined) extras.footnote = o.footnote;
    if (s.citation !== undefined) extras.citation = s.citation;
    if (s.yearFrom !== undefined) extras.yearFrom = s.yearFrom;
    if (s.shownValue !== undefined) extras.shownValue = s.shownValue;
    columns.add(o.indicatorId, o.region, o.year, o.value, s.sheet, s.cell, s.rawText, Object.keys(extras).length > 0 ? extras : undefined);
    const fileKey = `${s.fileName}\u0000${s.fileHash}\u0000${s.importedAt}`;
    let f = fileIndex.get(fileKey);
    if (f === undefined) {
      f = files.push({ fileName: s.fileName, fileHash: s.fileHash, importedAt: s.importedAt }) - 1;
      fileIndex.set(fileKey, f);
    }
    fileOf[i] = f;
  }
  return { ...columns.finish(), projectId: first.projectId, batchId: first.batchId, maxId, ids, files, fileOf };
}

/** One import's values, already in columns, as a chunk whose ids count up from `firstId`. */
export function chunkOf(columns: ValueColumns, origin: ValueOrigin, firstId: number): ValueChunk {
  const n = columns.years.length;
  const ids = new Float64Array(n);
  for (let i = 0; i < n; i++) ids[i] = firstId + i;
  const file: ChunkFile = { fileName: origin.fileName, fileHash: origin.fileHash, importedAt: origin.importedAt, ...(origin.publication ? { publication: origin.publication } : {}) };
  return { ...columns, projectId: origin.projectId, batchId: origin.batchId, maxId: firstId + n - 1, ids, files: [file], fileOf: new Uint32Array(n) };
}

/** The value at position `index` of a chunk, as the rest of the app knows it. */
export function valueAt(chunk: ValueChunk, index: number): Observation {
  const file = chunk.files[chunk.fileOf[index]!]!;
  return observationAt(chunk, index, { projectId: chunk.projectId, batchId: chunk.batchId, ...file }, chunk.ids[index]!);
}

/** Every value of the chunks, in id order (the order they were first stored). */
export function unpackChunks(chunks: readonly ValueChunk[]): Observation[] {
  const out: Observation[] = [];
  let sorted = true;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.ids.length; i++) {
      const o = valueAt(chunk, i);
      if (sorted && out.length > 0 && out[out.length - 1]!.id! > o.id!) sorted = false;
      out.push(o);
    }
  }
  // Chunks are read in storing order, which is id order except for values an undo brought back.
  return sorted ? out : out.sort((a, b) => a.id! - b.id!);
}

/** The first value id not used by any stored value. */
export async function nextValueId(table: ChunkTable): Promise<number> {
  const [largest] = await table.orderBy('maxId').reverse().limit(1).keys();
  return typeof largest === 'number' ? largest + 1 : 1;
}

/** A task longer than this hands the thread back before the next chunk is packed (a long task is 50 ms). */
const TASK_BUDGET_MS = 40;

/**
 * Adds chunks one after another with two in flight, so the database writes one while the page packs the next.
 * Chromium may deliver several finished writes in one task, running the packing of several chunks back to
 * back: once a task has run for TASK_BUDGET_MS, the writer waits for the next task (Dexie.waitFor keeps the
 * surrounding transaction open meanwhile).
 */
export class ChunkWriter {
  private previous: Promise<unknown> | null = null;
  private taskStart = performance.now();

  constructor(private readonly table: ChunkTable) {}

  /** Starts adding `chunk` and waits for the one before it. */
  async add(chunk: ValueChunk): Promise<void> {
    const current = this.table.add(chunk);
    if (this.previous) await this.previous;
    this.previous = current;
    if (performance.now() - this.taskStart > TASK_BUDGET_MS) {
      await Dexie.waitFor(new Promise((resolve) => setTimeout(resolve, 0)));
      this.taskStart = performance.now();
    }
  }

  /** Waits for the last chunk. */
  async done(): Promise<void> {
    if (this.previous) await this.previous;
    this.previous = null;
  }
}

/** Stores values of any projects and batches; those without an id get new ones. Call inside a transaction over `table`. */
export async function storeValues(table: ChunkTable, observations: readonly Observation[]): Promise<void> {
  let nextId = observations.some((o) => o.id === undefined) ? await nextValueId(table) : 0;
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.projectId}\u0000${o.batchId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(o.id === undefined ? { ...o, id: nextId++ } : o);
  }
  const writer = new ChunkWriter(table);
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += CHUNK_SIZE) await writer.add(packChunk(group.slice(i, i + CHUNK_SIZE)));
  }
  await writer.done();
}

/** Removes the values at the given places: each chunk is rewritten without them, or deleted when none is left. */
export async function removeValues(table: ChunkTable, places: readonly ChunkPlace[]): Promise<void> {
  const byChunk = new Map<ValueChunk, Set<number>>();
  for (const { chunk, index } of places) {
    let indexes = byChunk.get(chunk);
    if (!indexes) byChunk.set(chunk, (indexes = new Set()));
    indexes.add(index);
  }
  for (const [chunk, indexes] of byChunk) {
    const left: Observation[] = [];
    for (let i = 0; i < chunk.ids.length; i++) if (!indexes.has(i)) left.push(valueAt(chunk, i));
    if (left.length === 0) await table.delete(chunk.id!);
    else await table.put({ ...packChunk(left), id: chunk.id! });
  }
}

/** Every stored value of a project. */
export async function readProjectValues(table: ChunkTable, projectId: string): Promise<Observation[]> {
  // An index lists equal keys in primary-key order: the chunks come in storing order.
  return unpackChunks(await table.where('projectId').equals(projectId).toArray());
}
