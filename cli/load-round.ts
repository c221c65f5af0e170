// Resolves a --round argument: a round file (.json), or the id or name of a round frozen in the --project file.
import { readFile, stat } from 'node:fs/promises';
import { bilingual } from '../shared/base';
import { readRoundFile, type Round } from '../shared/round';
import { loadProjectFile } from './load-project';

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** The round `spec` names; a spec that is neither a file nor a round of the project is an Error saying which rounds there are. */
export async function loadRound(spec: string, project?: { file: string; id?: string }): Promise<Round> {
  if (await isFile(spec)) return readRoundFile(await readFile(spec, 'utf8'), spec);
  if (!project) throw new Error(bilingual('round.cli.noRoundFile', { spec }));
  const { rounds } = await loadProjectFile(project.file, project.id);
  const round = rounds.find((r) => r.id === spec || r.name === spec);
  if (!round) throw new Error(bilingual('round.cli.noRound', { spec, file: project.file, rounds: rounds.map((r) => `${r.id} ${r.name}`).join('; ') || '—' }));
  return round;
}
