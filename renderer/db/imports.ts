// Storing an import: the batch, its values, the values it replaces, the confirmed mapping decisions and the
// original file in one transaction; undoing a batch in one transaction; the import history.
import { normaliseName } from '../../shared/ingest/normalise';
import type { DraftObservation } from '../../shared/ingest/types';
import type { ImportBatch, Observation } from '../../shared/model';
import type { PlanevalDb } from './database';
import { storeOriginalFile } from './files';
import { newId } from './ids';

/** Rows per bulkAdd: small enough that serialising them stays well under a long task (200 ms) on a slow laptop. */
const ADD_SLICE = 1000;

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
 * indicator id) are merged into the project's saved decisions under their normalised names.
 */
export async function commitImport(
  db: PlanevalDb,
  projectId: string,
  source: BatchSource,
  observations: DraftObservation[],
  decisions: ConflictDecisions = {},
  mappingDecisions: Record<string, string> = {},
): Promise<ImportBatch> {
  return db.transaction('rw', [db.projects, db.batches, db.observations, db.files], async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error(`Project ${projectId} does not exist`);
    const importedAt = new Date().toISOString();
    const batchId = newId();
    const incoming = observations.map((o) => toObservation(o, projectId, batchId, source, importedAt));

    // A project's first import has nothing to conflict with: sorting and looking up 200,000 keys would be wasted.
    const hasStored = (await db.observations.where('projectId').equals(projectId).first()) !== undefined;
    const wanted = new Map(hasStored ? incoming.map((o) => [conflictKey(o.indicatorId, o.region, o.year), [projectId, o.indicatorId, o.region, o.year]]) : []);
    const stored = hasStored ? await db.observations.where('[projectId+indicatorId+region+year]').anyOf([...wanted.values()]).toArray() : [];
    const storedByKey = new Map<string, Observation[]>();
    for (const s of stored) {
      const k = conflictKey(s.indicatorId, s.region, s.year);
      storedByKey.set(k, [...(storedByKey.get(k) ?? []), s]);
    }

    const added: Observation[] = [];
    const kept: Observation[] = [];
    const replaced: Observation[] = [];
    for (const o of incoming) {
      const k = conflictKey(o.indicatorId, o.region, o.year);
      const existing = storedByKey.get(k);
      if (!existing) added.push(o);
      else if (decisions[k] === 'replace') {
        replaced.push(...existing);
        storedByKey.delete(k);
        added.push(o);
      } else kept.push(o);
    }

    const batch: ImportBatch = {
      id: batchId,
      projectId,
      fileName: source.fileName,
      fileHash: source.fileHash,
      importedAt,
      count: added.length,
      replaced,
      ...(kept.length > 0 ? { kept } : {}),
      ...(source.templateIds?.length ? { templateIds: source.templateIds } : {}),
    };
    await db.observations.bulkDelete(replaced.map((o) => o.id!));
    await db.batches.add(batch);
    // In slices: one bulkAdd serialises every row in a single main-thread task, which freezes the page for seconds.
    // Two slices are in flight at a time, so the database writes one while the page hands it the next.
    // Only Dexie's own promises are awaited, so the transaction stays open.
    let previous: Promise<unknown> | null = null;
    for (let i = 0; i < added.length; i += ADD_SLICE) {
      const current = db.observations.bulkAdd(added.slice(i, i + ADD_SLICE));
      if (previous) await previous;
      previous = current;
    }
    if (previous) await previous;
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

/**
 * Undoes a batch in one transaction: removes its values, restores the values it replaced, and forgets its
 * values in later batches' replaced lists (so that undoing those cannot bring back a value whose batch is gone).
 */
export async function undoImport(db: PlanevalDb, batchId: string): Promise<ImportBatch> {
  return db.transaction('rw', db.batches, db.observations, async () => {
    const batch = await db.batches.get(batchId);
    if (!batch) throw new Error(`Import ${batchId} does not exist`);
    await db.observations.where('batchId').equals(batchId).delete();
    await db.observations.bulkPut(batch.replaced);
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
