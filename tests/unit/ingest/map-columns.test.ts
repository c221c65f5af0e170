// A mapped table keeps its values as columns (the import worker moves them as they are); its drafts, made from
// those columns when read, carry every field of the cell they came from.
import { describe, expect, it } from 'vitest';
import { detectTables, mapTable, readWorkbook } from '../../../shared/ingest';
import { appendDrafts } from '../../../shared/ingest/map/observation-columns';
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

  it('hold the same values as the drafts, footnote and raw text included, and the summary counts them', async () => {
    const workbook = await readWorkbook(bytes, 'gongbao.xlsx');
    const [table] = detectTables(workbook);
    const mapped = mapTable(table!, workbook, testPlan());
    const columns = mapped.observationColumns!;
    const fromColumns: typeof mapped.observations = [];
    appendDrafts(columns, 0, columns.count, fromColumns);
    expect(fromColumns).toEqual(mapped.observations);
    // 3 values for 技术合同成交额, 2 for 高新技术企业数 (its '—' is a missing value).
    expect(columns.count).toBe(5);
    const flagged = mapped.observations.find((o) => o.cell === 'E3')!;
    expect([flagged.year, flagged.value, flagged.footnote, flagged.rawText, flagged.sheet]).toEqual([2023, 3000.5, '①', '3,000.5①', '公报']);
    expect(mapped.summary).toMatchObject({ values: 5, indicators: 2, regions: 1, years: [2021, 2023], flagged: 1 });
  });
});
