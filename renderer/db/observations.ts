// Reading a project's stored values.
import type { Observation } from '../../shared/model';
import type { PlanevalDb } from './database';
import { StoredProjectValues } from './stored-values';

/** A project's stored values as read: columns for the evaluation at once, objects when asked for. */
export async function readStoredValues(db: PlanevalDb, projectId: string): Promise<StoredProjectValues> {
  // An index lists equal keys in primary-key order: the chunks come in storing order.
  return new StoredProjectValues(projectId, await db.valueChunks.where('projectId').equals(projectId).toArray());
}

/** Every observation of a project, in the order they were stored. */
export async function listObservations(db: PlanevalDb, projectId: string): Promise<Observation[]> {
  return (await readStoredValues(db, projectId)).observations();
}
