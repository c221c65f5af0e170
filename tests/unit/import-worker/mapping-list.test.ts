// What went where, as the wizard lists it beside the preview: every source row, column or title with its cell and
// the indicator its values went to, or why none did, read from the same analysis the import stores; and the rows or
// columns each entry highlights.
import { describe, expect, it } from 'vitest';
import { packTables, unpackTables } from '../../../renderer/workers/analysed-message';
import type { SheetPreview, WizardTable } from '../../../renderer/workers/import-client';
import { mappingEntries, type MappingEntry } from '../../../renderer/src/screens/import/mapping-list';
import { ImportSession } from '../../../shared/import';
import type { MapOptions, TableOverrides } from '../../../shared/ingest';
import { cellText } from '../../../shared/workbook';
import { buildWorkbook, testPlan, type Cell } from '../ingest/support';

/** One sheet analysed as the import worker does and handed over as the wizard receives it, with its preview. */
async function analysed(rows: Cell[][], options: MapOptions = {}, overrides: TableOverrides = {}, previewRows = 400): Promise<{ tables: WizardTable[]; preview: SheetPreview }> {
  const session = await ImportSession.open(buildWorkbook([{ name: '表', rows }]), 'test.xlsx');
  const { tables, transfer } = packTables(session.analyse(testPlan(), overrides, options));
  const grid = session.visibleSheets()[0]!;
  const preview = { name: grid.name, rowCount: grid.rowCount, columnCount: grid.columnCount, rows: grid.rows.slice(0, previewRows).map((row) => Array.from({ length: grid.columnCount }, (_, c) => cellText(row?.[c]))) };
  return { tables: unpackTables(structuredClone(tables, { transfer })), preview };
}

/** An entry in one line: cell, label, and the indicator with its count or the reason. */
const line = (e: MappingEntry) => `${e.cell} ${e.label ?? '(outside)'} → ${e.indicatorId ? `${e.indicatorId} ×${e.values}` : e.reason}`;

const GONGBAO: Cell[][] = [
  ['2023年主要科技指标'],
  ['指标', '单位', '2021年', '2022年', '2023年'],
  ['技术合同成交金额', '亿元', 2413.08, 2645.5, 3000.5],
  ['全社会研发经费占比', '%', 3.12, 3.26, 3.43],
  // 亿元 cannot be converted to the indicator's 家: no value is read from the row.
  ['高新技术企业数', '亿元', 1, 2, 3],
  ['R&D投入强度', '%', 3.1, '', 3.4],
];

describe('indicators × years: one entry per named row', () => {
  it('says which row went to which indicator, with how many values, and why a row went nowhere', async () => {
    const { tables, preview } = await analysed(GONGBAO);
    expect(tables.map((t) => t.table.layout)).toEqual(['indicators-by-years']);
    expect(mappingEntries(tables[0]!, preview).map(line)).toEqual([
      'A3 技术合同成交金额 → tech-contracts ×3',
      'A4 全社会研发经费占比 → name',
      'A5 高新技术企业数 → values',
      'A6 R&D投入强度 → rd-intensity ×2',
    ]);
  });

  it('follows the user’s choice for a name the plan did not know', async () => {
    const { tables, preview } = await analysed(GONGBAO, { decisions: { 全社会研发经费占比: 'rd-intensity' } });
    expect(mappingEntries(tables[0]!, preview).map(line)).toContain('A4 全社会研发经费占比 → rd-intensity ×3');
  });

  it('highlights the whole row across the table', async () => {
    const { tables, preview } = await analysed(GONGBAO);
    const [first] = mappingEntries(tables[0]!, preview);
    expect(first).toMatchObject({ axis: 'row', areas: [{ top: 2, bottom: 2, left: 0, right: 4 }] });
  });

  it('lists a row outside the preview window by its cell, without a label, when it gave values', async () => {
    const { tables, preview } = await analysed(GONGBAO, {}, {}, 4);
    expect(mappingEntries(tables[0]!, preview).map(line)).toEqual(['A3 技术合同成交金额 → tech-contracts ×3', 'A4 全社会研发经费占比 → name', 'A6 (outside) → rd-intensity ×2']);
  });

  it('lists nothing for a table the user left out', async () => {
    const { tables, preview } = await analysed(GONGBAO, {}, { '表!1': { skip: true } });
    expect(tables[0]!.mapped).toBeUndefined();
    expect(mappingEntries(tables[0]!, preview)).toEqual([]);
  });
});

describe('regions × indicators: one entry per indicator column', () => {
  it('labels each column by its header and highlights the column from the header down', async () => {
    const { tables, preview } = await analysed([
      ['2022年各区科技指标'],
      ['地区', 'R&D投入强度(%)', '孵化器数量(个)', '高新技术企业数(家)'],
      ['黄埔区', 5.6, 12, 2000],
      ['天河区', 3.1, 20, ''],
    ]);
    expect(tables[0]!.table.layout).toBe('regions-by-indicators');
    const entries = mappingEntries(tables[0]!, preview);
    expect(entries.map(line)).toEqual(['B2 R&D投入强度(%) → rd-intensity ×2', 'C2 孵化器数量(个) → name', 'D2 高新技术企业数(家) → hitech-firms ×1']);
    expect(entries[2]).toMatchObject({ axis: 'column', areas: [{ top: 1, bottom: 3, left: 3, right: 3 }] });
  });
});

describe('a table of one indicator: one entry for the whole table', () => {
  const DISTRICTS: Cell[][] = [['全社会研发经费占比'], ['单位:%'], ['地区', '2022年', '2023年'], ['全市', 3.26, 3.45], ['黄埔区', 5.61, 5.87]];

  it('names the title cell, and the indicator every value went to once the name is decided', async () => {
    const unknown = await analysed(DISTRICTS);
    expect(unknown.tables[0]!.table.layout).toBe('regions-by-years');
    expect(mappingEntries(unknown.tables[0]!, unknown.preview).map(line)).toEqual(['A1 全社会研发经费占比 → name']);
    const decided = await analysed(DISTRICTS, { decisions: { 全社会研发经费占比: 'rd-intensity' } });
    const [entry] = mappingEntries(decided.tables[0]!, decided.preview);
    expect(line(entry!)).toBe('A1 全社会研发经费占比 → rd-intensity ×4');
    expect(entry).toMatchObject({ axis: 'table', areas: [{ top: 2, bottom: 4, left: 0, right: 2 }] });
  });
});

describe('a long table: one entry per indicator its names went to, and per unknown name', () => {
  it('finds each indicator at its first row and highlights every preview row of that name', async () => {
    const { tables, preview } = await analysed([
      ['指标', '地区', '年份', '数值'],
      ['R&D投入强度', '全市', 2022, 3.26],
      ['R&D投入强度', '黄埔区', 2022, 5.61],
      ['某新指标', '全市', 2022, 1],
      ['高新技术企业数', '全市', 2022, 12000],
      ['R&D投入强度', '全市', 2023, 3.43],
    ]);
    expect(tables[0]!.table.layout).toBe('long');
    const entries = mappingEntries(tables[0]!, preview);
    expect(entries.map(line)).toEqual(['A2 R&D投入强度 → rd-intensity ×3', 'A4 某新指标 → name', 'A5 高新技术企业数 → hitech-firms ×1']);
    expect(entries[0]!.areas).toEqual([
      { top: 1, bottom: 2, left: 0, right: 3 },
      { top: 5, bottom: 5, left: 0, right: 3 },
    ]);
  });
});
