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

export type RevisionColumnKey = 'indicator_id' | 'effective_year' | 'comparator' | 'target_value' | 'reason' | 'basis' | 'recorded_at';

/** The columns of the second sheet, 目标调整 (target revisions), one revision per row, in the order written; all required. */
export const REVISION_COLUMNS: readonly { key: RevisionColumnKey; en: string; zh: string }[] = [
  { key: 'indicator_id', en: 'indicator_id', zh: '指标编号' },
  { key: 'effective_year', en: 'effective_year', zh: '生效年份' },
  { key: 'comparator', en: 'comparator', zh: '比较' },
  { key: 'target_value', en: 'target_value', zh: '调整后目标值' },
  { key: 'reason', en: 'reason', zh: '调整原因' },
  { key: 'basis', en: 'basis', zh: '批准依据' },
  { key: 'recorded_at', en: 'recorded_at', zh: '记录时间' },
];

/** Which field of a revision's FieldError lives in which column of the 目标调整 sheet. */
export const REVISION_FIELD_COLUMN: Record<string, RevisionColumnKey> = {
  'revision.target': 'indicator_id',
  'revision.effectiveYear': 'effective_year',
  'revision.comparator': 'comparator',
  'revision.value': 'target_value',
  'revision.lo': 'target_value',
  'revision.hi': 'target_value',
  'revision.reason': 'reason',
  'revision.basis': 'basis',
  'revision.recordedAt': 'recorded_at',
};

const REVISION_BY_HEADER = new Map(REVISION_COLUMNS.flatMap((c) => [[normaliseHeader(c.en), c] as const, [normaliseHeader(c.zh), c] as const]));

/** The revision column a header names, in either language, or undefined. */
export function revisionColumnForHeader(header: string): (typeof REVISION_COLUMNS)[number] | undefined {
  return REVISION_BY_HEADER.get(normaliseHeader(header));
}
