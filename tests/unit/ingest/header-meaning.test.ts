// A header's meaning: name, unit, year and English name read from one cell, the way statistics tables write them.
import { describe, expect, it } from 'vitest';
import { headerMeaning, yearAtEdges } from '../../../shared/ingest/detect/header-text';
import { importFile } from '../../../shared/import';
import { buildWorkbook, testPlan } from './support';

describe('headerMeaning', () => {
  it.each([
    ['2023年技术合同成交额(亿元)', { name: '技术合同成交额', unit: '亿元', year: 2023 }],
    ['技术合同成交额（2023年）（亿元）', { name: '技术合同成交额', unit: '亿元', year: 2023 }],
    ['技术合同成交额2023年', { name: '技术合同成交额', year: 2023 }],
    ['2021年末常住人口(万人)', { name: '年末常住人口', unit: '万人', year: 2021 }],
    ['2021年末', { name: '', year: 2021 }],
    ['机构数\n(个)\nInstitutions\n(unit)', { name: '机构数', unit: '个', english: 'Institutions' }],
    ['R&D经费\n内部支出\n(万元)\nIntramural Expenditure\n(10 000 yuan)', { name: 'R&D经费内部支出', unit: '万元', english: 'Intramural Expenditure' }],
    ['投入强度\n(%)\nIntensity', { name: '投入强度', unit: '%', english: 'Intensity' }],
    ['#研究人员\nResearchers', { name: '研究人员', english: 'Researchers' }],
    ['地 区 | Region', { name: '地 区', english: 'Region' }],
    ['地区\nRegion', { name: '地区', english: 'Region' }],
    ['Value (USD)', { name: 'Value (USD)' }],
    ['2023', { name: '2023' }],
    ['2023年', { name: '', year: 2023 }],
  ])('%j', (text, meaning) => {
    expect(headerMeaning(text)).toEqual(meaning);
  });

  it('takes a leading or trailing year, never one inside the name', () => {
    expect(yearAtEdges('2021年各区研发经费')).toEqual({ year: 2021, rest: '各区研发经费' });
    expect(yearAtEdges('各区研发经费(2021年)')).toEqual({ year: 2021, rest: '各区研发经费' });
    expect(yearAtEdges('2015年以来各区')).toEqual({ year: 2015, rest: '以来各区' });
    expect(yearAtEdges('自2015年起各区数据')).toEqual({ rest: '自2015年起各区数据' });
    expect(yearAtEdges('各地区R&D经费(2016-2020年)')).toEqual({ rest: '各地区R&D经费(2016-2020年)' });
    expect(yearAtEdges('各地区R&D经费(2016—2020)')).toEqual({ rest: '各地区R&D经费(2016—2020)' });
  });
});

describe('a column header with a year and a unit', () => {
  const table = (header: string, values: number[]) =>
    buildWorkbook([{ rows: [['各区技术合同情况'], ['地区', header], ...values.map((v, i) => [['天河区', '黄埔区'][i], v])] }]);
  const observations = async (bytes: Uint8Array) => (await importFile(bytes, 'x.xlsx', testPlan())).sheets[0].tables[0];

  it('maps the name, takes the year and converts the unit', async () => {
    const t = await observations(table('2023年技术合同成交额(万元)', [1200000, 980000]));
    expect(t.unmapped).toEqual([]);
    expect(t.observations.map((o) => [o.indicator, o.region, o.year, o.value, o.unit])).toEqual([
      ['tech-contracts', '天河区', 2023, 120, '亿元'],
      ['tech-contracts', '黄埔区', 2023, 98, '亿元'],
    ]);
  });

  it('keeps 年末 in the name it begins ("2022年末常住人口" is 年末常住人口 of 2022)', async () => {
    const t = await observations(table('2022年末常住人口(万人)', [100]));
    expect(t.observations.map((o) => [o.indicator, o.year, o.value])).toEqual([['population', 2022, 100]]);
  });

  it('flags a unit that does not convert to the indicator unit, as for any header unit', async () => {
    const t = await observations(table('技术合同成交额(2023年)(家)', [12]));
    expect(t.observations).toEqual([]);
    expect(t.findings.map((f) => f.code)).toEqual(['unit-unconvertible']);
  });

  it('takes a group header over year columns as the indicator, with its unit', async () => {
    const bytes = buildWorkbook([
      { rows: [['地区', '技术合同成交额(亿元)', null], [null, '2022年', '2023年'], ['天河区', 100, 120]], merges: ['B1:C1', 'A1:A2'] },
    ]);
    const t = (await importFile(bytes, 'x.xlsx', testPlan())).sheets[0].tables[0];
    expect(t.observations.map((o) => [o.indicator, o.year, o.value])).toEqual([
      ['tech-contracts', 2022, 100],
      ['tech-contracts', 2023, 120],
    ]);
  });
});
