// The columns of a plan sheet, with their English and Chinese headers, and how a header in a file is recognised.

export type ColumnKey =
  | 'id'
  | 'category'
  | 'name'
  | 'unit'
  | 'precision'
  | 'baseline_year'
  | 'baseline_value'
  | 'target_year'
  | 'target_value'
  | 'comparator'
  | 'direction'
  | 'kind'
  | 'nature'
  | 'weight'
  | 'aggregation'
  | 'aliases'
  | 'source'
  | 'definition';

export interface ColumnSpec {
  key: ColumnKey;
  /** The English header, which is also the column key. */
  en: string;
  zh: string;
  /** A sheet without this column is refused; optional columns fall back to defaults. */
  required: boolean;
}

/** In the order writePlanSheet writes them. `definition`/`口径` is beyond the list: it keeps 口径 through a round trip. */
export const COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', en: 'id', zh: '编号', required: true },
  { key: 'category', en: 'category', zh: '类别', required: true },
  { key: 'name', en: 'name', zh: '指标名称', required: true },
  { key: 'unit', en: 'unit', zh: '单位', required: true },
  { key: 'precision', en: 'precision', zh: '小数位', required: false },
  { key: 'baseline_year', en: 'baseline_year', zh: '基期年', required: true },
  { key: 'baseline_value', en: 'baseline_value', zh: '基期值', required: true },
  { key: 'target_year', en: 'target_year', zh: '目标年', required: true },
  { key: 'target_value', en: 'target_value', zh: '目标值', required: true },
  { key: 'comparator', en: 'comparator', zh: '比较', required: true },
  { key: 'direction', en: 'direction', zh: '方向', required: true },
  { key: 'kind', en: 'kind', zh: '类型', required: false },
  { key: 'nature', en: 'nature', zh: '属性', required: false },
  { key: 'weight', en: 'weight', zh: '权重', required: false },
  { key: 'aggregation', en: 'aggregation', zh: '汇总方式', required: false },
  { key: 'aliases', en: 'aliases', zh: '别名', required: false },
  { key: 'source', en: 'source', zh: '数据来源', required: false },
  { key: 'definition', en: 'definition', zh: '口径', required: false },
];

/** Which field of a FieldError (shared/model/validate.ts) lives in which column. */
export const FIELD_COLUMN: Record<string, ColumnKey> = {
  id: 'id',
  name: 'name',
  unit: 'unit',
  category: 'category',
  precision: 'precision',
  'baseline.year': 'baseline_year',
  'baseline.value': 'baseline_value',
  'target.year': 'target_year',
  'target.value': 'target_value',
  'target.lo': 'target_value',
  'target.hi': 'target_value',
  comparator: 'comparator',
  direction: 'direction',
  kind: 'kind',
  nature: 'nature',
  weight: 'weight',
  aggregation: 'aggregation',
};

/** Case, surrounding space, full-width forms and "baseline year" / "baseline-year" spellings do not matter. */
function normaliseHeader(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const BY_HEADER = new Map<string, ColumnSpec>(COLUMNS.flatMap((c) => [[normaliseHeader(c.en), c] as const, [normaliseHeader(c.zh), c] as const]));

/** The column a header names, in either language, or undefined. */
export function columnForHeader(header: string): ColumnSpec | undefined {
  return BY_HEADER.get(normaliseHeader(header));
}
