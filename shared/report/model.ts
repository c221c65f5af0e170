// The report as a document of blocks: what the preview shows, what the exports write, what the user edits.
import { t, type Language } from '../i18n';
import type { ChartSpec } from './charts';
import type { MathNode } from './math';

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
  /** Include 重点任务推进情况 and its 附件 when the project keeps a task ledger (absent in reports drafted before it). */
  includeTasks?: boolean;
  lang: Language;
  /** Overrides the drafted title. */
  title?: string;
  /** ISO date printed under the title; passed in so that building a report stays deterministic. */
  date: string;
  /** 评估单位 printed on the cover; without it the cover carries a placeholder the evaluator overwrites. */
  unit?: string;
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2;
  text: string;
  /** False for a title the 目录 leaves out: each attachment's under the one entry 附件. */
  inContents?: false;
  /** Starts a page, as 附件 and each attachment do (GB/T 9704 puts an attachment on a page of its own). */
  newPage?: true;
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
  /** Columns whose cells keep each line whole (status words, numbers): the writers widen them to their longest line. */
  noWrap?: number[];
  /** Printed in small type under the table (e.g. what the 示例数据 mark means). */
  notes?: string[];
}

export interface ChartBlock {
  kind: 'chart';
  id: string;
  title: string;
  spec: ChartSpec;
}

/** A formula set on its own line, and the symbols it introduces with their meaning ("式中:x_t——该年的数值"). */
export interface FormulaBlock {
  kind: 'formula';
  id: string;
  math: MathNode[];
  where?: { symbol: MathNode[]; text: string }[];
}

/**
 * A heading with room for the evaluator's own text (对策建议); `text` stays empty until they write it, and until then
 * every format prints placeholderText's 待填写 mark under the heading, never the heading alone.
 */
export interface PlaceholderBlock {
  kind: 'placeholder';
  id: string;
  heading: string;
  text: string;
  /** Lines of room to leave in print while `text` is empty, the 待填写 mark on the first. */
  lines: number;
}

/** What a placeholder prints: the evaluator's text, or the visible 待填写 mark while there is none. */
export function placeholderText(block: PlaceholderBlock, lang: Language): string {
  return block.text.trim() ? block.text : t('reportLayout.pending', lang);
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ChartBlock | FormulaBlock | PlaceholderBlock;

/** A numbered part of the report; its first block is its level-1 heading. */
export interface Section {
  id: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  date: string;
  /** 评估单位; empty, or missing in reports saved before the cover existed, until the evaluator names it (the cover then prints a placeholder). */
  unit?: string;
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
