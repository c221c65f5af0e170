// A project's saved reports: the options they were drafted with and the document with the user's edits; every change
// to one is a change to its project (touchProject).
import { bilingual } from '../../shared/base';
import type { ReportDocument, ReportOptions } from '../../shared/report';
import type { PlanevalDb } from './database';
import { newId } from './ids';
import { touchProject } from './projects';

export interface StoredReport {
  id: string;
  projectId: string;
  options: ReportOptions;
  document: ReportDocument;
  /** The frozen round the report was drafted from: then every figure of it, in every format, comes from that round. */
  roundId?: string;
  /** The earlier round a report of a round is compared with (the annex 评估轮次对比). */
  compareRoundId?: string;
  createdAt: string;
  updatedAt: string;
}

/** A project's reports, most recently changed first. */
export async function listReports(db: PlanevalDb, projectId: string): Promise<StoredReport[]> {
  const rows = await db.reports.where('projectId').equals(projectId).toArray();
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** One report, or undefined when it no longer exists. */
export async function getReport(db: PlanevalDb, id: string): Promise<StoredReport | undefined> {
  return db.reports.get(id);
}

/** Which rounds a report is of and compared with. */
export type ReportRounds = Pick<StoredReport, 'roundId' | 'compareRoundId'>;

/** Stores a newly drafted report (of a round, when `rounds` says so) and returns it. */
export async function createReport(db: PlanevalDb, projectId: string, options: ReportOptions, document: ReportDocument, now: Date = new Date(), rounds: ReportRounds = {}): Promise<StoredReport> {
  const at = now.toISOString();
  const report: StoredReport = { id: newId(), projectId, options: structuredClone(options), document: structuredClone(document), ...structuredClone(rounds), createdAt: at, updatedAt: at };
  await db.transaction('rw', db.projects, db.reports, async () => {
    await db.reports.add(report);
    await touchProject(db, projectId, now);
  });
  return report;
}

/** Saves a report's document (after an edit or a refresh) and, when given, its options; returns the stored row. */
export async function saveReportDocument(
  db: PlanevalDb,
  id: string,
  document: ReportDocument,
  options?: ReportOptions,
  now: Date = new Date(),
): Promise<StoredReport> {
  return db.transaction('rw', db.projects, db.reports, async () => {
    const stored = await db.reports.get(id);
    if (!stored) throw new Error(bilingual('reportUi.error.gone', { id }));
    const saved: StoredReport = { ...stored, document: structuredClone(document), ...(options ? { options: structuredClone(options) } : {}), updatedAt: now.toISOString() };
    await db.reports.put(saved);
    await touchProject(db, stored.projectId, now);
    return saved;
  });
}

/** Deletes a report and returns it, so that the caller can offer to undo with restoreReport. */
export async function deleteReport(db: PlanevalDb, id: string): Promise<StoredReport> {
  return db.transaction('rw', db.projects, db.reports, async () => {
    const stored = await db.reports.get(id);
    if (!stored) throw new Error(bilingual('reportUi.error.gone', { id }));
    await db.reports.delete(id);
    await touchProject(db, stored.projectId);
    return stored;
  });
}

/** Puts a deleted report back exactly as it was (undo). */
export async function restoreReport(db: PlanevalDb, report: StoredReport): Promise<void> {
  await db.transaction('rw', db.projects, db.reports, async () => {
    await db.reports.put(report);
    await touchProject(db, report.projectId);
  });
}

/** Deletes every report of a project (when the project itself is deleted). */
export async function deleteProjectReports(db: PlanevalDb, projectId: string): Promise<number> {
  return db.reports.where('projectId').equals(projectId).delete();
}
