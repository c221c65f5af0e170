// Reads a project file (the app's project copy or a whole .planeval backup) for the round commands: the project, its
// plan, settings, stored values in the engine's order, import batches, its ledger with its progress records, and the
// rounds frozen in the app.
import { readFile } from 'node:fs/promises';
import { readBackup } from '../shared/backup';
import { bilingual } from '../shared/base';
import type { KeptProgress, Ledger } from '../shared/ledger';
import type { ImportBatch, Observation, Project } from '../shared/model';
import { builtinLedger } from '../shared/plans';
import { roundFromRow, type Round } from '../shared/round';

export interface ProjectFile {
  file: string;
  project: Project;
  /** In the order the app's engine reads them: by value id. */
  values: Observation[];
  batches: ImportBatch[];
  /** The project's rounds, oldest first. */
  rounds: Round[];
  /** Its ledger (a project on a built-in plan that never opened its ledger has the built-in one) and progress records. */
  tasks: { ledger: Ledger; progress: KeptProgress[] } | null;
}

/** The project `projectId` names (an id or a name) in the backup at `file`, or its only project. */
export async function loadProjectFile(file: string, projectId?: string): Promise<ProjectFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new Error(`${bilingual('cli.error.cannotOpenData', { path: file })}: ${(error as Error).message}`);
  }
  const backup = await readBackup(bytes, { fileName: file });
  const projects = (backup.tables.projects ?? []) as Project[];
  const chosen = projectId === undefined ? (projects.length === 1 ? projects[0] : undefined) : projects.find((p) => p.id === projectId || p.name === projectId);
  if (!chosen) {
    const list = projects.map((p) => `${p.id} ${p.name}`).join('; ');
    throw new Error(projectId === undefined ? bilingual('round.cli.chooseProject', { file, projects: list }) : bilingual('round.cli.noProject', { file, id: projectId, projects: list }));
  }
  const mine = <T extends { projectId: string }>(rows: unknown[] | undefined) => ((rows ?? []) as T[]).filter((r) => r.projectId === chosen.id);
  const values = mine<Observation>(backup.tables.observations).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const rounds: Round[] = [];
  for (const row of mine<Round>(backup.tables.rounds)) rounds.push(await roundFromRow(row, file));
  rounds.sort((a, b) => a.frozenAt.localeCompare(b.frozenAt));
  const ledger = mine<{ projectId: string; ledger: Ledger }>(backup.tables.ledgers)[0]?.ledger ?? builtinLedger(chosen.plan.id);
  const tasks = ledger ? { ledger, progress: mine<KeptProgress & { projectId: string }>(backup.tables.progress) } : null;
  return { file, project: chosen, values, batches: mine<ImportBatch>(backup.tables.batches), rounds, tasks };
}
