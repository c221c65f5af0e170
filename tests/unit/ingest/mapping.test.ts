// Mapping names to the plan: saved decisions first, then names and aliases; otherwise suggestions, never a guess.
import { describe, expect, it } from 'vitest';
import { findConflicts, importFile, type DraftObservation } from '../../../shared/ingest';
import type { Observation } from '../../../shared/model';
import { buildWorkbook, testPlan } from './support';

const gongbao = buildWorkbook([
  {
    rows: [
      ['指标', '2022年', '2023年'],
      ['技术合同成交金额', 2645.5, 3000.5],
      ['科技成果登记成交额', 100, 120],
      ['国家高新技术企业数', 12300, 12500],
    ],
  },
]);

describe('indicator mapping', () => {
  it('maps names and aliases and lists the rest with ranked suggestions, unmapped', async () => {
    const result = await importFile(gongbao, 'gongbao.xlsx', testPlan(), {});
    const [table] = result.sheets[0].tables;
    expect(new Set(table.observations.map((o) => o.indicator))).toEqual(new Set(['tech-contracts', 'hitech-firms']));
    expect(table.unmapped).toHaveLength(1);
    expect(table.unmapped[0]).toMatchObject({ name: '科技成果登记成交额', cell: 'A3' });
    expect(table.unmapped[0].suggestions[0]).toBe('tech-contracts');
  });

  it('uses the saved decisions first, even over an alias', async () => {
    const decisions = { '科技成果登记成交额': 'tech-contracts', ' 国家高新技术企业数 ': 'firms-with-rd-institutions' };
    const result = await importFile(gongbao, 'gongbao.xlsx', testPlan(), { decisions });
    const [table] = result.sheets[0].tables;
    expect(table.unmapped).toEqual([]);
    expect(table.observations.filter((o) => o.cell === 'C3').map((o) => [o.indicator, o.value])).toEqual([['tech-contracts', 120]]);
    expect(table.observations.filter((o) => o.cell === 'C4').map((o) => o.indicator)).toEqual(['firms-with-rd-institutions']);
  });

  it('matches a name written with full-width characters, spaces and R&D written out', async () => {
    const bytes = buildWorkbook([{ rows: [['指标', '2022年', '2023年'], ['研究与试验发展 经费投入强度（％）', 3.43, 3.5]] }]);
    const result = await importFile(bytes, 'rd.xlsx', testPlan(), {});
    expect(result.sheets[0].tables[0].observations.map((o) => [o.indicator, o.year, o.value])).toEqual([
      ['rd-intensity', 2022, 3.43],
      ['rd-intensity', 2023, 3.5],
    ]);
  });
});

describe('conflicts', () => {
  const stored = (indicatorId: string, region: string, year: number, value: number): Observation => ({
    projectId: 'p',
    batchId: 'b1',
    indicatorId,
    region,
    year,
    value,
    source: { fileName: 'old.xlsx', fileHash: 'h', sheet: 'S', cell: 'B2', rawText: String(value), importedAt: '2024-01-01T00:00:00Z' },
  });
  const draft = (indicator: string, region: string, year: number, value: number): DraftObservation => ({
    indicator,
    region,
    year,
    value,
    unit: '亿元',
    cell: 'C3',
    sheet: 'S',
    rawText: String(value),
  });

  it('lists incoming values that differ from stored ones for the same indicator, region and year', () => {
    const old = [stored('tech-contracts', '全市', 2023, 3000.5), stored('tech-contracts', '全市', 2022, 2645.5), stored('gdp', '全市', 2023, 30355)];
    const incoming = [draft('tech-contracts', '全市', 2023, 3010), draft('tech-contracts', '全市', 2022, 2645.5), draft('tech-contracts', '黄埔区', 2023, 1)];
    const conflicts = findConflicts(incoming, old);
    expect(conflicts.map((c) => [c.indicatorId, c.region, c.year, c.stored.value, c.incoming.value])).toEqual([['tech-contracts', '全市', 2023, 3000.5, 3010]]);
  });

  it('accepts observations in the stored shape too', () => {
    const conflicts = findConflicts([{ indicatorId: 'gdp', region: '全市', year: 2023, value: 1 }], [stored('gdp', '全市', 2023, 2)]);
    expect(conflicts).toHaveLength(1);
  });
});
