// The data-collection templates a project sent (schema version 2, table `templates`): what was asked of whom and when,
// so the tracker can tell which came back (import batches carry the template ids they read).
import type { SentTemplate } from '../../shared/templates';
import type { PlanevalDb } from './database';
import { touchProject } from './projects';

/** One department's template as sent. */
export interface SentTemplateRow extends SentTemplate {
  /** The template id. */
  id: string;
  projectId: string;
  fileName: string;
  deadline: string;
  contact: string;
  /** ISO 8601 time of generation. */
  createdAt: string;
  /** A task progress sheet's ledger items (its indicators, regions are empty, its one year in years); absent otherwise. */
  itemIds?: string[];
}

/** Records templates that were saved for sending. */
export async function recordSentTemplates(db: PlanevalDb, rows: SentTemplateRow[]): Promise<void> {
  await db.transaction('rw', db.projects, db.templates, async () => {
    await db.templates.bulkPut(rows);
    for (const projectId of new Set(rows.map((r) => r.projectId))) await touchProject(db, projectId);
  });
}

/** A project's sent templates, newest first. */
export async function listSentTemplates(db: PlanevalDb, projectId: string): Promise<SentTemplateRow[]> {
  const rows = await db.templates.where('projectId').equals(projectId).toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
