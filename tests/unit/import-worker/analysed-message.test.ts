// The analysed tables' trip from the import worker to the UI thread: every value arrives exactly once, in order
// and in full precision, as the columns it left in; only the preview window's outcomes travel.
import { describe, expect, it } from 'vitest';
import type { DetectedTable, MappedTable } from '../../../shared/ingest';
import { draftAt, type DraftObservation } from '../../../shared/model';
import { packTables, unpackTables } from '../../../renderer/workers/analysed-message';
import { draftColumns, numberedDrafts } from '../../support/draft-columns';

function table(key: string): DetectedTable {
  return { key, sheet: '数据', range: 'A1:D10', layout: 'long', headerRows: [0], dataRows: [1, 2, 3], labelColumn: 0, valueColumns: [] };
}


function mapped(observations: DraftObservation[], cellOutcomes: MappedTable['cellOutcomes'] = {}): MappedTable {
  return { values: draftColumns(observations), unmapped: [], unknownRegions: [], findings: [], cellOutcomes, summary: { values: observations.length, indicators: 0, regions: 0, years: null, flagged: 0 } };
}

/** What the worker posts, as the UI thread receives it: structured-cloned, with the buffers transferred. */
function acrossTheBoundary<T>(message: T, transfer: ArrayBuffer[]): T {
  return structuredClone(message, { transfer });
}

/** The drafts a table's columns hold, with the units the test drafts gave. */
function draftsIn(table: { mapped?: { values: MappedTable['values'] } }, given: DraftObservation[]): DraftObservation[] {
  const { values } = table.mapped!;
  return Array.from({ length: values.years.length }, (_, i) => draftAt(values, i, () => given[i]!.unit));
}

describe('the analysed tables across the worker boundary', () => {
  const first = numberedDrafts(0, 7);
  const second = numberedDrafts(7, 5);
  const packed = packTables([{ table: table('数据!1'), mapped: mapped(first) }, { table: table('数据!20') }, { table: table('数据!40'), mapped: mapped(second) }]);

  it('deliver every value exactly once and in order, table by table', () => {
    const { tables, transfer } = packTables([{ table: table('a'), mapped: mapped(first) }, { table: table('b'), mapped: mapped(second) }]);
    const unpacked = unpackTables(acrossTheBoundary(tables, transfer));
    expect([draftsIn(unpacked[0]!, first), draftsIn(unpacked[1]!, second)]).toEqual([first, second]);
    expect(unpacked.map((t) => t.mapped!.values.years.length)).toEqual([7, 5]);
    expect(unpacked[0]!.mapped!.values.values[0]).toBe(0.1 + 0.2);
  });

  it('give back each detected table as it was, and a skipped one without values', () => {
    const unpacked = unpackTables(acrossTheBoundary(packed.tables, packed.transfer));
    expect(unpacked.map((t) => t.table)).toEqual([table('数据!1'), table('数据!20'), table('数据!40')]);
    expect(Array.isArray(unpacked[0]!.table.dataRows)).toBe(true);
    expect(unpacked[1]!.mapped).toBeUndefined();
  });

  it('hand the numeric columns over instead of copying them', () => {
    const { tables, transfer } = packTables([{ table: table('a'), mapped: mapped(numberedDrafts(0, 10)) }]);
    acrossTheBoundary(tables, transfer);
    expect(transfer.length).toBeGreaterThan(0);
    expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true); // detached in the sender
  });

  it('carry the distinct indicators and regions, in order of first appearance', () => {
    const [one] = packTables([{ table: table('a'), mapped: mapped(numberedDrafts(0, 4)) }]).tables;
    expect(one!.mapped!.values.indicatorIds.distinct).toEqual(['指标0', '指标1', '指标2']);
    expect(one!.mapped!.values.regions.distinct).toEqual(['越秀区', '天河区']);
  });

  it('send the outcomes of the preview window’s cells only (400 rows × 40 columns)', () => {
    const outcomes: MappedTable['cellOutcomes'] = { A1: 'value', AN400: 'flagged', AO1: 'value', A401: 'missing', B2: 'error' };
    const [one] = packTables([{ table: table('a'), mapped: mapped([], outcomes) }]).tables;
    expect(one!.mapped!.previewOutcomes).toEqual({ A1: 'value', AN400: 'flagged', B2: 'error' });
    expect(one!.mapped).not.toHaveProperty('cellOutcomes');
  });
});
