// A mapped table keeps its values as columns (the import worker moves them as they are); its drafts, made from
// those columns only when a screen shows them, carry every field of the cell they came from.
import { describe, expect, it } from 'vitest';
import { draftsOf } from '../../../shared/import';
import { detectTables, mapTable, readWorkbook } from '../../../shared/ingest';
import { buildWorkbook, testPlan } from './support';

describe('a mapped table’s values as columns', () => {
  const bytes = buildWorkbook([
    {
      name: '公报',
      rows: [
        ['2023年广州市科技创新主要指标'],
        ['指标', '单位', '2021年', '2022年', '2023年'],
        ['技术合同成交额', '亿元', 2413.08, 2645.5, '3,000.5①'],
        ['高新技术企业数', '家', 12000, 12300, '—'],
      ],
    },
  ]);

  it('hold every value with its cell, footnote and raw text, each text once, and the summary counts them', async () => {
    const workbook = await readWorkbook(bytes, 'gongbao.xlsx');
    const [table] = detectTables(workbook);
    const mapped = mapTable(table!, workbook, testPlan());
    const { values } = mapped;
    // 3 values for 技术合同成交额, 2 for 高新技术企业数 (its '—' is a missing value).
    expect(values.years.length).toBe(5);
    expect(values.indicatorIds.distinct).toEqual(['tech-contracts', 'hitech-firms']);
    expect(values.sheets.distinct).toEqual(['公报']);
    const drafts = draftsOf(values, testPlan());
    expect(drafts.map((d) => d.cell)).toEqual(['C3', 'D3', 'E3', 'C4', 'D4']);
    const flagged = drafts.find((o) => o.cell === 'E3')!;
    expect([flagged.year, flagged.value, flagged.footnote, flagged.rawText, flagged.sheet, flagged.unit]).toEqual([2023, 3000.5, '①', '3,000.5①', '公报', '亿元']);
    expect(drafts.filter((d) => d.footnote !== undefined)).toHaveLength(1);
    expect(mapped.summary).toMatchObject({ values: 5, indicators: 2, regions: 1, years: [2021, 2023], flagged: 1 });
  });
});
