// One file's summary line, added up from its tables: distinct names over all tables, the widest years, all values,
// and the hints: the same hints, counted the same way, as the hints list below it shows.
import { describe, expect, it } from 'vitest';
import { describeCommit, describeSummary, fileHints, incomingValues, summarise } from '../../../renderer/src/screens/import/summary';
import type { WizardTable } from '../../../renderer/workers/import-client';
import { inBothLanguages } from '../../../shared/base';
import { t } from '../../../shared/i18n';
import { draftAt, type DraftObservation, type ImportBatch } from '../../../shared/model';
import { cellFinding, type CellFinding } from '../../../shared/workbook';
import { draftColumns } from '../../support/draft-columns';

function analysed(key: string, values: [string, string, number][], findings: CellFinding[] = [], flagged = 0): WizardTable {
  const observations: DraftObservation[] = values.map(([indicator, region, year], i) => ({ indicator, region, year, value: i, unit: '%', cell: `B${i + 2}`, sheet: 's', rawText: String(i) }));
  const years = values.map((v) => v[2]);
  return {
    table: { key, sheet: key, range: 'A1:C9', layout: 'long', headerRows: [0], dataRows: [], labelColumn: 0, valueColumns: [] },
    mapped: {
      values: draftColumns(observations),
      unmapped: [],
      unknownRegions: [],
      findings,
      previewOutcomes: {},
      summary: { values: values.length, indicators: 0, regions: 0, years: years.length ? [Math.min(...years), Math.max(...years)] : null, flagged },
    },
  };
}

const footnote = (cell: string) => cellFinding(cell, 'footnote', inBothLanguages('ingest.finding.footnote', { cell, mark: '①' }));
const notANumber = (cell: string) => cellFinding(cell, 'not-a-number', inBothLanguages('ingest.finding.not-a-number', { cell, text: '暂无' }));
const zh = (key: string, params?: Record<string, string | number>) => t(key, 'zh', params);

describe('the file summary', () => {
  it('counts an indicator or region that two tables share once, and every value', () => {
    const tables = [
      analysed('a', [['gdp', '全市', 2019], ['gdp', '天河区', 2020]]),
      { table: analysed('skipped', []).table },
      analysed('b', [['gdp', '全市', 2021], ['rd', '越秀区', 2023]]),
    ];
    expect(summarise(tables)).toEqual({ values: 4, indicators: 2, regions: 3, years: [2019, 2023], hints: 0 });
  });

  it('counts hints as the hints list lists them: every finding of a table not left out, not only flagged cells', () => {
    // One flagged cell (a footnote) and a text that is no number: two hints, though one cell is flagged.
    const tables = [analysed('a', [['gdp', '全市', 2019]], [footnote('B2'), notANumber('C2')], 1), { table: analysed('skipped', []).table }, analysed('b', [['rd', '全市', 2020]], [notANumber('D7')])];
    expect(summarise(tables).hints).toBe(3);
    expect(fileHints(tables).map((h) => `${h.sheet}!${h.cell} ${h.code}`)).toEqual(['a!B2 footnote', 'a!C2 not-a-number', 'b!D7 not-a-number']);
    expect(describeSummary(summarise(tables), zh)).toBe('2 个数值，2 项指标，1 个地区，2019–2020 年；3 条提示');
  });

  it('says so when there is no hint, and writes large counts with thousands separators', () => {
    expect(describeSummary(summarise([analysed('a', [['gdp', '全市', 2023]])]), zh)).toBe('1 个数值，1 项指标，1 个地区，2023 年；无提示');
    const many = analysed('a', [['gdp', '全市', 2023]], Array.from({ length: 12345 }, (_, i) => notANumber(`C${i + 2}`)));
    expect(describeSummary(summarise([many]), zh)).toMatch(/；12,345 条提示$/);
    const en = (key: string, params?: Record<string, string | number>) => t(key, 'en', params);
    expect(describeSummary(summarise([analysed('a', [], [footnote('B2')])]), en)).toBe('0 values, 0 indicators, 0 regions, no years; 1 note');
    expect(describeSummary(summarise([analysed('a', [['gdp', '全市', 2023], ['rd', '全市', 2023]], [footnote('B2'), footnote('B3')])]), en)).toBe('2 values, 2 indicators, 1 region, 2023; 2 notes');
  });

  it('hands over the values of every table not left out, table after table', () => {
    const tables = [analysed('a', [['gdp', '全市', 2019]]), { table: analysed('skipped', []).table }, analysed('b', [['rd', '越秀区', 2023], ['rd', '全市', 2022]])];
    const incoming = incomingValues(tables).flatMap((columns) => Array.from({ length: columns.years.length }, (_, i) => draftAt(columns, i, () => '%')));
    expect(incoming.map((o) => [o.indicator, o.region, o.year])).toEqual([['gdp', '全市', 2019], ['rd', '越秀区', 2023], ['rd', '全市', 2022]]);
  });

  it('has no years when no table gave a value', () => {
    expect(summarise([analysed('a', [])])).toEqual({ values: 0, indicators: 0, regions: 0, years: null, hints: 0 });
  });
});

describe('the import toast', () => {
  const zh = (key: string, params?: Record<string, string | number>) => t(key, 'zh', params);
  const batch = (tally: { added: number; replaced: number; confirmed: number }, kept = 0) =>
    ({ fileName: '公报.xlsx', count: tally.added + tally.replaced + tally.confirmed, tally, kept: Array.from({ length: kept }, () => ({})) }) as unknown as ImportBatch;

  it('names only the counts the commit has', () => {
    expect(describeCommit(batch({ added: 9, replaced: 0, confirmed: 0 }), zh)).toBe('已从“公报.xlsx”写入 9 个数值（新增 9 个）。');
    expect(describeCommit(batch({ added: 4, replaced: 1, confirmed: 1 }, 2), zh)).toBe('已从“公报.xlsx”写入 6 个数值（新增 4 个，替换原值 1 个，与原值相同、改以本文件为来源 1 个，保留原值、未写入 2 个）。');
  });

  it('writes large counts with the one thousands-separator rule', () => {
    expect(describeCommit(batch({ added: 240000, replaced: 0, confirmed: 0 }), zh)).toContain('写入 240,000 个数值');
  });
});
