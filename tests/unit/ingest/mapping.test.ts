// Mapping names to the plan: saved decisions first, then names and aliases; otherwise suggestions, never a guess.
import { describe, expect, it } from 'vitest';
import { valueKey } from '../../../shared/base';
import { valueSet, type DraftObservation, type Observation } from '../../../shared/model';
import { draftColumns } from '../../support/draft-columns';
import { buildWorkbook, testPlan } from './support';
import { findConflicts, importFile, settle, StoredPlaces, type StoredRuns } from '../../../shared/import';

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

describe('conflicts: one rule for the wizard and the commit', () => {
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
  /** Stored values as one run, as storage hands them to the rule. */
  const runOf = (old: Observation[]): StoredRuns => ({ runs: valueSet(old).runs, observationAt: (_run, index) => old[index]! });
  const unitOf = () => '亿元';

  it('lists incoming values that differ from stored ones for the same indicator, region and year', () => {
    const old = [stored('tech-contracts', '全市', 2023, 3000.5), stored('tech-contracts', '全市', 2022, 2645.5), stored('gdp', '全市', 2023, 30355)];
    const incoming = [draft('tech-contracts', '全市', 2023, 3010), draft('tech-contracts', '全市', 2022, 2645.5), draft('tech-contracts', '黄埔区', 2023, 1)];
    const conflicts = findConflicts([draftColumns(incoming)], runOf(old), unitOf);
    expect(conflicts.map((c) => [c.indicatorId, c.region, c.year, c.stored.value, c.incoming.value, c.incoming.unit])).toEqual([['tech-contracts', '全市', 2023, 3000.5, 3010, '亿元']]);
    expect(conflicts[0]!.key).toBe(valueKey('tech-contracts', '全市', 2023));
  });

  it('lists a place once, citing the first stored value that differs, however many values it holds', () => {
    const old = [stored('gdp', '全市', 2023, 1), stored('gdp', '全市', 2023, 2)];
    const conflicts = findConflicts([draftColumns([draft('gdp', '全市', 2023, 1), draft('gdp', '全市', 2023, 3)])], runOf(old), unitOf);
    expect(conflicts.map((c) => [c.stored.value, c.incoming.value])).toEqual([[2, 1]]);
  });

  it('settles each incoming value: added where nothing is stored, replacing an equal value or where the user chose so, else keeping the stored', () => {
    const old = [stored('gdp', '全市', 2023, 1), stored('gdp', '全市', 2022, 1), stored('gdp', '全市', 2021, 5)];
    const places = StoredPlaces.of(valueSet(old).runs);
    const storedValue = ({ index }: { index: number }) => old[index]!.value;
    const decisions = { [valueKey('gdp', '全市', 2023)]: 'replace' as const };
    expect(settle(places, decisions, valueKey('gdp', '全市', 2020), 7, storedValue)).toEqual({ action: 'add' });
    expect(settle(places, decisions, valueKey('gdp', '全市', 2022), 2, storedValue)).toEqual({ action: 'keep' });
    expect(settle(places, decisions, valueKey('gdp', '全市', 2023), 3, storedValue)).toEqual({ action: 'replace', places: [{ run: 0, index: 0 }], same: false });
    // The same figure (up to binary noise) takes the incoming file's provenance without a question.
    expect(settle(places, decisions, valueKey('gdp', '全市', 2021), 5 + 1e-14, storedValue)).toEqual({ action: 'replace', places: [{ run: 0, index: 2 }], same: true });
    // The place is free once replaced: a second incoming value for it is added, not replaced again.
    expect(settle(places, decisions, valueKey('gdp', '全市', 2023), 4, storedValue)).toEqual({ action: 'add' });
  });
});

describe('a regions-by-indicators table with one value column', () => {
  const single = buildWorkbook([{ name: '分区', rows: [['2023年各区科技成果登记情况'], ['地区', '科技成果登记成交额(亿元)'], ['天河区', 120.5], ['黄埔区', 98]] }]);
  const mapped = (result: Awaited<ReturnType<typeof importFile>>) => result.sheets[0].tables[0].observations.map((o) => [o.indicator, o.region, o.year, o.value]);

  it('is mapped to the indicator the user chose for the table, or the forced one, instead of being left unmapped', async () => {
    const plain = await importFile(single, 'single.xlsx', testPlan());
    expect(plain.sheets[0].tables[0]).toMatchObject({ layout: 'regions-by-indicators', observations: [] });
    expect(plain.sheets[0].tables[0].unmapped.map((u) => u.name)).toEqual(['科技成果登记成交额']);
    const expected = [['tech-contracts', '天河区', 2023, 120.5], ['tech-contracts', '黄埔区', 2023, 98]];
    expect(mapped(await importFile(single, 'single.xlsx', testPlan(), { indicator: 'tech-contracts' }))).toEqual(expected);
    expect(mapped(await importFile(single, 'single.xlsx', testPlan(), { overrides: { '分区!1': { indicator: 'tech-contracts' } } }))).toEqual(expected);
  });

  it('keeps a column the plan knows by its own name, and a table of several columns is never forced', async () => {
    const known = buildWorkbook([{ rows: [['2023年各区情况'], ['地区', '技术合同成交额(亿元)'], ['天河区', 120.5]] }]);
    expect(mapped(await importFile(known, 'known.xlsx', testPlan(), { indicator: 'gdp' }))).toEqual([['tech-contracts', '天河区', 2023, 120.5]]);
    const two = buildWorkbook([{ rows: [['2023年各区情况'], ['地区', '科技成果登记成交额(亿元)', '登记项数(项)'], ['天河区', 120.5, 7]] }]);
    const result = await importFile(two, 'two.xlsx', testPlan(), { indicator: 'tech-contracts' });
    expect(result.sheets[0].tables[0].observations).toEqual([]);
    expect(result.sheets[0].tables[0].unmapped).toHaveLength(2);
  });
});
