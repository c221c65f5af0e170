// Freezing a round: the plan, settings and values copied as they are, evaluated once, and sealed by a hash.
import { evaluate } from '../attain';
import { sha256Hex } from '../base';
import type { EvaluationSettings, Observation, Plan } from '../model';
import { canonicalJson } from './canonical';
import { cutoffEnd } from './cutoff';
import { RoundError } from './errors';
import { ROUND_KINDS, type Round, type RoundKind, type RoundTasks } from './model';
import { roundValues, roundValueSet } from './values';

export interface FreezeInput {
  id: string;
  projectId: string;
  name: string;
  kind: RoundKind;
  asOf: number;
  cutoff: string;
  /** The values the round holds, in the engine's order (valuesAtCutoff for a project's stored values). */
  values: readonly Observation[];
  plan: Plan;
  /** The project's settings; the round's as-of year replaces theirs. */
  settings: EvaluationSettings;
  /** The ledger and the progress at the cut-off (progressAtCutoff), when the project keeps a ledger. */
  tasks?: RoundTasks;
  now: Date;
}

const encoder = new TextEncoder();

/** The SHA-256 of everything a round's figures depend on (not its id, project or name, which a copy may change). */
export async function roundHash(round: Omit<Round, 'hash'>): Promise<string> {
  const { kind, asOf, cutoff, frozenAt, inputs, evaluation } = round;
  return sha256Hex(encoder.encode(canonicalJson({ kind, asOf, cutoff, frozenAt, inputs, evaluation })));
}

/** Checks a round's kind, year and cut-off, throwing a RoundError that names what is wrong. */
export function checkRoundFields(kind: string, asOf: number, cutoff: string): void {
  if (!ROUND_KINDS.includes(kind as RoundKind)) throw new RoundError('bad-kind', 'round.error.kind', { value: kind, kinds: ROUND_KINDS.join(', ') });
  if (!Number.isInteger(asOf)) throw new RoundError('bad-year', 'round.error.asOf', { value: String(asOf) });
  cutoffEnd(cutoff);
}

/** Freezes a round; the inputs are copied, so nothing the caller changes afterwards reaches the round. */
export async function freezeRound(input: FreezeInput): Promise<Round> {
  checkRoundFields(input.kind, input.asOf, input.cutoff);
  const plan = structuredClone(input.plan);
  const settings: EvaluationSettings = { ...structuredClone(input.settings), asOf: input.asOf };
  const values = roundValues(input.values);
  const evaluation = evaluate(plan, roundValueSet(values), settings);
  const content = {
    id: input.id,
    projectId: input.projectId,
    name: input.name,
    kind: input.kind,
    asOf: input.asOf,
    cutoff: input.cutoff,
    frozenAt: input.now.toISOString(),
    inputs: { plan, settings, values, ...(input.tasks ? { tasks: structuredClone(input.tasks) } : {}) },
    evaluation,
  };
  return { ...content, hash: await roundHash(content) };
}

/** Whether a round's content still has the hash it was sealed with. */
export async function roundIntact(round: Round): Promise<boolean> {
  return (await roundHash(round)) === round.hash;
}
