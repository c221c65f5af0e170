// A formatted number cell: the value is the stored number, and the text the file showed is kept beside it, with the
// number that text shows when the format rounds it.
import { describe, expect, it } from 'vitest';
import { observationAt, type ValueOrigin } from '../../../shared/model';
import { importFile } from '../../../shared/import';
import { HAS_SHARED, NO_SHARED_REASON, sharedPath } from '../../support/shared-dir';
import { readFileSync } from 'node:fs';
import { buildWorkbook, testPlan } from './support';

const ORIGIN: ValueOrigin = { projectId: 'p', batchId: 'b', fileName: 'x.xlsx', fileHash: 'h', importedAt: '2024-01-01T00:00:00.000Z' };

describe('a number shown with a number format', () => {
  it('keeps the stored number as the value and the shown text and number in the provenance', async () => {
    const bytes = buildWorkbook([
      { rows: [['各区R&D投入强度(%)'], ['地区', '2022年', '2023年'], ['黄埔区', { v: 1.905817520314897, z: '0.00' }, { v: 0.031234, z: '0.00%' }], ['天河区', { v: 2.5, z: '0.00' }, 3]] },
    ]);
    const { values } = (await importFile(bytes, 'x.xlsx', testPlan())).sheets[0].tables[0];
    const sources = Array.from({ length: values.years.length }, (_, i) => observationAt(values, i, ORIGIN)).map((o) => [o.value, o.source.rawText, o.source.shownValue]);
    expect(sources).toEqual([
      [1.905817520314897, '1.91', 1.91],
      [3.1234, '3.12%', 3.12],
      // Shown as stored: nothing beside it.
      [2.5, '2.50', undefined],
      [3, '3', undefined],
    ]);
  });

  it('gives the shown number in the indicator unit when the table is in another one', async () => {
    const bytes = buildWorkbook([{ rows: [['各区技术合同成交额'], ['单位：万元'], ['地区', '2023年'], ['黄埔区', { v: 1234567.8, z: '#,##0' }]] }]);
    const { values } = (await importFile(bytes, 'x.xlsx', testPlan())).sheets[0].tables[0];
    expect(values.values[0]).toBeCloseTo(123.45678, 10);
    expect(observationAt(values, 0, ORIGIN).source).toMatchObject({ rawText: '1,234,568', shownValue: 123.4568 });
  });
});

describe.skipIf(!HAS_SHARED)(`a yearbook export (${HAS_SHARED ? 'corpus present' : NO_SHARED_REASON})`, () => {
  it('keeps 1.91 as shown beside the stored 1.905817… (part01-over__02-spend-intense__raw-2021.xls)', async () => {
    const name = 'part01-over__02-spend-intense__raw-2021.xls';
    const result = await importFile(new Uint8Array(readFileSync(sharedPath('corpus', 'yearbook-exports', name))), name, testPlan(), { benchmarks: true });
    const { values } = result.sheets[0].tables[0];
    const national2012 = Array.from({ length: values.years.length }, (_, i) => observationAt(values, i, ORIGIN)).find((o) => o.region === '全国' && o.year === 2012)!;
    expect([national2012.value, national2012.source.rawText, national2012.source.shownValue]).toEqual([1.905817520314897, '1.91', 1.91]);
  });
});

describe('a number format that does not round the stored number', () => {
  it('keeps nothing beside it: a scaling format shows thousands, not a rounding', async () => {
    const bytes = buildWorkbook([{ rows: [['各区技术合同成交额'], ['单位：万元'], ['地区', '2023年'], ['黄埔区', { v: 30004567, z: '#,##0,' }]] }]);
    const { values } = (await importFile(bytes, 'x.xlsx', testPlan())).sheets[0].tables[0];
    expect(observationAt(values, 0, ORIGIN).source).toMatchObject({ rawText: '30,005' });
    expect(observationAt(values, 0, ORIGIN).source.shownValue).toBeUndefined();
  });
});
