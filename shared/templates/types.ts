// The shapes of data-collection templates: what the evaluator asks for, the files it becomes, and what comes back.
import type { Observation, Plan, ValueColumns } from '../model';
import type { CellFinding, CellOutcome } from '../workbook';

/** One file per department, or one workbook with a sheet per department. */
export type TemplateGrouping = 'per-file' | 'one-workbook';

/** What the evaluator asks the departments for. */
export interface TemplateRequest {
  plan: Plan;
  projectId: string;
  /** Shown when the filled template is imported into another project. */
  projectName: string;
  /** Indicator ids to ask for; rows follow the plan's order. */
  indicators: string[];
  years: number[];
  /** Canonical region names of the plan. */
  regions: string[];
  grouping: TemplateGrouping;
  /** The deadline as the evaluator typed it (e.g. 2024-03-31). */
  deadline?: string;
  /** Who to ask (name, telephone, e-mail), as typed. */
  contact?: string;
  /** Stored values; the year before the first requested year is shown for reference. */
  previousValues: Pick<Observation, 'indicatorId' | 'region' | 'year' | 'value'>[];
  /** frameworkVersion(plan): an import from an older framework is explained. */
  frameworkVersion: string;
  /** ISO 8601 time of generation. */
  createdAt: string;
}

/** One department's request: one data sheet. */
export interface SentTemplate {
  templateId: string;
  department: string;
  /** The name of its data sheet. */
  sheet: string;
  indicatorIds: string[];
  years: number[];
  regions: string[];
}

/** One generated .xlsx file, holding one template (per-file) or all of them (one-workbook). */
export interface TemplateFile {
  fileName: string;
  bytes: Uint8Array;
  templates: SentTemplate[];
}

/** A cell the department fills: one indicator, region and year, with the range its validation allows. */
export interface InputCell {
  cell: string;
  indicatorId: string;
  region: string;
  year: number;
  min?: number;
  max?: number;
}

/** A cell the template wrote and nobody should change (titles, labels, reference values). */
export interface FixedCell {
  cell: string;
  value: string | number;
}

/** An indicator as the template described it, to explain later changes of the framework. */
export interface IndicatorFingerprint {
  id: string;
  name: string;
  unit: string;
  definition: string;
}

/** One template's sheet as the hidden cell map records it. */
export interface TemplateSheetMap extends SentTemplate {
  inputs: InputCell[];
  /** Cells of the notes column (free text, not read as values). */
  notes: string[];
  fixed: FixedCell[];
}

/** What a workbook's hidden `_planeval` sheet says about it. */
export interface TemplateInfo {
  projectId: string;
  projectName: string;
  planId: string;
  frameworkVersion: string;
  createdAt: string;
  deadline: string;
  contact: string;
  indicators: IndicatorFingerprint[];
  templates: TemplateSheetMap[];
}

/** An input cell left empty: a figure the department did not provide. */
export interface NotProvided {
  indicator: string;
  region: string;
  year: number;
  department: string;
  sheet: string;
  cell: string;
}

/** A finding of a template import, with the sheet it is on. */
export type TemplateFinding = CellFinding & { sheet: string };

/** One data sheet as read back. */
export interface TemplateSheetReading {
  sheet: string;
  templateId: string;
  department: string;
  /** A1 range of the data table, header included. */
  range: string;
  headerRow: number;
  /** 0-based rows of the data. */
  dataRows: number[];
  /** Columns of the requested years, by year. */
  yearColumns: { column: number; year: number }[];
  cellOutcomes: Record<string, CellOutcome>;
  /** The values read from the sheet's input cells. */
  values: ValueColumns;
}

/** A filled template read back: values exactly from the input cells, with what is missing and what is wrong. */
export interface TemplateReading {
  info: TemplateInfo;
  notProvided: NotProvided[];
  findings: TemplateFinding[];
  sheets: TemplateSheetReading[];
}
