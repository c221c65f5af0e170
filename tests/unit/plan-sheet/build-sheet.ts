// Builds plan sheets in memory for the plan-sheet tests: rows of cells → the bytes of a workbook file.
import * as XLSX from 'xlsx';

export type Row = (string | number | null)[];

export const EN_HEADER = ['id', 'category', 'name', 'unit', 'precision', 'baseline_year', 'baseline_value', 'target_year', 'target_value', 'comparator', 'direction', 'kind', 'nature', 'weight', 'aggregation', 'aliases', 'source'];
export const ZH_HEADER = ['编号', '类别', '指标名称', '单位', '小数位', '基期年', '基期值', '目标年', '目标值', '比较', '方向', '类型', '属性', '权重', '汇总方式', '别名', '数据来源'];

/** A valid English row: R&D intensity 3.1 (2020) → > 3.4 (2025). */
export function validRow(overrides: Partial<Record<string, string | number | null>> = {}): Row {
  const row: Record<string, string | number | null> = {
    id: 'rd-intensity', category: 'Ecosystem', name: 'R&D intensity', unit: '%', precision: 2, baseline_year: 2020, baseline_value: 3.1,
    target_year: 2025, target_value: 3.4, comparator: '>', direction: '+1', kind: 'level', nature: 'expected', weight: 1,
    aggregation: 'none', aliases: 'R&D投入强度', source: 'Statistics Bureau', ...overrides,
  };
  return EN_HEADER.map((column) => row[column] ?? null);
}

/** The workbook bytes of one sheet holding `rows` (null = blank cell), in the given format. */
export function sheetBytes(rows: Row[], bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), 'Plan');
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType }) as ArrayBuffer);
}
