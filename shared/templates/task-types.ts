// The shapes of task progress templates: what the evaluator asks the departments about the ledger's items in one
// year, the cells each item's answer goes in, and the progress records that come back.
import type { ItemProgress, Ledger } from '../ledger';
import type { Plan } from '../model';
import type { FixedCell, TemplateFinding } from './types';

/** What the evaluator asks for: this year's progress of the ledger's items, last year's shown beside it. */
export interface TaskTemplateRequest {
  plan: Plan;
  ledger: Ledger;
  projectId: string;
  projectName: string;
  /** The year whose progress the departments report. */
  year: number;
  /** Item ids to ask about, in the ledger's order; every item without it. */
  items?: string[];
  /** Stored records; those of the year before are shown read-only. */
  previous: readonly ItemProgress[];
  deadline?: string;
  contact?: string;
  /** ISO 8601 time of generation. */
  createdAt: string;
}

/** The written workbook and the department sheets it holds. */
export interface TaskTemplateFile {
  fileName: string;
  bytes: Uint8Array;
  sheets: { templateId: string; department: string; sheet: string; itemIds: string[] }[];
}

/** The input cells of one item's answer, by the field of ItemProgress each fills. */
export const TASK_FIELDS = ['rating', 'stage', 'text', 'lagReason', 'nextSteps', 'dropReason'] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

export interface TaskInputRow {
  itemId: string;
  cells: Record<TaskField, string>;
}

/** One department's task sheet as the hidden cell map records it. */
export interface TaskSheetMap {
  templateId: string;
  department: string;
  sheet: string;
  rows: TaskInputRow[];
  fixed: FixedCell[];
}

/** What a task template's hidden sheet says about it. */
export interface TaskTemplateInfo {
  projectId: string;
  projectName: string;
  planId: string;
  /** ledgerVersion of the ledger the template was made from. */
  ledgerVersion: string;
  createdAt: string;
  deadline: string;
  contact: string;
  year: number;
  sheets: TaskSheetMap[];
}

/** An item whose department gave no rating: "<部门>未报送", never a rating. */
export interface NotReported {
  itemId: string;
  department: string;
  sheet: string;
  /** The rating cell left empty. */
  cell: string;
}

/** A filled task template read back: one record per answered or unanswered item, what is missing and what is wrong. */
export interface TaskTemplateReading {
  info: TaskTemplateInfo;
  /** Records that pass validateProgress, unanswered items among them (rating null, reportedBy the department). */
  progress: ItemProgress[];
  notReported: NotReported[];
  /** Answers refused (named by sheet and cell, their record not taken) and edits outside the input cells. */
  findings: TemplateFinding[];
}
