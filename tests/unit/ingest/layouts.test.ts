// The four layouts of issue 3, built with SheetJS: what each table is detected as and the values it yields.
import { describe, expect, it } from 'vitest';
import { detectTables, mapTable, readWorkbook } from '../../../shared/ingest';
import { buildWorkbook, testPlan } from './support';
import { draftsOf, importFile } from '../../../shared/import';
import type { DraftObservation } from '../../../shared/model';
import type { MappedTable } from '../../../shared/ingest';

/** A mapped table's values as the wizard and the command line show them. */
const drafts = (mapped: MappedTable) => draftsOf(mapped.values, testPlan());

function find(observations: DraftObservation[], indicator: string, region: string, year: number) {
  return observations.filter((o) => o.indicator === indicator && o.region === region && o.year === year);
}

describe('indicators × years (公报 style)', () => {
  const bytes = buildWorkbook([
    {
      rows: [
        ['2023年广州市科技创新主要指标'],
        ['指标', '单位', '2021年', '2022年', '2023年'],
        ['技术合同成交额', '亿元', 2413.08, 2645.5, '3,000.5①'],
        ['高新技术企业数', '家', 12000, 12300, '—'],
        ['R&D投入强度', '%', 3.12, 3.43, '…'],
        ['注:2023年为初步数。'],
        [],
        ['表2 技术合同(按登记额)'],
        ['单位:万元'],
        ['项目', '2022年度', '2023年度'],
        ['技术合同成交额', 26455000, 30005000],
        ['资料来源:市科技局'],
      ],
    },
  ]);

  it('finds both tables on the sheet, with their year headers and units', async () => {
    const wb = await readWorkbook(bytes, 'gongbao.xlsx');
    const tables = detectTables(wb);
    expect(tables.map((t) => t.layout)).toEqual(['indicators-by-years', 'indicators-by-years']);
    expect(tables[0].valueColumns.map((c) => c.year)).toEqual([2021, 2022, 2023]);
    expect(tables[0].unitColumn).toBe(1);
    expect(tables[0].range).toBe('A1:E6');
    expect(tables[1].valueColumns.map((c) => c.year)).toEqual([2022, 2023]);
    expect(tables[1].unit).toBe('万元');
  });

  it('reads values in the indicator unit, strips footnote marks and keeps missing markers missing', async () => {
    const wb = await readWorkbook(bytes, 'gongbao.xlsx');
    const [first, second] = detectTables(wb);
    const mapped = mapTable(first, wb, testPlan(), {});
    // A table that names no region is the plan's whole area.
    const contract2023 = find(drafts(mapped), 'tech-contracts', '全市', 2023);
    expect(contract2023).toEqual([
      { indicator: 'tech-contracts', region: '全市', year: 2023, value: 3000.5, unit: '亿元', cell: 'E3', sheet: 'Sheet1', rawText: '3,000.5①', footnote: '①' },
    ]);
    expect(find(drafts(mapped), 'hitech-firms', '全市', 2023)).toEqual([]);
    expect(find(drafts(mapped), 'rd-intensity', '全市', 2023)).toEqual([]);
    expect(mapped.cellOutcomes).toMatchObject({ E3: 'flagged', E4: 'missing', E5: 'missing', C3: 'value' });
    expect(mapped.findings.map((f) => [f.cell, f.code])).toContainEqual(['E3', 'footnote']);
    // Each finding says the same in each language for the screens, and both at once for the command line.
    expect(mapped.findings.find((f) => f.code === 'footnote')).toEqual({
      cell: 'E3',
      code: 'footnote',
      text: { zh: '单元格 E3 的注释标记“①”已去除', en: 'Footnote mark "①" removed from cell E3' },
      message: '单元格 E3 的注释标记“①”已去除 (Footnote mark "①" removed from cell E3)',
    });
    expect(mapped.summary).toEqual({ values: 7, indicators: 3, regions: 1, years: [2021, 2023], flagged: 1 });

    // 30,005,000 万元 = 3,000.5 亿元; 26,455,000 万元 = 2,645.5 亿元.
    const converted = mapTable(second, wb, testPlan(), {});
    expect(drafts(converted).map((o) => [o.year, o.value, o.cell])).toEqual([
      [2022, 2645.5, 'B11'],
      [2023, 3000.5, 'C11'],
    ]);
  });

  it('puts a single-region table in the region the options force', async () => {
    const result = await importFile(bytes, 'gongbao.xlsx', testPlan(), { region: '黄 埔' });
    const observations = result.sheets[0].tables[0].observations;
    expect(new Set(observations.map((o) => o.region))).toEqual(new Set(['黄埔区']));
  });
});

describe('regions × years for one indicator (yearbook style)', () => {
  const bytes = buildWorkbook([
    {
      rows: [
        ['1-8  各区研究与试验发展(R&D)经费投入强度'],
        ['R&D Intensity by District'],
        ['单位:%', null, null, '(%)'],
        ['地  区', 'District', '2021', '2022'],
        ['全    市', 'Total', 3.12, 3.43],
        [],
        ['黄 埔 区', 'Huangpu', 5.1, 5.3],
        ['天    河', 'Tianhe', 3.5, '3.6*'],
        ['全国', 'China', 2.43, 2.56],
        [],
        ['续表'],
        ['地  区', 'District', '2021', '2022'],
        ['南 沙 区', 'Nansha', 4, 4.2],
        ['注:全市数据为初步核算数。'],
      ],
    },
  ]);

  it('names the indicator from the numbered title and continues it into the 续表 block', async () => {
    const wb = await readWorkbook(bytes, 'yearbook.xlsx');
    const tables = detectTables(wb);
    expect(tables.map((t) => t.layout)).toEqual(['regions-by-years', 'regions-by-years']);
    expect(tables[0].indicator).toBe('研究与试验发展(R&D)经费投入强度');
    expect(tables[0].unit).toBe('%');
    expect(tables[1].continues).toBe(tables[0].key);
    expect(tables[1].indicator).toBe(tables[0].indicator);
  });

  it('normalises padded region names, and keeps a region outside the plan only as a benchmark when asked', async () => {
    const byDefault = (await importFile(bytes, 'yearbook.xlsx', testPlan(), {})).sheets[0].tables;
    expect(find(byDefault.flatMap((t) => t.observations), 'rd-intensity', '全国', 2022)).toEqual([]);
    expect(byDefault.flatMap((t) => t.findings).filter((f) => f.code === 'region-left-out').map((f) => f.message)).toEqual([expect.stringContaining('“全国”')]);
    const result = await importFile(bytes, 'yearbook.xlsx', testPlan(), { benchmarks: ['全国'] });
    expect(result.sheets[0].tables.flatMap((t) => t.findings).filter((f) => f.code === 'region-benchmark')).toHaveLength(1);
    const observations = result.sheets[0].tables.flatMap((t) => t.observations);
    expect(find(observations, 'rd-intensity', '黄埔区', 2022).map((o) => [o.value, o.cell])).toEqual([[5.3, 'D7']]);
    expect(find(observations, 'rd-intensity', '天河区', 2022).map((o) => [o.value, o.footnote])).toEqual([[3.6, '*']]);
    expect(find(observations, 'rd-intensity', '全市', 2021).map((o) => o.value)).toEqual([3.12]);
    expect(find(observations, 'rd-intensity', '南沙区', 2022).map((o) => [o.value, o.cell])).toEqual([[4.2, 'D13']]);
    expect(find(observations, 'rd-intensity', '全国', 2022).map((o) => o.value)).toEqual([2.56]);
    const mapped = mapTable(detectTables(await readWorkbook(bytes, 'yearbook.xlsx'))[0], await readWorkbook(bytes, 'yearbook.xlsx'), testPlan(), {});
    expect(mapped.unknownRegions).toEqual(['全国']);
    // The left-out row's value cells say so in the preview; nothing of it is among the values.
    const leftOutCells = Object.entries(mapped.cellOutcomes).filter(([, outcome]) => outcome === 'left-out');
    expect(leftOutCells.length).toBeGreaterThan(0);
    expect(mapped.values.regions.distinct).not.toContain('全国');
  });
});

describe('regions × indicators for one year (district sheet)', () => {
  const bytes = buildWorkbook([
    {
      rows: [
        ['2022年各区科技投入情况'],
        ['区', '研发经费', null, '科技企业'],
        [null, 'R&D经费支出(亿元)', 'R&D投入强度(%)', '高新技术企业数(家)'],
        ['全市', 881.7, 3.1, 12000],
        ['黄埔区', 200.5, 6.2, 2000],
        ['从化区', 'x', '1.0', 50],
        ['合计', 1082.2, null, 14050],
      ],
      merges: ['B2:C2', 'A2:A3'],
    },
  ]);

  it('reads the two-row merged header, the year from the title and units in brackets', async () => {
    const wb = await readWorkbook(bytes, 'districts.xlsx');
    const [table] = detectTables(wb);
    expect(table.layout).toBe('regions-by-indicators');
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.year).toBe(2022);
    expect(table.valueColumns).toEqual([
      { column: 1, name: 'R&D经费支出', group: '研发经费', unit: '亿元' },
      { column: 2, name: 'R&D投入强度', group: '研发经费', unit: '%' },
      { column: 3, name: '高新技术企业数', group: '科技企业', unit: '家' },
    ]);
  });

  it('converts 亿元 to the indicator unit 万元 and maps 全市 and 合计 to the whole area', async () => {
    const wb = await readWorkbook(bytes, 'districts.xlsx');
    const mapped = mapTable(detectTables(wb)[0], wb, testPlan(), {});
    // 200.5 亿元 = 2,005,000 万元
    expect(find(drafts(mapped), 'rd-spend', '黄埔区', 2022).map((o) => o.value)).toEqual([2005000]);
    expect(find(drafts(mapped), 'rd-spend', '从化区', 2022)).toEqual([]);
    expect(mapped.cellOutcomes.B6).toBe('missing');
    expect(find(drafts(mapped), 'hitech-firms', '全市', 2022).map((o) => o.value)).toEqual([12000, 14050]);
    expect(find(drafts(mapped), 'rd-intensity', '从化区', 2022).map((o) => o.value)).toEqual([1]);
  });

  it('asks for the year when the table names none, and uses the forced year', async () => {
    const noYear = buildWorkbook([{ rows: [['区', '高新技术企业数'], ['黄埔区', 2000], ['天河区', 3000]] }]);
    const without = await importFile(noYear, 'no-year.xlsx', testPlan(), {});
    expect(without.sheets[0].tables[0].observations).toEqual([]);
    expect(without.sheets[0].tables[0].findings.map((f) => f.code)).toEqual(['year-unknown']);
    const forced = await importFile(noYear, 'no-year.xlsx', testPlan(), { year: 2023 });
    expect(forced.sheets[0].tables[0].observations.map((o) => [o.region, o.year, o.value])).toEqual([
      ['黄埔区', 2023, 2000],
      ['天河区', 2023, 3000],
    ]);
  });
});

describe('long (tidy) tables', () => {
  it('reads Chinese headers with a unit column', async () => {
    const bytes = buildWorkbook([
      {
        rows: [
          ['指标', '地区', '年份', '数值', '单位'],
          ['技术合同成交额', '全市', 2022, 2645.5, '亿元'],
          ['技术合同成交额', '黄埔区', '2023年', 5000000, '万元'],
          ['R&D投入强度', '天河区', 2023, '31.2', '‰'],
        ],
      },
    ]);
    const wb = await readWorkbook(bytes, 'long.xlsx');
    const [table] = detectTables(wb);
    expect(table.layout).toBe('long');
    expect(table.longColumns).toEqual({ indicator: 0, region: 1, year: 2, value: 3, unit: 4 });
    const mapped = mapTable(table, wb, testPlan(), {});
    // 5,000,000 万元 = 500 亿元; 31.2‰ = 3.12 %.
    expect(drafts(mapped).map((o) => [o.indicator, o.region, o.year, o.value, o.cell])).toEqual([
      ['tech-contracts', '全市', 2022, 2645.5, 'D2'],
      ['tech-contracts', '黄埔区', 2023, 500, 'D3'],
      ['rd-intensity', '天河区', 2023, 3.12, 'D4'],
    ]);
  });

  it('reads English headers and lists an unknown indicator once with suggestions', async () => {
    const bytes = buildWorkbook([
      {
        rows: [
          ['Indicator', 'Region', 'Year', 'Value'],
          ['技术合同登记成交额', 'Huangpu', 2023, 1],
          ['技术合同登记成交额', '黄埔', 2024, 2],
          ['高新技术企业数', '黄埔', 2024, 2100],
        ],
      },
    ]);
    const result = await importFile(bytes, 'long-en.xlsx', testPlan(), {});
    const [table] = result.sheets[0].tables;
    expect(table.layout).toBe('long');
    expect(table.unmapped).toEqual([{ name: '技术合同登记成交额', cell: 'A2', suggestions: expect.arrayContaining(['tech-contracts']) }]);
    expect(table.unmapped[0].suggestions[0]).toBe('tech-contracts');
    expect(table.observations.map((o) => [o.indicator, o.region, o.year, o.value])).toEqual([['hitech-firms', '黄埔区', 2024, 2100]]);
  });
});
