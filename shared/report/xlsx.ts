// The report's figures as a workbook to print and reuse: the scorecard, every observation with its provenance, the findings.
import * as XLSX from 'xlsx';
import { formatValue } from '../attain';
import { t, type Language } from '../i18n';
import { valueSetSize, type BenchmarkValue, type CellRef, type Evaluation, type Finding, type Indicator, type IndicatorResult, type ObservationInput, type Plan, type ValueSet } from '../model';
import type { RoundStamp } from '../round';
import type { ReportType } from './model';
import type { ReportTasks } from './tasks';
import { evidenceTable, taskChaptersTable, taskItemsTable } from './xlsx-tasks';
import { REVISION_COLUMNS, revisionCells, revisionRows, type RevisionRow } from './revisions';
import { PERCENT, type NumberShape } from './xlsx-format';
import { finishForPrint, printNames } from './xlsx-print';
import { tableSheet, type Cell, type Column, type SheetLayout, type Table } from './xlsx-table';

export interface ReportXlsxInput {
  plan: Plan;
  evaluation: Evaluation;
  /** The values the evaluation was made from, every one listed with its provenance. */
  values: ValueSet;
  /** Named in each sheet's title row: 《…》2023年中期评估. */
  type: ReportType;
  lang: Language;
  /** The frozen round the inputs are, when they are one: named in each title row with its cut-off. */
  round?: RoundStamp;
  /** The ledger and its progress: with them the workbook gains the sheets of the task chapter. */
  tasks?: ReportTasks;
}

/** The sheet's title row: 《plan》2023年中期评估 指标完成情况. */
function title(input: ReportXlsxInput, table: string): string {
  return titleNamed(input, t(`reportXlsx.table.${table}`, input.lang));
}

/** The title row of a table named `table`. */
function titleNamed(input: ReportXlsxInput, table: string): string {
  // The message puts the title marks; a plan named with them already keeps one pair.
  const plan = input.plan.name.replace(/^《(.*)》$/, '$1');
  const text = t(`reportXlsx.title.${input.type}`, input.lang, { plan, year: input.evaluation.asOf, table });
  return input.round ? `${text}${t('round.xlsx.title', input.lang, { name: input.round.name, cutoff: input.round.cutoff })}` : text;
}

/** A column of `header`; numbers shown by `shape` (General without one). */
function col<R>(header: string, value: (row: R) => Cell, shape?: (row: R) => NumberShape | null): Column<R> {
  return { header, value, shape };
}

interface ResultRow {
  result: IndicatorResult;
  indicator: Indicator | undefined;
}

/** The indicator's published precision, for every value in its unit. */
const precisionOf = (indicator: Indicator | undefined): NumberShape | null => (indicator ? { decimals: indicator.precision } : null);

function comparatorWords({ result, indicator }: ResultRow, lang: Language): string {
  const target = result.target;
  if (!target) return '';
  if (target.comparator !== 'range') return t(`reportXlsx.comparator.${target.comparator}`, lang);
  const bound = (value: number | undefined) => formatValue(value ?? target.value, indicator?.precision ?? 0);
  return t('reportXlsx.comparator.range', lang, { lo: bound(target.lo), hi: bound(target.hi) });
}

function scorecard(input: ReportXlsxInput): Table<ResultRow> {
  const { plan, evaluation, lang } = input;
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const h = (key: string) => t(`report.xlsx.${key}`, lang);
  const yes = (flag: boolean) => (flag ? t('report.xlsx.yes', lang) : '');
  const inUnit = ({ indicator }: ResultRow) => precisionOf(indicator);
  const percent = () => PERCENT;
  return {
    title: title(input, 'scorecard'),
    columns: [
      col(h('category'), ({ indicator }) => indicator?.category ?? ''),
      col(h('indicator'), ({ result, indicator }) => indicator?.name ?? result.indicatorId),
      col(h('region'), ({ result }) => result.region),
      col(h('unit'), ({ indicator }) => indicator?.unit ?? ''),
      col(h('nature'), ({ indicator }) => (indicator ? t(`report.nature.${indicator.nature}`, lang) : '')),
      col(h('baseline'), ({ result }) => result.baseline?.value ?? null, inUnit),
      col(h('comparator'), (row) => comparatorWords(row, lang)),
      col(h('target'), ({ result }) => result.target?.value ?? null, inUnit),
      col(h('latestYear'), ({ result }) => result.latest?.year ?? null),
      col(h('latest'), ({ result }) => result.latest?.value ?? null, inUnit),
      col(h('completion'), ({ result }) => result.completion, percent),
      col(h('timeProgress'), ({ result }) => result.timeProgress, percent),
      col(h('status'), ({ result }) => t(result.achievedEarly ? 'status.achievedEarly' : `status.${result.status}`, lang)),
      col(h('score'), ({ result }) => result.score, () => ({ decimals: 1 })),
      col(h('projection'), ({ result }) => result.projection?.value ?? null, inUnit),
      // Compound growth needs a growth rate a year; linear and cumulative an amount a year in the indicator's unit.
      col(h('required'), ({ result }) => result.required?.value ?? null, (row) => (row.result.required?.method === 'cagr' ? PERCENT : inUnit(row))),
    ],
    unprinted: [
      col(t('reportXlsx.kind', lang), ({ indicator }) => (indicator ? t(`reportXlsx.kind.${indicator.kind}`, lang) : '')),
      col(t('reportXlsx.direction', lang), ({ indicator }) => (indicator ? t(`reportXlsx.direction.${indicator.direction}`, lang) : '')),
      col(h('baselineYear'), ({ result }) => result.baselineYear),
      col(h('targetYear'), ({ result }) => result.target?.year ?? null),
      col(h('runningSum'), ({ result }) => result.runningSum, inUnit),
      col(h('pace'), ({ result }) => result.pace, () => ({ decimals: 2 })),
      col(h('projectionYear'), ({ result }) => result.projection?.year ?? null),
      col(h('requiredMethod'), ({ result }) => (result.required ? t(`reportXlsx.method.${result.required.method}`, lang) : '')),
      col(h('trend'), ({ result }) => result.trend, percent),
      col(h('dataLag'), ({ result }) => yes(result.dataLag)),
      col(h('redFlag'), ({ result }) => yes(result.redFlag)),
      col(h('indicatorId'), ({ result }) => result.indicatorId),
    ],
    rows: [...evaluation.indicators, ...evaluation.regions].map((result) => ({ result, indicator: byId.get(result.indicatorId) })),
    // 领域, 指标 and 地区 name the row wherever the reader scrolls.
    frozenColumns: 3,
  };
}

function sources(input: ReportXlsxInput): Table<ObservationInput> {
  const { plan, values, lang } = input;
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const h = (key: string) => t(`report.xlsx.${key}`, lang);
  return {
    title: title(input, 'sources'),
    columns: [
      col(h('indicator'), (o) => byId.get(o.indicatorId)?.name ?? o.indicatorId),
      col(h('region'), (o) => o.region),
      col(h('year'), (o) => o.year),
      col(h('value'), (o) => o.value, (o) => precisionOf(byId.get(o.indicatorId))),
      col(h('unit'), (o) => byId.get(o.indicatorId)?.unit ?? ''),
      col(h('file'), (o) => o.source?.fileName ?? ''),
      col(h('sheet'), (o) => o.source?.sheet ?? ''),
      col(h('cell'), (o) => o.source?.cell ?? ''),
      col(h('rawText'), (o) => o.source?.rawText ?? ''),
      col(h('importedAt'), (o) => o.source?.importedAt ?? ''),
      col(h('citation'), (o) => o.source?.citation ?? ''),
      col(h('illustrative'), (o) => (o.illustrative ? t('common.sampleMark', lang) : '')),
    ],
    unprinted: [col(h('indicatorId'), (o) => o.indicatorId), col(h('fileHash'), (o) => o.source?.fileHash ?? '')],
    rows: Array.from({ length: valueSetSize(values) }, (_, position) => values.observationAt(position)),
    frozenColumns: 0,
  };
}

interface BenchmarkRow {
  indicator: Indicator | undefined;
  indicatorId: string;
  own: IndicatorResult | undefined;
  benchmark: BenchmarkValue;
}

/** Every benchmark value (regions outside the plan) beside the whole area's latest: compared, never judged. */
function benchmarks(input: ReportXlsxInput): Table<BenchmarkRow> {
  const { plan, evaluation, lang } = input;
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const h = (key: string) => t(`report.xlsx.${key}`, lang);
  const inUnit = ({ indicator }: BenchmarkRow) => precisionOf(indicator);
  const whole = plan.regions.find((r) => r.whole)?.name ?? '';
  return {
    title: title(input, 'benchmarks'),
    columns: [
      col(h('indicator'), (row) => row.indicator?.name ?? row.indicatorId),
      col(h('unit'), (row) => row.indicator?.unit ?? ''),
      col(t('reportXlsx.ownLatest', lang, { region: whole }), (row) => row.own?.latest?.value ?? null, inUnit),
      col(t('reportXlsx.ownLatestYear', lang, { region: whole }), (row) => row.own?.latest?.year ?? null),
      col(t('reportXlsx.benchmark', lang), (row) => row.benchmark.region),
      col(h('latest'), (row) => row.benchmark.latest.value, inUnit),
      col(h('latestYear'), (row) => row.benchmark.latest.year),
    ],
    unprinted: [col(h('indicatorId'), (row) => row.indicatorId)],
    rows: evaluation.benchmarks.flatMap((b) =>
      b.entries.map((benchmark) => ({ indicatorId: b.indicatorId, indicator: byId.get(b.indicatorId), own: evaluation.indicators.find((r) => r.indicatorId === b.indicatorId), benchmark })),
    ),
    frozenColumns: 1,
  };
}

/** Every target revision with its basis, the plan's target beside the revised one (指标动态调整). */
function revisions(input: ReportXlsxInput, rows: RevisionRow[]): Table<RevisionRow> {
  const h = (key: string) => t(`revision.report.col.${key}`, input.lang);
  return {
    title: title(input, 'revisions'),
    columns: [
      ...REVISION_COLUMNS.map((key, c) => col<RevisionRow>(h(key), (row) => (key === 'effectiveYear' ? row.revision.effectiveYear : revisionCells(row, input.lang)[c]))),
      col(h('recordedAt'), (row) => row.revision.recordedAt.slice(0, 10)),
    ],
    unprinted: [col(t('report.xlsx.indicatorId', input.lang), (row) => row.indicator.id)],
    rows,
    frozenColumns: 1,
  };
}

function allFindings(evaluation: Evaluation): Finding[] {
  return [...evaluation.indicators, ...evaluation.regions].flatMap((r) => r.findings).concat(evaluation.findings);
}

/** "rd-intensity 全市 2023（公报.xlsx 表1!B3）": a value a finding cites, with its file and cell when it has them. */
function cellReference(c: CellRef, lang: Language): string {
  const value = `${c.indicatorId} ${c.region} ${c.year}`;
  return c.source?.cell ? t('report.withAside', lang, { text: value, aside: `${c.source.fileName} ${c.source.sheet}!${c.source.cell}` }) : value;
}

function quality(input: ReportXlsxInput): Table<Finding> {
  const h = (key: string) => t(`report.xlsx.${key}`, input.lang);
  return {
    title: title(input, 'quality'),
    columns: [
      col(h('findingType'), (f) => t(`report.finding.${f.code}`, input.lang)),
      col(h('message'), (f) => f.message),
      col(h('cells'), (f) => f.cells.map((c) => cellReference(c, input.lang)).join(t('common.sep.clause', input.lang))),
    ],
    unprinted: [col(h('findingCode'), (f) => f.code)],
    rows: allFindings(input.evaluation),
    frozenColumns: 0,
  };
}

/**
 * The workbook: 评估结果 (every indicator and region result), 数据来源 (every observation), 数据质量 (every finding),
 * 对标比较 when there are benchmarks, 目标调整 when there are revisions, and with the ledger its items, their counts
 * by chapter and the evidence files.
 */
export function writeReportXlsx(input: ReportXlsxInput): Uint8Array {
  const wb = XLSX.utils.book_new();
  const names: XLSX.DefinedName[] = [];
  const layouts: SheetLayout[] = [];
  const append = <R>(key: string, table: Table<R>) => {
    const name = t(key, input.lang);
    const { sheet, layout } = tableSheet(table);
    XLSX.utils.book_append_sheet(wb, sheet, name);
    names.push(...printNames(name, layouts.length, layout));
    layouts.push(layout);
  };
  append('report.xlsx.sheetScorecard', scorecard(input));
  append('report.xlsx.sheetSources', sources(input));
  append('report.xlsx.sheetQuality', quality(input));
  // Only a project that kept benchmarks (regions outside the plan) has this sheet.
  if (input.evaluation.benchmarks.length > 0) append('report.xlsx.sheetBenchmarks', benchmarks(input));
  // Only a plan with target revisions has this sheet.
  const revised = revisionRows(input.plan.indicators, input.evaluation.asOf);
  if (revised.length > 0) append('report.xlsx.sheetRevisions', revisions(input, revised));
  if (input.tasks) {
    const named = (table: string) => titleNamed(input, table);
    append('tasksReport.xlsx.sheetItems', taskItemsTable(input.tasks, input.evaluation.asOf, input.lang, named));
    append('tasksReport.xlsx.sheetChapters', taskChaptersTable(input.tasks, input.evaluation.asOf, input.lang, named));
    append('tasksReport.xlsx.sheetEvidence', evidenceTable(input.tasks, input.evaluation.asOf, input.lang, named));
  }
  wb.Workbook = { Names: names };
  const written = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  return finishForPrint(written, layouts, t('reportXlsx.footer', input.lang));
}
