// The report's figures as a workbook: the scorecard, every observation with its provenance, and the findings.
import * as XLSX from 'xlsx';
import { t, type Language } from '../i18n';
import { valueSetSize, type Evaluation, type Finding, type Plan, type ValueSet } from '../model';

export interface ReportXlsxInput {
  plan: Plan;
  evaluation: Evaluation;
  /** The values the evaluation was made from, every one listed with its provenance. */
  values: ValueSet;
  lang: Language;
}

/** Characters a spreadsheet may read as the start of a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that cannot run as a formula: a leading apostrophe before =, +, -, @, tab or CR. The apostrophe stays visible,
 * which is the point: the reader sees the text was neutralised rather than a silently changed value.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

type Cell = string | number | null;

/** A sheet from rows; text goes through neutraliseFormula, numbers stay numbers (with the given formats per column). */
function sheet(header: string[], rows: Cell[][], formats: (string | undefined)[] = [], widths: number[] = []): XLSX.WorkSheet {
  const aoa = [header, ...rows].map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  formats.forEach((format, col) => {
    if (!format) return;
    for (let r = 1; r <= rows.length; r++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c: col })] as XLSX.CellObject | undefined;
      if (cell?.t === 'n') cell.z = format;
    }
  });
  ws['!cols'] = header.map((_, i) => ({ wch: widths[i] ?? 12 }));
  ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: header.length - 1 } }) };
  return ws;
}

function scorecard(input: ReportXlsxInput): XLSX.WorkSheet {
  const { plan, evaluation, lang } = input;
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const h = (key: string) => t(`report.xlsx.${key}`, lang);
  const header = ['indicatorId', 'indicator', 'category', 'region', 'unit', 'nature', 'baselineYear', 'baseline', 'targetYear', 'comparator', 'target', 'latestYear', 'latest', 'runningSum', 'completion', 'timeProgress', 'pace', 'status', 'score', 'projectionYear', 'projection', 'requiredMethod', 'required', 'trend', 'dataLag', 'redFlag'].map(h);
  const rows = [...evaluation.indicators, ...evaluation.regions].map((r): Cell[] => {
    const indicator = byId.get(r.indicatorId);
    return [
      r.indicatorId,
      indicator?.name ?? r.indicatorId,
      indicator?.category ?? '',
      r.region,
      indicator?.unit ?? '',
      indicator ? t(`report.nature.${indicator.nature}`, lang) : '',
      r.baselineYear,
      r.baseline?.value ?? null,
      r.target?.year ?? null,
      r.target?.comparator ?? '',
      r.target?.value ?? null,
      r.latest?.year ?? null,
      r.latest?.value ?? null,
      r.runningSum,
      r.completion,
      r.timeProgress,
      r.pace,
      t(r.achievedEarly ? 'status.achievedEarly' : `status.${r.status}`, lang),
      r.score,
      r.projection?.year ?? null,
      r.projection?.value ?? null,
      r.required?.method ?? '',
      r.required?.value ?? null,
      r.trend,
      r.dataLag ? h('yes') : '',
      r.redFlag ? h('yes') : '',
    ];
  });
  const formats = [];
  formats[14] = formats[15] = formats[23] = '0.0%';
  formats[16] = '0.00';
  formats[18] = '0.0';
  return sheet(header, rows, formats, [18, 30, 14, 8, 10, 8, 8, 10, 8, 8, 10, 8, 10, 10, 9, 9, 8, 12, 8, 8, 10, 10, 10, 9, 8, 8]);
}

function sources(input: ReportXlsxInput): XLSX.WorkSheet {
  const { plan, values, lang } = input;
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const h = (key: string) => t(`report.xlsx.${key}`, lang);
  const header = ['indicatorId', 'indicator', 'region', 'year', 'value', 'unit', 'file', 'sheet', 'cell', 'rawText', 'importedAt', 'citation', 'fileHash', 'illustrative'].map(h);
  const rows = Array.from({ length: valueSetSize(values) }, (_, position) => values.observationAt(position)).map((o): Cell[] => [
    o.indicatorId,
    byId.get(o.indicatorId)?.name ?? o.indicatorId,
    o.region,
    o.year,
    o.value,
    byId.get(o.indicatorId)?.unit ?? '',
    o.source?.fileName ?? '',
    o.source?.sheet ?? '',
    o.source?.cell ?? '',
    o.source?.rawText ?? '',
    o.source?.importedAt ?? '',
    o.source?.citation ?? '',
    o.source?.fileHash ?? '',
    o.illustrative ? t('common.sampleMark', lang) : '',
  ]);
  return sheet(header, rows, [], [18, 30, 8, 6, 10, 8, 24, 14, 8, 12, 20, 28, 20, 9]);
}

function allFindings(evaluation: Evaluation): Finding[] {
  return [...evaluation.indicators, ...evaluation.regions].flatMap((r) => r.findings).concat(evaluation.findings);
}

function quality(input: ReportXlsxInput): XLSX.WorkSheet {
  const h = (key: string) => t(`report.xlsx.${key}`, input.lang);
  const header = ['findingCode', 'findingType', 'message', 'cells'].map(h);
  const rows = allFindings(input.evaluation).map((f): Cell[] => [
    f.code,
    t(`report.finding.${f.code}`, input.lang),
    f.message,
    f.cells.map((c) => `${c.indicatorId} ${c.region} ${c.year}${c.source?.cell ? ` (${c.source.fileName} ${c.source.sheet}!${c.source.cell})` : ''}`).join('; '),
  ]);
  return sheet(header, rows, [], [20, 14, 80, 50]);
}

/** The workbook: 评估结果 (every indicator and region result), 数据来源 (every observation), 数据质量 (every finding). */
export function writeReportXlsx(input: ReportXlsxInput): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, scorecard(input), t('report.xlsx.sheetScorecard', input.lang));
  XLSX.utils.book_append_sheet(wb, sources(input), t('report.xlsx.sheetSources', input.lang));
  XLSX.utils.book_append_sheet(wb, quality(input), t('report.xlsx.sheetQuality', input.lang));
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
