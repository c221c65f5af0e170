// Drafting a report in the renderer: the default options, what its figures come from (the data now, or a frozen
// round), and a refresh that keeps edits.
import { evaluate } from '../../../../shared/attain';
import type { Language } from '../../../../shared/i18n';
import type { Evaluation, EvaluationSettings, Plan, ValueSet } from '../../../../shared/model';
import { allBlocks, buildReport, refreshReport, type BuildReportInput, type ReportDocument, type ReportOptions, type ReportTasks } from '../../../../shared/report';
import { diffRounds, roundSource, roundStamp, type Round } from '../../../../shared/round';

/** What a draft is made from: the project's plan, values, settings, ledger and progress as they are now. */
export interface DraftSource {
  plan: Plan;
  values: ValueSet;
  settings: EvaluationSettings;
  /** The project's ledger and progress records; absent when it keeps none. */
  tasks?: ReportTasks;
}

/** Today as an ISO date (YYYY-MM-DD) in local time: the date printed under the title. */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The options the form starts with: a 中期评估报告 of every category, with regions and the task chapter, as of the
 * project's evaluation year.
 */
export function defaultReportOptions(settings: EvaluationSettings, lang: Language, now: Date): ReportOptions {
  return { type: 'midterm', asOf: settings.asOf, categories: 'all', includeRegions: true, includeTasks: true, lang, date: isoDate(now) };
}

/** 'all' when every category of the plan is chosen, otherwise the chosen ones in the plan's order. */
export function categoriesOption(plan: Plan, chosen: ReadonlySet<string>): ReportOptions['categories'] {
  const inOrder = plan.categories.filter((c) => chosen.has(c));
  return inOrder.length === plan.categories.length ? 'all' : inOrder;
}

/** The categories an options value stands for, as a set (for the checkboxes). */
export function chosenCategories(plan: Plan, categories: ReportOptions['categories']): Set<string> {
  return new Set(categories === 'all' ? plan.categories : categories.filter((c) => plan.categories.includes(c)));
}

/** The project's evaluation at the report's year (the rest of the settings as the project has them). */
export function evaluationFor(source: DraftSource, asOf: number): Evaluation {
  return evaluate(source.plan, source.values, { ...source.settings, asOf });
}

/** A report of a frozen round, compared with an earlier round when `earlier` is given (the annex 评估轮次对比). */
export interface RoundBasis {
  round: Round;
  earlier?: Round;
}

/** What a report's figures come from: the project's data as they are now, or a frozen round and nothing else. */
export type ReportBasis = DraftSource | RoundBasis;

/** What of the options decides a report's inputs (the rest shapes only its text). */
export type InputOptions = Pick<ReportOptions, 'asOf' | 'includeTasks'>;

/**
 * The one source of every format of a report: the plan, evaluation, values and task progress its document is drafted
 * from and its workbook is written from. A round's are its stored ones: no evaluation is made and no ledger is read,
 * so no later data or progress can reach them.
 */
export function reportInputs(basis: ReportBasis, options: InputOptions): Omit<BuildReportInput, 'options'> {
  if ('round' in basis) {
    const { round, earlier } = basis;
    const { tasks, ...source } = roundSource(round);
    return { ...source, round: roundStamp(round), ...(earlier ? { diff: diffRounds(earlier, round) } : {}), ...(options.includeTasks && tasks ? { tasks } : {}) };
  }
  const tasks = options.includeTasks ? basis.tasks : undefined;
  return { plan: basis.plan, evaluation: evaluationFor(basis, options.asOf), values: basis.values, ...(tasks ? { tasks } : {}) };
}

/** A fresh draft of the report `options` describe. */
export function draftReport(basis: ReportBasis, options: ReportOptions): ReportDocument {
  return buildReport({ ...reportInputs(basis, options), options });
}

/** The report redrafted from its basis (the data as they are now, or its round), dated `now`, with the user's edits carried over. */
export function redraftReport(previous: ReportDocument, basis: ReportBasis, options: ReportOptions, now: Date): { document: ReportDocument; options: ReportOptions } {
  const dated: ReportOptions = { ...options, date: isoDate(now) };
  return { document: refreshReport(previous, draftReport(basis, dated)), options: dated };
}

/**
 * Whether the document still says what its basis says now: a redraft with the same options, the user's edits carried
 * over, changes nothing. A report of the data now that is not current would write an Excel workbook of other figures
 * than its Word and PDF, so it is refreshed before it is exported; a round's report is always current.
 */
export function draftIsCurrent(doc: ReportDocument, basis: ReportBasis, options: ReportOptions): boolean {
  return JSON.stringify(refreshReport(doc, draftReport(basis, options))) === JSON.stringify(doc);
}

/** The options of a report of `round`: its kind and year, the rest as the form has them. */
export function roundReportOptions(round: Round, options: ReportOptions): ReportOptions {
  return { ...options, type: round.kind, asOf: round.asOf };
}

/** How many paragraphs the user edited, and how many of those were written against figures that have since changed. */
export function editCounts(doc: ReportDocument): { edited: number; stale: number } {
  let edited = 0;
  let stale = 0;
  for (const block of allBlocks(doc)) {
    if (block.kind !== 'paragraph' || !block.edited) continue;
    edited += 1;
    if (block.stale) stale += 1;
  }
  return { edited, stale };
}
