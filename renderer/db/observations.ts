// Reading a project's stored values.
import type { Observation } from '../../shared/model';
import type { PlanevalDb } from './database';
import { readProjectValues } from './value-chunks';

/** Every observation of a project, in the order they were stored. */
export async function listObservations(db: PlanevalDb, projectId: string): Promise<Observation[]> {
  return readProjectValues(db.valueChunks, projectId);
}
