// The report as a document of blocks: what the preview shows, what the exports write, what the user edits.
import type { Language } from '../i18n';
import type { ChartSpec } from './charts';

/** 年度监测报告, 中期评估报告, 总结评估报告. */
export type ReportType = 'annual' | 'midterm' | 'final';
export const REPORT_TYPES: readonly ReportType[] = ['annual', 'midterm', 'final'];

export interface ReportOptions {
  type: ReportType;
  /** The evaluation year the report describes. */
  asOf: number;
  /** Category names to include, in the plan's order, or every category. */
  categories: string[] | 'all';
  /** Include 分区评估 when region data exist. */
  includeRegions: boolean;
  lang: Language;
  /** Overrides the drafted title. */
  title?: string;
  /** ISO date printed under the title; passed in so that building a report stays deterministic. */
  date: string;
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2;
  text: string;
}

/** Drafted prose the user may rewrite; `figures` tells a refresh whether the numbers under it moved. */
export interface ParagraphBlock {
  kind: 'paragraph';
  /** Stable across refreshes, e.g. 'overall.summary', 'indicator.rd-intensity'. */
  id: string;
  /** What is shown and exported: the draft, or the user's edit. */
  text: string;
  /** The text as drafted from the current evaluation. */
  drafted: string;
  /** Fingerprint of the figures the draft states; compared on refresh. */
  figures: string;
  edited: boolean;
  /** Edited, and the figures it was written against have changed since. */
  stale: boolean;
}

export interface TableBlock {
  kind: 'table';
  id: string;
  /** Caption printed above the table, e.g. "表1 主要指标完成情况". */
  title: string;
  header: string[];
  rows: string[][];
  /** The header row repeats on every page the table spans. */
  repeatHeader: true;
  /** Relative column widths (any unit); the writers scale them to the text width. */
  widths?: number[];
  /** Printed in small type under the table (e.g. what the 示例数据 mark means). */
  notes?: string[];
}

export interface ChartBlock {
  kind: 'chart';
  id: string;
  title: string;
  spec: ChartSpec;
}

/** A heading with room for the evaluator's own text (对策建议); `text` stays empty until they write it. */
export interface PlaceholderBlock {
  kind: 'placeholder';
  id: string;
  heading: string;
  text: string;
  /** Blank lines to leave in print while `text` is empty. */
  lines: number;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ChartBlock | PlaceholderBlock;

/** A numbered part of the report; its first block is its level-1 heading. */
export interface Section {
  id: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  date: string;
  lang: Language;
  sections: Section[];
}

/** Every block of a document, in reading order. */
export function allBlocks(doc: ReportDocument): Block[] {
  return doc.sections.flatMap((s) => s.blocks);
}

/** Every chart of a document, in reading order: what a renderer has to draw before exporting. */
export function allCharts(doc: ReportDocument): ChartBlock[] {
  return allBlocks(doc).filter((b): b is ChartBlock => b.kind === 'chart');
}
