// The bundled sample project: the built-in Guangzhou plan with 2020–2023 values (public ones cited,
// the rest marked 示例数据) and its task ledger, created in one transaction the first time the user opens it.
import { defaultSettings, type ImportBatch, type Project } from '../../shared/model';
import { guangzhouPlan, GZ_SAMPLE_AS_OF, GZ_SAMPLE_NAME, gzSampleObservations } from '../../shared/plans';
import type { PlanevalDb } from './database';
import { newId } from './ids';
import { seedLedgerRow } from './ledger-seed';
import { makeProject } from './projects';
import { storeValues } from './value-chunks';

/** The sample project, created with its values if it does not exist yet. */
export async function openSampleProject(db: PlanevalDb, now: Date = new Date()): Promise<Project> {
  return db.transaction('rw', [db.projects, db.batches, db.valueChunks, db.ledgers], async () => {
    const existing = await db.projects.filter((p) => p.sample === true).first();
    if (existing) return existing;
    const project = makeProject({ name: GZ_SAMPLE_NAME, plan: guangzhouPlan(), settings: defaultSettings(GZ_SAMPLE_AS_OF), sample: true }, now);
    const importedAt = now.toISOString();
    const values = gzSampleObservations(importedAt);
    const batch: ImportBatch = {
      id: newId(),
      projectId: project.id,
      fileName: GZ_SAMPLE_NAME,
      fileHash: '',
      importedAt,
      count: values.length,
      replaced: [],
    };
    const ledger = seedLedgerRow(project, now)!;
    await db.projects.add(project);
    await db.ledgers.add(ledger);
    await db.batches.add(batch);
    await storeValues(db.valueChunks, values.map((v) => ({ ...v, projectId: project.id, batchId: batch.id })));
    return project;
  });
}
