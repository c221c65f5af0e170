// A Plan → an .xlsx plan sheet in the format parsePlanSheet reads, with Chinese or English headers and words.
import * as XLSX from 'xlsx';
import { t, type Language } from '../i18n';
import type { Indicator, Plan } from '../model';
import { COLUMNS, type ColumnKey } from './columns';
import { WRITTEN_WORDS } from './cell-values';
import { revisionSheet, revisionSheetName } from './revisions-sheet';

const ALIAS_SEPARATOR: Record<Language, string> = { zh: '；', en: '; ' };

/**
 * The plan's indicators, one per row, every column written (precision included, so nothing is inferred on reading
 * back), and, when any indicator has target revisions, the sheet 目标调整 with them.
 */
export function writePlanSheet(plan: Plan, lang: Language): Uint8Array {
  const header = COLUMNS.map((column) => column[lang]);
  const rows = plan.indicators.map((indicator) => COLUMNS.map((column) => cellValue(indicator, column.key, lang)));
  const sheet = XLSX.utils.aoa_to_sheet([header, ...rows]);
  sheet['!cols'] = COLUMNS.map((column) => ({ wch: column.key === 'name' || column.key === 'aliases' ? 36 : 12 }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, t('plan.sheet.name', lang));
  const revisions = revisionSheet(plan, lang);
  if (revisions) XLSX.utils.book_append_sheet(workbook, revisions, revisionSheetName(lang));
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

function cellValue(indicator: Indicator, key: ColumnKey, lang: Language): string | number | null {
  const { baseline, target } = indicator;
  switch (key) {
    case 'id':
    case 'category':
    case 'name':
    case 'unit':
    case 'source':
      return indicator[key];
    case 'definition':
      return indicator.definition ?? null;
    case 'precision':
      return indicator.precision;
    case 'baseline_year':
      return baseline?.year ?? null;
    case 'baseline_value':
      return baseline?.value ?? null;
    case 'target_year':
      return target?.year ?? null;
    case 'target_value':
      if (!target) return null;
      return target.comparator === 'range' ? `${target.lo}~${target.hi}` : target.value;
    case 'comparator':
      return target?.comparator ?? null;
    case 'direction':
      return WRITTEN_WORDS.direction[lang][indicator.direction];
    case 'kind':
      return WRITTEN_WORDS.kind[lang][indicator.kind];
    case 'nature':
      return WRITTEN_WORDS.nature[lang][indicator.nature];
    case 'weight':
      return indicator.weight;
    case 'aggregation':
      return indicator.aggregation;
    case 'aliases':
      return indicator.aliases.join(ALIAS_SEPARATOR[lang]);
  }
}
