// Storing an import: the batch, its values, the values it replaces, the confirmed mapping decisions and the
// original file in one transaction; undoing a batch in one transaction; the import history.
import { bilingual, normaliseName, valueKey } from '../../shared/base';
import { settle, StoredPlaces, type ConflictDecisions } from '../../shared/import';
import { observationAt, ValueColumnsBuilder, type ImportBatch, type Observation, type ValueColumns, type ValueOrigin } from '../../shared/model';
import type { PlanevalDb } from './database';
import { storeOriginalFile } from './files';
import { newId } from './ids';
import { touchProject } from './projects';
import { CHUNK_SIZE, chunkOf, ChunkWriter, nextValueId, removeValues, storeValues, valueAt, type ChunkPlace, type ValueChunk } from './value-chunks';

/** The file an import came from. */
export interface BatchSource {
  fileName: string;
  /** SHA-256 of the file, hex. */
  fileHash: string;
  /** The data-collection templates the file was filled from, when it was one. */
  templateIds?: string[];
  /** The file's original bytes, kept (by fileHash) in the commit's transaction so "open the original" works. */
  bytes?: Uint8Array;
  /** The publication its figures are from (《广州统计年鉴2023》表1-8 …): cited by every value, remembered for the file. */
  publication?: string;
}

/**
 * Stores one file's values as a batch, in one transaction, each settled by the one conflict rule (shared/import):
 * where the place already holds a stored value, the incoming one replaces it when the two are equal (the figure
 * is now sourced from this file) or the user chose 'replace' (the stored one is kept in batch.replaced for undo);
 * otherwise the stored value stays and the incoming one is listed in batch.kept. `mappingDecisions` (source name →
 * indicator id) are merged into the project's saved decisions under their normalised names. The values stay
 * columns from the import worker to the chunks: no value becomes an object on the way.
 */
export async function commitImport(
  db: PlanevalDb,
  projectId: string,
  source: BatchSource,
  incoming: readonly ValueColumns[],
  decisions: ConflictDecisions = {},
  mappingDecisions: Record<string, string> = {},
): Promise<ImportBatch> {
  return db.transaction('rw', [db.projects, db.batches, db.valueChunks, db.files], async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error(bilingual('ui.error.projectGone', { id: projectId }));
    const publication = source.publication?.trim() || undefined;
    const origin: ValueOrigin = { projectId, batchId: newId(), fileName: source.fileName, fileHash: source.fileHash, importedAt: new Date().toISOString(), ...(publication ? { publication } : {}) };
    // Read chunk by chunk, so no single task indexes all the stored values.
    const chunks: ValueChunk[] = [];
    const places = new StoredPlaces();
    await db.valueChunks
      .where('projectId')
      .equals(projectId)
      .each((chunk) => places.addRun(chunk, chunks.push(chunk) - 1));
    let nextId = await nextValueId(db.valueChunks);

    const kept: Observation[] = [];
    const replacedPlaces: ChunkPlace[] = [];
    const tally = { added: 0, replaced: 0, confirmed: 0 };
    let count = 0;
    // Each chunk's worth is handed to the database before the next is collected: the page never spends one long
    // task on all 200,000 values.
    const writer = new ChunkWriter(db.valueChunks);
    let added = new ValueColumnsBuilder(CHUNK_SIZE);
    const flush = async () => {
      if (added.length === 0) return;
      const chunk = chunkOf(added.finish(), origin, nextId);
      nextId += added.length;
      count += added.length;
      added = new ValueColumnsBuilder(CHUNK_SIZE);
      await writer.add(chunk);
    };
    const storedValue = ({ run, index }: { run: number; index: number }) => chunks[run]!.values[index]!;
    for (const columns of incoming) {
      const { indicatorIds, regions, years, values } = columns;
      for (let i = 0; i < years.length; i++) {
        // A project's first import has nothing to conflict with: building 200,000 keys would be wasted.
        const key = places.size === 0 ? '' : valueKey(indicatorIds.distinct[indicatorIds.indexOf[i]!]!, regions.distinct[regions.indexOf[i]!]!, years[i]!);
        const settled = places.size === 0 ? ({ action: 'add' } as const) : settle(places, decisions, key, values[i]!, storedValue);
        if (settled.action === 'keep') {
          kept.push(observationAt(columns, i, origin));
          continue;
        }
        if (settled.action === 'replace') {
          for (const { run, index } of settled.places) replacedPlaces.push({ chunk: chunks[run]!, index });
          tally[settled.same ? 'confirmed' : 'replaced']++;
        } else tally.added++;
        added.addFrom(columns, i);
        if (added.length === CHUNK_SIZE) await flush();
      }
    }
    await flush();
    await writer.done();
    const replaced = replacedPlaces.map(({ chunk, index }) => valueAt(chunk, index));
    await removeValues(db.valueChunks, replacedPlaces);

    const batch: ImportBatch = {
      id: origin.batchId,
      projectId,
      fileName: source.fileName,
      fileHash: source.fileHash,
      importedAt: origin.importedAt,
      count,
      tally,
      replaced,
      ...(kept.length > 0 ? { kept } : {}),
      ...(source.templateIds?.length ? { templateIds: source.templateIds } : {}),
    };
    await db.batches.add(batch);
    if (source.bytes) await storeOriginalFile(db, { name: source.fileName, bytes: source.bytes, hash: source.fileHash }, new Date(origin.importedAt));

    const confirmed = Object.entries(mappingDecisions);
    if (confirmed.length > 0) {
      const merged = { ...project.mappingDecisions };
      for (const [name, indicatorId] of confirmed) merged[normaliseName(name)] = indicatorId;
      await db.projects.update(projectId, { mappingDecisions: merged });
    }
    // The file's publication is remembered for the next import of the same file.
    if (publication && project.publications?.[source.fileHash] !== publication) {
      await db.projects.update(projectId, { publications: { ...project.publications, [source.fileHash]: publication } });
    }
    await touchProject(db, projectId, new Date(origin.importedAt));
    return batch;
  });
}

/**
 * Undoes a batch in one transaction: removes its values, restores the values it replaced, and forgets its
 * values in later batches' replaced lists (so that undoing those cannot bring back a value whose batch is gone).
 */
export async function undoImport(db: PlanevalDb, batchId: string): Promise<ImportBatch> {
  return db.transaction('rw', db.projects, db.batches, db.valueChunks, async () => {
    const batch = await db.batches.get(batchId);
    if (!batch) throw new Error(bilingual('import.error.batchGone', { id: batchId }));
    await db.valueChunks.where('batchId').equals(batchId).delete();
    await storeValues(db.valueChunks, batch.replaced);
    const others = await db.batches.where('projectId').equals(batch.projectId).toArray();
    for (const other of others) {
      if (other.id === batchId || !other.replaced.some((o) => o.batchId === batchId)) continue;
      await db.batches.update(other.id, { replaced: other.replaced.filter((o) => o.batchId !== batchId) });
    }
    await db.batches.delete(batchId);
    await touchProject(db, batch.projectId);
    return batch;
  });
}

/** A project's import batches, newest first. */
export async function listBatches(db: PlanevalDb, projectId: string): Promise<ImportBatch[]> {
  const batches = await db.batches.where('projectId').equals(projectId).toArray();
  return batches.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}
