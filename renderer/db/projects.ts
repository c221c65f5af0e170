// Evaluation projects in storage: list, create, rename, duplicate, delete, and save plan or settings edits.
import { bilingual } from '../../shared/base';
import { defaultSettings, type EvaluationSettings, type Plan, type Project } from '../../shared/model';
import type { PlanevalDb } from './database';
import { newId } from './ids';
import { seedLedgerRow } from './ledger-seed';
import { readProjectValues, storeValues } from './value-chunks';

export interface NewProject {
  name: string;
  plan: Plan;
  settings?: EvaluationSettings;
  sample?: boolean;
}

/** The evaluation year a new project starts with: last year, kept inside the plan period. */
export function defaultAsOf(plan: Plan, now: Date = new Date()): number {
  return Math.max(plan.period.start, Math.min(plan.period.end, now.getFullYear() - 1));
}

/** All projects, most recently changed first. */
export async function listProjects(db: PlanevalDb): Promise<Project[]> {
  return db.projects.orderBy('updatedAt').reverse().toArray();
}

/** One project, or undefined when it no longer exists. */
export async function getProject(db: PlanevalDb, id: string): Promise<Project | undefined> {
  return db.projects.get(id);
}

/** Builds a project row (not yet stored). */
export function makeProject(input: NewProject, now: Date = new Date()): Project {
  const at = now.toISOString();
  return {
    id: newId(),
    name: input.name,
    plan: structuredClone(input.plan),
    settings: input.settings ?? defaultSettings(defaultAsOf(input.plan, now)),
    createdAt: at,
    updatedAt: at,
    ...(input.sample ? { sample: true } : {}),
    mappingDecisions: {},
  };
}

/** Stores a new project, with its copy of the plan's built-in ledger when the plan has one, and returns it. */
export async function createProject(db: PlanevalDb, input: NewProject): Promise<Project> {
  const project = makeProject(input);
  const ledger = seedLedgerRow(project);
  await db.transaction('rw', db.projects, db.ledgers, async () => {
    await db.projects.add(project);
    if (ledger) await db.ledgers.add(ledger);
  });
  return project;
}

/**
 * Marks a project changed at `at`: every write of a project's data (its values, imports, reports, sent templates)
 * calls it inside its own transaction, which must include db.projects, so that 最后修改 on the start screen is the
 * time of the last change to anything in the project.
 */
export async function touchProject(db: PlanevalDb, id: string, at: Date = new Date()): Promise<void> {
  await db.projects.update(id, { updatedAt: at.toISOString() });
}

async function change(db: PlanevalDb, id: string, changes: Partial<Project>): Promise<void> {
  const updated = await db.projects.update(id, { ...changes, updatedAt: new Date().toISOString() });
  if (updated === 0) throw new Error(bilingual('ui.error.projectGone', { id }));
}

/** Renames a project. */
export async function renameProject(db: PlanevalDb, id: string, name: string): Promise<void> {
  await change(db, id, { name });
}

/** Saves the project's edited plan (the framework). */
export async function updatePlan(db: PlanevalDb, id: string, plan: Plan): Promise<void> {
  await change(db, id, { plan: structuredClone(plan) });
}

/** Saves the project's evaluation settings. */
export async function updateSettings(db: PlanevalDb, id: string, settings: EvaluationSettings): Promise<void> {
  await change(db, id, { settings: structuredClone(settings) });
}

/**
 * Copies a project with its batches, observations, reports, rounds, sent-template records, ledger and progress under
 * new ids, in one transaction (evidence files are shared by hash, as original files are).
 */
export async function duplicateProject(db: PlanevalDb, id: string, name: string): Promise<Project> {
  return db.transaction('rw', [db.projects, db.batches, db.valueChunks, db.reports, db.templates, db.rounds, db.ledgers, db.progress], async () => {
    const original = await db.projects.get(id);
    if (!original) throw new Error(bilingual('ui.error.projectGone', { id }));
    const at = new Date().toISOString();
    const copy: Project = { ...structuredClone(original), id: newId(), name, createdAt: at, updatedAt: at };
    await db.projects.add(copy);
    const batchIds = new Map<string, string>();
    const batches = await db.batches.where('projectId').equals(id).toArray();
    await db.batches.bulkAdd(
      batches.map((b) => {
        const batchId = newId();
        batchIds.set(b.id, batchId);
        return { ...structuredClone(b), id: batchId, projectId: copy.id, replaced: b.replaced.map((o) => ({ ...o, projectId: copy.id })) };
      }),
    );
    const observations = await readProjectValues(db.valueChunks, id);
    await storeValues(
      db.valueChunks,
      observations.map(({ id: _oldId, ...o }) => ({ ...o, projectId: copy.id, batchId: batchIds.get(o.batchId) ?? o.batchId })),
    );
    // A round's hash does not cover its id or project: the copy keeps its content, and so its hash, under new ids.
    const roundIds = new Map<string, string>();
    const rounds = await db.rounds.where('projectId').equals(id).toArray();
    await db.rounds.bulkAdd(
      rounds.map((r) => {
        const roundId = newId();
        roundIds.set(r.id, roundId);
        return { ...r, id: roundId, projectId: copy.id };
      }),
    );
    const reports = await db.reports.where('projectId').equals(id).toArray();
    await db.reports.bulkAdd(reports.map((r) => ({ ...structuredClone(r), id: newId(), projectId: copy.id, ...(r.roundId ? { roundId: roundIds.get(r.roundId) } : {}), ...(r.compareRoundId ? { compareRoundId: roundIds.get(r.compareRoundId) } : {}) })));
    const templates = await db.templates.where('projectId').equals(id).toArray();
    await db.templates.bulkAdd(templates.map((r) => ({ ...structuredClone(r), id: newId(), projectId: copy.id })));
    const ledger = await db.ledgers.get(id);
    if (ledger) await db.ledgers.add({ ...structuredClone(ledger), projectId: copy.id });
    const progress = await db.progress.where('projectId').equals(id).toArray();
    await db.progress.bulkAdd(progress.map((p) => ({ ...structuredClone(p), projectId: copy.id })));
    return copy;
  });
}

/** Deletes a project with all its observations, import batches, reports, rounds, sent-template records, ledger and progress, in one transaction. */
export async function deleteProject(db: PlanevalDb, id: string): Promise<void> {
  await db.transaction('rw', [db.projects, db.batches, db.valueChunks, db.reports, db.templates, db.rounds, db.ledgers, db.progress], async () => {
    await db.rounds.where('projectId').equals(id).delete();
    await db.ledgers.delete(id);
    await db.progress.where('projectId').equals(id).delete();
    await db.valueChunks.where('projectId').equals(id).delete();
    await db.batches.where('projectId').equals(id).delete();
    await db.reports.where('projectId').equals(id).delete();
    await db.templates.where('projectId').equals(id).delete();
    await db.projects.delete(id);
  });
}
