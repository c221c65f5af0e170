// Reading a project's stored values.
import type { Observation } from '../../shared/model';
import type { PlanevalDb } from './database';

/** Every observation of a project, in the order they were stored. */
export async function listObservations(db: PlanevalDb, projectId: string): Promise<Observation[]> {
  return db.observations.where('projectId').equals(projectId).sortBy('id');
}
