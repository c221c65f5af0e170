// The data-collection templates a project sent (schema version 2, table `templates`): what was asked of whom and when,
// so the tracker can tell which came back (import batches carry the template ids they read).
import type { Table } from 'dexie';
import type { SentTemplate } from '../../shared/templates';
import type { PlanevalDb } from './database';

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
}

function templatesTable(db: PlanevalDb): Table<SentTemplateRow, string> {
  return db.table<SentTemplateRow, string>('templates');
}

/** Records templates that were saved for sending. */
export async function recordSentTemplates(db: PlanevalDb, rows: SentTemplateRow[]): Promise<void> {
  await templatesTable(db).bulkPut(rows);
}

/** A project's sent templates, newest first. */
export async function listSentTemplates(db: PlanevalDb, projectId: string): Promise<SentTemplateRow[]> {
  const rows = await templatesTable(db).where('projectId').equals(projectId).toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
