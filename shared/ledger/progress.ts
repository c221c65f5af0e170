// What an item achieved in one evaluation year: the rating on the one fixed scale, the stage reached, the progress
// text, the reasons and next steps a lagging rating owes, and the evidence files (kept by SHA-256 like imported files).
import { t, type Language } from '../i18n';
import type { FieldError } from '../model';
import { evidenceType } from './evidence';
import { STAGES, type LedgerItem, type Stage, type Verb } from './model';

/** 已完成 / 超序时推进 / 序时推进 / 滞后 / 未启动 / 不再实施, in the order a report lists them. */
export const RATINGS = ['done', 'ahead', 'on-track', 'lagging', 'not-started', 'dropped'] as const;
export type Rating = (typeof RATINGS)[number];

/** Ratings that owe 滞后原因 and 下一步措施. */
export const LAGGING_RATINGS: readonly Rating[] = ['lagging', 'not-started'];

/** A file supporting a rating (佐证材料): its bytes are stored once, by their SHA-256, beside imported spreadsheets. */
export interface Evidence {
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
  name: string;
  /** MIME type, e.g. application/pdf. */
  type: string;
  size: number;
  addedAt: string;
}

export interface ItemProgress {
  itemId: string;
  year: number;
  /** null: not reported (a department's missing answer is never a rating). */
  rating: Rating | null;
  /** 进展情况, in the evaluator's or the department's words. */
  text: string;
  /** The stage reached by the end of the year, for platforms and projects. */
  stage: Stage | null;
  /** 滞后原因: required for 滞后 and 未启动. */
  lagReason: string;
  /** 下一步措施: required for 滞后 and 未启动. */
  nextSteps: string;
  /** Why the item is no longer carried out: required for 不再实施. */
  dropReason: string;
  evidence: Evidence[];
  /** The department that reported it (a filled task sheet), or '' when the evaluator entered it. */
  reportedBy: string;
  updatedAt: string;
}

/**
 * A record as it is kept: with the versions it replaced, oldest first, so that a round frozen later can state the
 * record as it stood at its cut-off (a save replaces a record; its earlier versions stay with it).
 */
export interface KeptProgress extends ItemProgress {
  earlier?: ItemProgress[];
}

/** Only the fields of a record (a stored row carries its project and its earlier versions besides). */
export function progressRecord(p: ItemProgress): ItemProgress {
  const { itemId, year, rating, text, stage, lagReason, nextSteps, dropReason, evidence, reportedBy, updatedAt } = p;
  return { itemId, year, rating, text, stage, lagReason, nextSteps, dropReason, evidence: structuredClone(evidence), reportedBy, updatedAt };
}

/** The earlier versions of a record that replaces `previous`: that one's, then it. */
export function versionsBefore(previous: KeptProgress | undefined): ItemProgress[] | undefined {
  return previous ? [...(previous.earlier ?? []), progressRecord(previous)] : undefined;
}

/** The verbs whose 已完成 needs the stage 建成/挂牌 (or later) reached and at least one evidence file. */
const STAGE_VERBS: readonly Verb[] = ['build'];

/** An empty record for an item and year, to be filled in. */
export function emptyProgress(itemId: string, year: number): ItemProgress {
  return { itemId, year, rating: null, text: '', stage: null, lagReason: '', nextSteps: '', dropReason: '', evidence: [], reportedBy: '', updatedAt: '' };
}

/** The rules a progress record must satisfy before it is saved; keys are in the dictionary (ledger.progress.error.*). */
export function validateProgress(item: LedgerItem, progress: ItemProgress): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, key: string, params: Record<string, string | number> = {}) => errors.push({ field, key, params });
  if (progress.itemId !== item.id) fail('itemId', 'ledger.progress.error.item', { value: progress.itemId });
  if (!Number.isInteger(progress.year)) fail('year', 'ledger.progress.error.year', { value: String(progress.year) });
  if (progress.rating !== null && !RATINGS.includes(progress.rating)) fail('rating', 'ledger.progress.error.rating', { value: String(progress.rating) });
  if (progress.stage !== null && !STAGES.includes(progress.stage)) fail('stage', 'ledger.progress.error.stage', { value: String(progress.stage) });
  if (progress.rating !== null && LAGGING_RATINGS.includes(progress.rating)) {
    if (progress.lagReason.trim() === '') fail('lagReason', 'ledger.progress.error.lagReason');
    if (progress.nextSteps.trim() === '') fail('nextSteps', 'ledger.progress.error.nextSteps');
  }
  if (progress.rating === 'dropped' && progress.dropReason.trim() === '') fail('dropReason', 'ledger.progress.error.dropReason');
  for (const file of progress.evidence) if (evidenceType(file.name) === null) fail('evidence', 'tasks.error.evidenceType', { file: file.name });
  if (progress.rating === 'done' && STAGE_VERBS.includes(item.verb)) {
    const reached = progress.stage !== null && STAGES.indexOf(progress.stage) >= STAGES.indexOf('completed');
    if (!reached) fail('stage', 'ledger.progress.error.doneStage');
    if (progress.evidence.length === 0) fail('evidence', 'ledger.progress.error.doneEvidence');
  }
  return errors;
}

/** How many items of each rating, plus those not reported, among `items` in `year`. */
export function ratingCounts(items: readonly LedgerItem[], progress: readonly ItemProgress[], year: number): Record<Rating | 'unreported', number> {
  const counts = Object.fromEntries([...RATINGS, 'unreported'].map((r) => [r, 0])) as Record<Rating | 'unreported', number>;
  const rated = new Map(progress.filter((p) => p.year === year).map((p) => [p.itemId, p.rating]));
  for (const item of items) counts[rated.get(item.id) ?? 'unreported']++;
  return counts;
}

/**
 * How a record's rating reads wherever it is shown: the rating's label; for a department's missing answer (rating
 * null, reportedBy the department) "<部门>未报送"; without a rating or a department (or a record), 未报送.
 */
export function progressRatingText(progress: ItemProgress | undefined, lang: Language): string {
  if (progress?.rating) return t(`ledger.rating.${progress.rating}`, lang);
  return progress?.reportedBy ? t('tasksReport.notReportedBy', lang, { department: progress.reportedBy }) : t('ledger.rating.unreported', lang);
}
