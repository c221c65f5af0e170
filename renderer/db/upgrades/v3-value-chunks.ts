// Schema version 3's upgrade: every value row of version 2's `observations` table moves, with its id, into chunks
// of `valueChunks`. Both formats are frozen here as they were at version 3, so that a later change to how the app
// stores values (value-chunks.ts) cannot change what this upgrade writes; a later format gets its own upgrade.
import type { Transaction } from 'dexie';

/** A value row of version 2, one per value. */
interface V2ObservationRow {
  id: number;
  projectId: string;
  batchId: string;
  indicatorId: string;
  region: string;
  year: number;
  value: number;
  source: {
    fileName: string;
    fileHash: string;
    sheet: string;
    cell: string;
    rawText: string;
    importedAt: string;
    citation?: string;
  };
  illustrative?: boolean;
  footnote?: string;
}

/** Values per chunk at version 3. */
const CHUNK_SIZE = 5000;

interface V3RepeatedStrings {
  distinct: string[];
  indexOf: Uint32Array;
}

interface V3JoinedStrings {
  text: string;
  ends: Uint32Array;
}

interface V3ChunkFile {
  fileName: string;
  fileHash: string;
  importedAt: string;
}

interface V3ValueExtras {
  illustrative?: boolean;
  footnote?: string;
  citation?: string;
}

/** A chunk of version 3: up to CHUNK_SIZE values of one project's batch, one column per field. */
interface V3ValueChunk {
  projectId: string;
  batchId: string;
  maxId: number;
  ids: Float64Array;
  indicatorIds: V3RepeatedStrings;
  regions: V3RepeatedStrings;
  years: Float64Array;
  values: Float64Array;
  sheets: V3RepeatedStrings;
  cells: V3JoinedStrings;
  rawTexts: V3JoinedStrings;
  files: V3ChunkFile[];
  fileOf: Uint32Array;
  extras: Record<number, V3ValueExtras>;
}

function repeatedStrings(values: readonly string[]): V3RepeatedStrings {
  const distinct: string[] = [];
  const index = new Map<string, number>();
  const indexOf = new Uint32Array(values.length);
  values.forEach((value, at) => {
    let i = index.get(value);
    if (i === undefined) {
      i = distinct.push(value) - 1;
      index.set(value, i);
    }
    indexOf[at] = i;
  });
  return { distinct, indexOf };
}

function joinedStrings(values: readonly string[]): V3JoinedStrings {
  const ends = new Uint32Array(values.length);
  let end = 0;
  values.forEach((v, i) => (ends[i] = end += v.length));
  return { text: values.join(''), ends };
}

/** Rows of one project and batch as one chunk. */
function packChunk(rows: readonly V2ObservationRow[]): V3ValueChunk {
  const files: V3ChunkFile[] = [];
  const fileIndex = new Map<string, number>();
  const fileOf = new Uint32Array(rows.length);
  const extras: Record<number, V3ValueExtras> = {};
  rows.forEach((row, i) => {
    const { fileName, fileHash, importedAt, citation } = row.source;
    const fileKey = `${fileName}\u0000${fileHash}\u0000${importedAt}`;
    let f = fileIndex.get(fileKey);
    if (f === undefined) {
      f = files.push({ fileName, fileHash, importedAt }) - 1;
      fileIndex.set(fileKey, f);
    }
    fileOf[i] = f;
    const extra: V3ValueExtras = {};
    if (row.illustrative !== undefined) extra.illustrative = row.illustrative;
    if (row.footnote !== undefined) extra.footnote = row.footnote;
    if (citation !== undefined) extra.citation = citation;
    if (Object.keys(extra).length > 0) extras[i] = extra;
  });
  return {
    projectId: rows[0]!.projectId,
    batchId: rows[0]!.batchId,
    maxId: rows.reduce((max, r) => Math.max(max, r.id), 0),
    ids: Float64Array.from(rows, (r) => r.id),
    indicatorIds: repeatedStrings(rows.map((r) => r.indicatorId)),
    regions: repeatedStrings(rows.map((r) => r.region)),
    years: Float64Array.from(rows, (r) => r.year),
    values: Float64Array.from(rows, (r) => r.value),
    sheets: repeatedStrings(rows.map((r) => r.source.sheet)),
    cells: joinedStrings(rows.map((r) => r.source.cell)),
    rawTexts: joinedStrings(rows.map((r) => r.source.rawText)),
    files,
    fileOf,
    extras,
  };
}

/** The upgrade: per project and batch, in the rows' id order, chunks of CHUNK_SIZE values. */
export async function upgradeToValueChunks(tx: Transaction): Promise<void> {
  const rows = (await tx.table('observations').toArray()) as V2ObservationRow[];
  const groups = new Map<string, V2ObservationRow[]>();
  for (const row of rows) {
    const key = `${row.projectId}\u0000${row.batchId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  const chunks = tx.table('valueChunks');
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += CHUNK_SIZE) await chunks.add(packChunk(group.slice(i, i + CHUNK_SIZE)));
  }
}
