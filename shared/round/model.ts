// What a frozen evaluation round (评估轮次) is: its kind, year and cut-off, the inputs it froze and its evaluation.
import { t, type Language } from '../i18n';
import type { ItemProgress, Ledger } from '../ledger';
import type { Evaluation, EvaluationSettings, Plan, ValueColumns } from '../model';

/** 年度监测 (any year), 中期评估, 总结评估: the same words as the report types they are reported in. */
export type RoundKind = 'annual' | 'midterm' | 'final';
export const ROUND_KINDS: readonly RoundKind[] = ['annual', 'midterm', 'final'];

/** The file a value was read from, shared by every value of that file in a round. */
export interface RoundFile {
  fileName: string;
  /** SHA-256 of the file, hex. */
  fileHash: string;
  /** ISO 8601 time of the import (the import batch's date, which the cut-off is compared with). */
  importedAt: string;
}

/**
 * The values a round holds, with their provenance, in the columnar value format: value i was read from
 * files[fileOf[i]]; a value's own citation (or its file's publication) is in extras[i].citation.
 */
export interface RoundValues extends ValueColumns {
  files: RoundFile[];
  fileOf: Uint32Array;
}

/** The project's ledger as it was, and each item's progress records as they stood at the cut-off, up to the as-of year. */
export interface RoundTasks {
  ledger: Ledger;
  progress: ItemProgress[];
}

/** Everything an evaluation is a function of, copied at freezing so that later edits cannot reach it. */
export interface RoundInputs {
  /** The plan as it was, a full copy (framework, targets and any target revisions it carried). */
  plan: Plan;
  /** The settings evaluated with; settings.asOf is the round's as-of year. */
  settings: EvaluationSettings;
  /** Every value that existed at the cut-off for a year up to the as-of year, in the order the engine reads them. */
  values: RoundValues;
  /** The task ledger and its progress, when the project keeps one: the report's chapter 重点任务推进情况 is made from it. */
  tasks?: RoundTasks;
}

/** A frozen round: its identity, its inputs and the evaluation made from them, sealed by a content hash. */
export interface Round {
  id: string;
  projectId: string;
  /** Shown in lists, e.g. 2022年年度监测. */
  name: string;
  kind: RoundKind;
  asOf: number;
  /** 数据截止时点, YYYY-MM-DD: values imported on or before this day (local time of freezing) are in the round. */
  cutoff: string;
  /** ISO 8601 time of freezing. */
  frozenAt: string;
  inputs: RoundInputs;
  evaluation: Evaluation;
  /** SHA-256 (hex) of the round's content: kind, years, cut-off, time of freezing, inputs and evaluation (roundHash). */
  hash: string;
}

/** What a report or a list states about a round, without its inputs. */
export type RoundStamp = Pick<Round, 'id' | 'name' | 'kind' | 'asOf' | 'cutoff' | 'frozenAt' | 'hash'>;

/** The round's stamp. */
export function roundStamp(round: Round): RoundStamp {
  const { id, name, kind, asOf, cutoff, frozenAt, hash } = round;
  return { id, name, kind, asOf, cutoff, frozenAt, hash };
}

/** The name a round is given unless the evaluator names it: 2022年年度监测. */
export function roundName(kind: RoundKind, asOf: number, lang: Language): string {
  return t('round.name', lang, { year: asOf, kind: t(`round.kind.${kind}`, lang) });
}
