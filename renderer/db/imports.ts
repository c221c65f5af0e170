// Storing an import: the batch, its values, the values it replaces, the confirmed mapping decisions and the
// original file in one transaction; undoing a batch in one transaction; the import history.
import { normaliseName } from '../../shared/ingest/normalise';
import type { DraftList, DraftObservation } from '../../shared/ingest/types';
import type { ImportBatch, Observation } from '../../shared/model';
import type { PlanevalDb } from './database';
import { storeOriginalFile } from './files';
import { newId } from './ids';
import { CHUNK_SIZE, ChunkWriter, nextValueId, packChunk, removeValues, storeValues, valueAt, type ChunkTable, type ValuePlace } from './value-chunks';

/** What the user chose for an incoming value that disagrees with a stored one. */
export type ConflictDecision = 'keep' | 'replace';

/** Decisions by conflictKey(indicator, region, year); a conflict without a decision keeps the stored value. */
export type ConflictDecisions = Record<string, ConflictDecision>;

/** The file an import came from. */
export interface BatchSource {
  fileName: string;
  /** SHA-256 of the file, hex. */
  fileHash: string;
  /** The data-collection templates the file was filled from, when it was one. */
  templateIds?: string[];
  /** The file's original bytes, kept (by fileHash) in the commit's transaction so "open the original" works. */
  bytes?: Uint8Array;
}

/** The key one stored value is known by: indicator, region and year. */
export function conflictKey(indicatorId: string, region: string, year: number): string {
  return `${indicatorId}\u0000${region}\u0000${year}`;
}

function toObservation(draft: DraftObservation, projectId: string, batchId: string, source: BatchSource, importedAt: string): Observation {
  const observation: Observation = {
    projectId,
    batchId,
    indicatorId: draft.indicator,
    region: draft.region,
    year: draft.year,
    value: draft.value,
    source: { fileName: source.fileName, fileHash: source.fileHash, sheet: draft.sheet, cell: draft.cell, rawText: draft.rawText, importedAt },
  };
  if (draft.footnote) observation.footnote = draft.footnote;
  return observation;
}

/**
 * Stores one file's values as a batch, in one transaction: where a value is already stored for the same
 * indicator, region and year, 'replace' removes the stored one (kept in batch.replaced for undo) and any
 * other case keeps it (the incoming value is listed in batch.kept). `mappingDecisions` (source name →
 * indicator id) are merged into the project's saved decisions under their normalised names. The values are
 * taken a chunk at a time, so columns from the import worker never become 200,000 drafts at once.
 */
export async function commitImport(
  db: PlanevalDb,
  projectId: string,
  source: BatchSource,
  observations: DraftList,
  decisions: ConflictDecisions = {},
  mappingDecisions: Record<string, string> = {},
): Promise<ImportBatch> {
  return db.transaction('rw', [db.projects, db.batches, db.valueChunks, db.files], async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error(`Project ${projectId} does not exist`);
    const importedAt = new Date().toISOString();
    const batchId = newId();
    const stored = await storedPlaces(db.valueChunks, projectId);
    let nextId = await nextValueId(db.valueChunks);

    const kept: Observation[] = [];
    const replacedPlaces: ValuePlace[] = [];
    let count = 0;
    // Slice by slice, each packed and handed to the database before the next is looked at: the page never
    // spends one long task on all 200,000 values.
    const writer = new ChunkWriter(db.valueChunks);
    for (let start = 0; start < observations.length; start += CHUNK_SIZE) {
      const added: Observation[] = [];
      for (const draft of observations.slice(start, start + CHUNK_SIZE)) {
        const o = toObservation(draft, projectId, batchId, source, importedAt);
        // A project's first import has nothing to conflict with: building 200,000 keys would be wasted.
        const k = stored.size > 0 ? conflictKey(o.indicatorId, o.region, o.year) : '';
        const existing = stored.get(k);
        if (!existing) added.push(o);
        else if (decisions[k] === 'replace') {
          replacedPlaces.push(...existing);
          stored.delete(k);
          added.push(o);
        } else kept.push(o);
      }
      for (const o of added) o.id = nextId++;
      count += added.length;
      if (added.length > 0) await writer.add(packChunk(added));
    }
    await writer.done();
    const replaced = replacedPlaces.map(({ chunk, index }) => valueAt(chunk, index));
    await removeValues(db.valueChunks, replacedPlaces);

    const batch: ImportBatch = {
      id: batchId,
      projectId,
      fileName: source.fileName,
      fileHash: source.fileHash,
      importedAt,
      count,
      replaced,
      ...(kept.length > 0 ? { kept } : {}),
      ...(source.templateIds?.length ? { templateIds: source.templateIds } : {}),
    };
    await db.batches.add(batch);
    if (source.bytes) await storeOriginalFile(db, { name: source.fileName, bytes: source.bytes, hash: source.fileHash }, new Date(importedAt));

    const confirmed = Object.entries(mappingDecisions);
    if (confirmed.length > 0) {
      const merged = { ...project.mappingDecisions };
      for (const [name, indicatorId] of confirmed) merged[normaliseName(name)] = indicatorId;
      await db.projects.update(projectId, { mappingDecisions: merged, updatedAt: importedAt });
    }
    return batch;
  });
}

/** Where each of a project's stored values is, by conflictKey; read chunk by chunk so no single task indexes them all. */
async function storedPlaces(table: ChunkTable, projectId: string): Promise<Map<string, ValuePlace[]>> {
  const places = new Map<string, ValuePlace[]>();
  await table
    .where('projectId')
    .equals(projectId)
    .each((chunk) => {
      for (let index = 0; index < chunk.ids.length; index++) {
        const k = conflictKey(chunk.indicatorIds.distinct[chunk.indicatorIds.indexOf[index]!]!, chunk.regions.distinct[chunk.regions.indexOf[index]!]!, chunk.years[index]!);
        const place = { chunk, index };
        const list = places.get(k);
        if (list) list.push(place);
        else places.set(k, [place]);
      }
    });
  return places;
}

/**
 * Undoes a batch in one transaction: removes its values, restores the values it replaced, and forgets its
 * values in later batches' replaced lists (so that undoing those cannot bring back a value whose batch is gone).
 */
export async function undoImport(db: PlanevalDb, batchId: string): Promise<ImportBatch> {
  return db.transaction('rw', db.batches, db.valueChunks, async () => {
    const batch = await db.batches.get(batchId);
    if (!batch) throw new Error(`Import ${batchId} does not exist`);
    await db.valueChunks.where('batchId').equals(batchId).delete();
    await storeValues(db.valueChunks, batch.replaced);
    const others = await db.batches.where('projectId').equals(batch.projectId).toArray();
    for (const other of others) {
      if (other.id === batchId || !other.replaced.some((o) => o.batchId === batchId)) continue;
      await db.batches.update(other.id, { replaced: other.replaced.filter((o) => o.batchId !== batchId) });
    }
    await db.batches.delete(batchId);
    return batch;
  });
}

/** A project's import batches, newest first. */
export async function listBatches(db: PlanevalDb, projectId: string): Promise<ImportBatch[]> {
  const batches = await db.batches.where('projectId').equals(projectId).toArray();
  return batches.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}
