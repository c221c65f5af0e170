// The year of a table without year columns: from its title, a unit or note line, or its sheet's name, said in each
// value's provenance, and overridden by the user (the wizard's year, the command line's --year).
import { describe, expect, it } from 'vitest';
import { observationAt, type ValueOrigin } from '../../../shared/model';
import { importFile } from '../../../shared/import';
import { buildWorkbook, testPlan, type Cell } from './support';
import { detectSheetTables } from '../../../shared/ingest/detect';
import type { GridCell } from '../../../shared/workbook';

const BODY: Cell[][] = [
  ['地区', 'R&D经费内部支出(万元)', 'R&D经费投入强度(%)'],
  ['天河区', 1200, 3.1],
  ['黄埔区', 900, 4.2],
];

async function years(name: string, rows: Cell[][], options = {}) {
  const result = await importFile(buildWorkbook([{ name, rows }]), 'x.xlsx', testPlan(), options);
  const [table] = result.sheets[0].tables;
  return { values: table.observations.map((o) => [o.year, o.yearFrom]), findings: table.findings.map((f) => f.code), table };
}

describe('the year of a table with no year column', () => {
  it('comes from the title', async () => {
    const { values } = await years('Sheet1', [['2021年广州市各区研究与试验发展(R&D)经费情况'], ...BODY]);
    expect(new Set(values.map(String))).toEqual(new Set(['2021,title']));
    expect(values).toHaveLength(4);
  });

  it('comes from the sheet name', async () => {
    const { values } = await years('2021年分区', [['各区研究与试验发展(R&D)经费情况'], ...BODY]);
    expect(new Set(values.map(String))).toEqual(new Set(['2021,sheet']));
  });

  it('comes from a unit line, which still gives the unit', async () => {
    const { values, table } = await years('Sheet1', [['各区技术合同情况'], ['单位：亿元（2022年）'], ['地区', '技术合同成交额'], ['天河区', 120.5]]);
    expect(values).toEqual([[2022, 'note']]);
    expect(table.observations[0]).toMatchObject({ indicator: 'tech-contracts', value: 120.5 });
  });

  it('comes from a note under the table, but not from one that dates a change', async () => {
    expect((await years('Sheet1', [['各区研发情况'], ...BODY, ['注：2023年数据为初步数。']])).values[0]).toEqual([2023, 'note']);
    const dated = await years('Sheet1', [['各区研发情况'], ...BODY, ['注：2015年起统计口径调整。']]);
    expect(dated.values).toEqual([]);
    expect(dated.findings).toEqual(['year-unknown']);
  });

  it('prefers a note line to the title, and the title to the sheet name', async () => {
    expect((await years('2019年', [['2020年各区研发情况'], ['时间：2021年'], ...BODY])).values[0]).toEqual([2021, 'note']);
    expect((await years('2019年', [['2020年各区研发情况'], ...BODY])).values[0]).toEqual([2020, 'title']);
  });

  it('is overridden by --year and by the year the user enters in the wizard', async () => {
    const rows = [['2021年各区研发情况'], ...BODY];
    expect((await years('S', rows, { year: 2022 })).values[0]).toEqual([2022, 'given']);
    expect((await years('S', rows, { year: 2022, overrides: { 'S!1': { year: 2020 } } })).values[0]).toEqual([2020, 'given']);
  });

  it('leaves a year column or a header year to its column, unless the user enters one', async () => {
    const yearRow = await years('2021年', [['各区技术合同成交额'], ['地区', '2022年', '2023年'], ['天河区', 1, 2]]);
    expect(yearRow.values).toEqual([[2022, undefined], [2023, undefined]]);
    const header = [['2021年各区'], ['地区', '2023年技术合同成交额(亿元)'], ['天河区', 120]];
    expect((await years('S', header)).values).toEqual([[2023, 'header']]);
    expect((await years('S', header, { year: 2022 })).values).toEqual([[2023, 'header']]);
    expect((await years('S', header, { overrides: { 'S!1': { year: 2020 } } })).values).toEqual([[2020, 'given']]);
  });

  it('is kept in the provenance of the stored value', async () => {
    const result = await importFile(buildWorkbook([{ name: '2021年分区', rows: [['各区研发情况'], ...BODY] }]), 'x.xlsx', testPlan());
    const origin: ValueOrigin = { projectId: 'p', batchId: 'b', fileName: 'x.xlsx', fileHash: 'h', importedAt: '2024-01-01T00:00:00.000Z' };
    expect(observationAt(result.sheets[0].tables[0].values, 0, origin).source.yearFrom).toBe('sheet');
  });
});

describe('a table of 200,000 rows', () => {
  it('is detected with its year read past its last data row (no list spread into arguments)', () => {
    const rows: GridCell[][] = [[{ value: '2021年各区研发情况' }], [{ value: '地区' }, { value: '2021年' }]];
    for (let r = 0; r < 200_000; r++) rows.push([{ value: `区${r}` }, { value: r }]);
    rows.push([{ value: '注：2021年数据。' }]);
    const [table] = detectSheetTables({ name: 'S', rows, rowCount: rows.length, columnCount: 2, merges: [] });
    expect([table.dataRows.length, table.year, table.layout]).toEqual([200_000, 2021, 'regions-by-years']);
  });
});
