// Statistical-yearbook tables: bilingual header cells and rows, units on their own line or row, merged group headers,
// a total beside its breakdown, column numbers under the header, a title merged across, bilingual region labels.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model';
import { importFile } from '../../../shared/import';
import { plainIndicator } from '../../support/plain-plan';
import { buildWorkbook, testPlan, type SheetSpec } from './support';

function yearbookPlan(): Plan {
  const plan = testPlan();
  plan.indicators.push(plainIndicator('institutions', '机构数', '个'), plainIndicator('persons', '人员', '人'), plainIndicator('government-funds', 'R&D经费内部支出·政府资金', '万元'));
  return plan;
}

async function read(sheet: SheetSpec) {
  const result = await importFile(buildWorkbook([sheet]), 'yearbook.xlsx', yearbookPlan(), { benchmarks: true });
  const [table] = result.sheets[0].tables;
  return { values: table.observations.map((o) => [o.indicator, o.region, o.year, o.value]), unmapped: table.unmapped.map((u) => u.name) };
}

describe('yearbook headers', () => {
  it('reads name, unit and English name from one cell, under a bilingual region header', async () => {
    const { values } = await read({ rows: [['2021年各地区研究机构情况'], ['地 区 | Region', '机构数\n(个)\nInstitutions\n(unit)', '人员\n(万人)\nPersons\n(10 000 persons)'], ['北 京', 12, 3]] });
    expect(values).toEqual([['institutions', '北京', 2021, 12], ['persons', '北京', 2021, 30000]]);
  });

  it('reads a row of English names and a row of units as part of the Chinese header above them', async () => {
    const { values } = await read({
      rows: [['表1 2021年各地区研究机构情况'], ['地区', '机构数', '人员'], ['Region', 'Institutions', 'Persons'], [null, '(个)', '(万人)'], ['天津', 9, 2]],
    });
    expect(values).toEqual([['institutions', '天津', 2021, 9], ['persons', '天津', 2021, 20000]]);
  });

  it('joins a merged group header and its sub-headers into one name, and a 合计 sub-header is the group itself', async () => {
    const { values, unmapped } = await read({
      rows: [['2021年各地区研究机构情况'], [], ['地区\nRegion', '人员\n(人)\nPersons', null, null], [null, '合计', '研究人员', '其他'], [null, 'Total', 'Researchers', 'Others'], ['北京', 300, 200, 100]],
      merges: ['A3:A5', 'B3:D3'],
    });
    expect(values).toEqual([['persons', '北京', 2021, 300]]);
    expect(unmapped).toEqual(['人员·研究人员', '人员·其他']);
  });

  it('takes a total whose header fills both rows as the group of the breakdown beside it (a yearbook "Total")', async () => {
    const { values, unmapped } = await read({
      rows: [['2022年各地区R&D经费内部支出'], ['单位：万元'], ['地 区', 'Region', 'R&D经费\n内部支出\nTotal', null, null], [null, null, null, '政府资金\nGovernment\nFunds', '企业资金\nSelf-raised Funds'], ['北 京', 'Beijing', 300, 100, 200]],
      merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'],
    });
    expect(values).toEqual([['rd-spend', '北京', 2022, 300], ['government-funds', '北京', 2022, 100]]);
    expect(unmapped).toEqual(['R&D经费内部支出·企业资金']);
  });

  it('maps a group·sub-header name by the choice made for it, and only that column', async () => {
    const bytes = buildWorkbook([
      {
        rows: [['2022年各地区R&D经费'], ['地区', 'R&D经费内部支出(万元)', '人员(人)', null], [null, null, '政府资金', '企业资金'], ['北京', 300, 7, 8]],
        merges: ['A2:A3', 'B2:B3', 'C2:D2'],
      },
    ]);
    const result = await importFile(bytes, 'x.xlsx', yearbookPlan(), { benchmarks: true, decisions: { '人员·企业资金': 'persons' } });
    const [table] = result.sheets[0].tables;
    expect(table.observations.map((o) => [o.indicator, o.cell, o.value])).toEqual([['rd-spend', 'B4', 300], ['persons', 'D4', 8]]);
    expect(table.unmapped.map((u) => u.name)).toEqual(['人员·政府资金']);
  });

  it('finds the table under a lone unit row or a unit line between the header and the data, and takes the unit', async () => {
    const under = await read({ rows: [['2021年各地区研究人员'], ['地区', '人员'], [null, '(万人)'], ['北京', 3]] });
    expect(under.values).toEqual([['persons', '北京', 2021, 30000]]);
    const between = await read({ rows: [['2021年各地区研究人员'], ['地区', '人员'], ['单位：万人'], ['北京', 3]] });
    expect(between.values).toEqual([['persons', '北京', 2021, 30000]]);
  });

  it('ignores a row of column numbers under the header and a title merged across right above it', async () => {
    const { values } = await read({
      rows: [['2021年各地区研究机构情况', null, null], ['地区', '机构数(个)', '人员(人)'], ['甲', 1, 2], ['北京', 12, 300], ['天津 Tianjin', 9, 200]],
      merges: ['A1:C1'],
    });
    expect(values).toEqual([
      ['institutions', '北京', 2021, 12],
      ['persons', '北京', 2021, 300],
      ['institutions', '天津', 2021, 9],
      ['persons', '天津', 2021, 200],
    ]);
  });
});
