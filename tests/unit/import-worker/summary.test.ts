// One file's summary line, added up from its tables: distinct names over all tables, the widest years, all values.
import { describe, expect, it } from 'vitest';
import { incomingValues, summarise } from '../../../renderer/src/screens/import/summary';
import type { WizardTable } from '../../../renderer/workers/import-client';
import { draftAt, type DraftObservation } from '../../../shared/model';
import { draftColumns } from '../../support/draft-columns';

function analysed(key: string, values: [string, string, number][], flagged = 0): WizardTable {
  const observations: DraftObservation[] = values.map(([indicator, region, year], i) => ({ indicator, region, year, value: i, unit: '%', cell: `B${i + 2}`, sheet: 's', rawText: String(i) }));
  const years = values.map((v) => v[2]);
  return {
    table: { key, sheet: 's', range: 'A1:C9', layout: 'long', headerRows: [0], dataRows: [], labelColumn: 0, valueColumns: [] },
    mapped: {
      values: draftColumns(observations),
      unmapped: [],
      unknownRegions: [],
      findings: [],
      previewOutcomes: {},
      summary: { values: values.length, indicators: 0, regions: 0, years: years.length ? [Math.min(...years), Math.max(...years)] : null, flagged },
    },
  };
}

describe('the file summary', () => {
  it('counts an indicator or region that two tables share once, and every value', () => {
    const tables = [
      analysed('a', [['gdp', '全市', 2019], ['gdp', '天河区', 2020]], 1),
      { table: analysed('skipped', []).table },
      analysed('b', [['gdp', '全市', 2021], ['rd', '越秀区', 2023]], 2),
    ];
    expect(summarise(tables)).toEqual({ values: 4, indicators: 2, regions: 3, years: [2019, 2023], flagged: 3 });
  });

  it('hands over the values of every table not left out, table after table', () => {
    const tables = [analysed('a', [['gdp', '全市', 2019]]), { table: analysed('skipped', []).table }, analysed('b', [['rd', '越秀区', 2023], ['rd', '全市', 2022]])];
    const incoming = incomingValues(tables).flatMap((columns) => Array.from({ length: columns.years.length }, (_, i) => draftAt(columns, i, () => '%')));
    expect(incoming.map((o) => [o.indicator, o.region, o.year])).toEqual([['gdp', '全市', 2019], ['rd', '越秀区', 2023], ['rd', '全市', 2022]]);
  });

  it('has no years when no table gave a value', () => {
    expect(summarise([analysed('a', [])])).toEqual({ values: 0, indicators: 0, regions: 0, years: null, flagged: 0 });
  });
});
