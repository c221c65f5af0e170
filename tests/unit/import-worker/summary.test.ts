// One file's summary line, added up from its tables: distinct names over all tables, the widest years, all values.
import { describe, expect, it } from 'vitest';
import type { DraftObservation } from '../../../shared/ingest/types';
import { incomingObservations, summarise } from '../../../renderer/src/screens/import/summary';
import type { AnalysedTable } from '../../../renderer/workers/import-client';
import { toColumns } from '../../../shared/ingest/map/observation-columns';
import { ColumnDrafts } from '../../../renderer/workers/observation-columns';

function analysed(key: string, values: [string, string, number][], flagged = 0): AnalysedTable {
  const observations: DraftObservation[] = values.map(([indicator, region, year], i) => ({ indicator, region, year, value: i, unit: '%', cell: `B${i + 2}`, sheet: 's', rawText: String(i) }));
  const years = values.map((v) => v[2]);
  return {
    table: { key, sheet: 's', range: 'A1:C9', layout: 'long', headerRows: [0], dataRows: [], labelColumn: 0, valueColumns: [] },
    mapped: {
      observations: new ColumnDrafts([toColumns(observations)]),
      unmapped: [],
      unknownRegions: [],
      findings: [],
      previewOutcomes: {},
      indicators: [...new Set(values.map((v) => v[0]))],
      regions: [...new Set(values.map((v) => v[1]))],
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
    expect([...incomingObservations(tables)].map((o) => [o.indicator, o.region, o.year])).toEqual([['gdp', '全市', 2019], ['rd', '越秀区', 2023], ['rd', '全市', 2022]]);
  });

  it('has no years when no table gave a value', () => {
    expect(summarise([analysed('a', [])])).toEqual({ values: 0, indicators: 0, regions: 0, years: null, flagged: 0 });
  });
});
