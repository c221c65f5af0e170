// A sheet in which no table is found says why, in the import result (and so in the command line's JSON and the wizard).
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../shared/import';
import { buildWorkbook, testPlan } from './support';

describe('a sheet without a table', () => {
  it('says why: empty, only text, no rows of a name and numbers, or no header above the data', async () => {
    const bytes = buildWorkbook([
      { name: '数据', rows: [['地区', '2022年', '2023年'], ['天河区', 1, 2]] },
      { name: '空表', rows: [] },
      { name: '说明', rows: [['本表数据来源于统计年鉴'], ['http://www.cnki.net/']] },
      { name: '数字', rows: [[1, 2, 3], [4, 5, 6]] },
      { name: '无表头', rows: [['天河区', 1, 2], ['黄埔区', 3, 4]] },
    ]);
    const result = await importFile(bytes, 'x.xlsx', testPlan());
    expect(result.sheets.map((s) => [s.sheet, s.tables.length, s.noTable?.reason])).toEqual([
      ['数据', 1, undefined],
      ['空表', 0, 'empty'],
      ['说明', 0, 'only-text'],
      ['数字', 0, 'no-numeric-block'],
      ['无表头', 0, 'no-header'],
    ]);
    expect(result.sheets[2].noTable?.message).toBe('工作表“说明”只有文字，没有数值，因此没有数据表。 (Sheet "说明" holds only text, no numbers: no table.)');
  });

  it('does not count a table the user left out: the wizard lists it, to be taken back', async () => {
    const bytes = buildWorkbook([{ name: 'S', rows: [['地区', '2022年'], ['天河区', 1]] }]);
    const result = await importFile(bytes, 'x.xlsx', testPlan(), { overrides: { 'S!1': { skip: true } } });
    expect(result.sheets).toEqual([{ sheet: 'S', tables: [] }]);
  });
});
