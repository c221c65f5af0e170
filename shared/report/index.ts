// The evaluation report: its model, drafted from one evaluation with its narrative and figures, refreshed without
// losing the evaluator's edits, and written as Word, Excel and HTML; charts arrive as PNG bytes from the platform.
export { buildReport, SAMPLE_MARK } from './build';
export type { BuildReportInput } from './build';
export { CHART_FONT_FAMILY, SERIES_COLORS, STATUS_COLORS, toChartJsConfig } from './charts';
export type { ChartDataset, ChartSpec } from './charts';
export { writeDocx } from './docx';
export { categoryScoreChart, completionChart, rankingChart, seriesChart } from './figures';
export { renderReportHtml } from './html';
export { allBlocks, allCharts, REPORT_TYPES } from './model';
export type { Block, ChartBlock, HeadingBlock, ParagraphBlock, PlaceholderBlock, ReportDocument, ReportOptions, ReportType, Section, TableBlock } from './model';
export { editParagraph, refreshReport } from './refresh';
export { writeReportXlsx } from './xlsx';
export type { ReportXlsxInput } from './xlsx';
