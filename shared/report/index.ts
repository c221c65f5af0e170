// The evaluation report: its model, drafted from one evaluation with its narrative and figures, refreshed without
// losing the evaluator's edits, and written as Word, Excel and HTML; charts arrive as PNG bytes from the platform.
export { buildReport, SAMPLE_MARK } from './build';
export type { BuildReportInput } from './build';
export type { ReportTasks } from './tasks';
export { CHART_FONT_FAMILY, SERIES_COLORS, STATUS_COLORS, toChartJsConfig } from './charts';
export type { ChartDataset, ChartSpec, LegendEntry } from './charts';
export { cover } from './cover';
export type { Cover } from './cover';
export { writeDocx } from './docx';
export { categoryScoreChart, completionChart, rankingChart, seriesChart } from './figures';
export { renderReportHtml } from './html';
export type { MathNode } from './math';
export { mathMl } from './mathml';
export type { MathMlElement } from './mathml';
export { allBlocks, allCharts, placeholderText, REPORT_TYPES } from './model';
export type { Block, ChartBlock, FormulaBlock, HeadingBlock, ParagraphBlock, PlaceholderBlock, ReportDocument, ReportOptions, ReportType, Section, TableBlock } from './model';
export { editParagraph, refreshReport } from './refresh';
export { roundFigureCells } from './round-annex';

export { columnShares } from './table-widths';
export { writeReportXlsx } from './xlsx';
export type { ReportXlsxInput } from './xlsx';
