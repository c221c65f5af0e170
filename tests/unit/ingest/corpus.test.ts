// Every real file in ../shared/corpus imports, or fails with a clear IngestError, within 10 s; and the yearbook
// exports (the encrypted ones too) give the values printed in them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { HAS_SHARED, NO_SHARED_REASON, sharedPath } from '../../support/shared-dir';
import { testPlan } from './support';
import { type FileImportResult, importFile } from '../../../shared/import';
import type { DraftObservation } from '../../../shared/model';

const FOLDERS = ['sheetjs-test-files', 'yearbook-exports'];
const EXPECTED_ERRORS = new Set(['password-required', 'not-a-spreadsheet', 'unreadable', 'truncated']);

function files(folder: string): string[] {
  return HAS_SHARED ? readdirSync(sharedPath('corpus', folder)).sort() : [];
}

/** Yearbook tables list provinces, which no test plan has: they are kept as benchmarks so their values can be read. */
async function importCorpusFile(folder: string, name: string, options = {}): Promise<FileImportResult> {
  const bytes = new Uint8Array(readFileSync(sharedPath('corpus', folder, name)));
  return importFile(bytes, name, testPlan(), { benchmarks: true, ...options });
}

function values(result: FileImportResult): DraftObservation[] {
  expect(result.error).toBeUndefined();
  return result.sheets.flatMap((s) => s.tables.flatMap((t) => t.observations));
}

function valueAt(result: FileImportResult, indicator: string, region: string, year: number): number[] {
  return values(result)
    .filter((o) => o.indicator === indicator && o.region === region && o.year === year)
    .map((o) => o.value);
}

describe.skipIf(!HAS_SHARED)(`every corpus file imports or fails clearly (${HAS_SHARED ? 'corpus present' : NO_SHARED_REASON})`, () => {
  for (const folder of FOLDERS) {
    for (const name of files(folder)) {
      it(`${folder}/${name}`, { timeout: 10_000 }, async () => {
        const result = await importCorpusFile(folder, name);
        if (result.error) {
          expect(EXPECTED_ERRORS).toContain(result.error.code);
          expect(result.error.message).toContain(name);
          expect(result.sheets).toEqual([]);
        } else {
          expect(result.fileHash).toMatch(/^[0-9a-f]{64}$/);
          for (const o of result.sheets.flatMap((s) => s.tables.flatMap((t) => t.observations))) expect(Number.isFinite(o.value)).toBe(true);
        }
        if (name.startsWith('password_')) expect(result.error?.code).toBe('password-required');
      });
    }
  }
});

describe.skipIf(!HAS_SHARED)(`password-protected files (${HAS_SHARED ? 'corpus present' : NO_SHARED_REASON})`, () => {
  it('opens with the right password and says when it is wrong', async () => {
    const right = await importCorpusFile('sheetjs-test-files', 'password_2002_40_xor.xls', { password: 'password' });
    expect(right.error).toBeUndefined();
    expect(right.sheets.map((s) => s.sheet)).toEqual(['Sheet1', 'Sheet2', 'Sheet3']);
    const wrong = await importCorpusFile('sheetjs-test-files', 'password_2002_128_strong.xls', { password: 'not-it' });
    expect(wrong.error?.code).toBe('password-wrong');
  });
});

// Expected values are the ones printed in the files (checked by opening them); the files keep more decimals than they
// print, so values are compared to the printed precision.
describe.skipIf(!HAS_SHARED)(`yearbook exports give the printed values (${HAS_SHARED ? 'corpus present' : NO_SHARED_REASON})`, () => {
  const folder = 'yearbook-exports';

  it('R&D intensity by region, 2012–2021 (part01-over__02-spend-intense__raw-2021.xls)', async () => {
    const result = await importCorpusFile(folder, 'part01-over__02-spend-intense__raw-2021.xls');
    expect(valueAt(result, 'rd-intensity', '广东', 2021)[0]).toBeCloseTo(3.22, 2);
    expect(valueAt(result, 'rd-intensity', '北京', 2012)[0]).toBeCloseTo(5.59, 2);
    expect(valueAt(result, 'rd-intensity', '内蒙古', 2016)[0]).toBeCloseTo(1.07, 2);
    expect(valueAt(result, 'rd-intensity', '全国', 2020)[0]).toBeCloseTo(2.41, 2);
    const guangdong = values(result).find((o) => o.region === '广东' && o.year === 2021)!;
    expect([guangdong.cell, guangdong.rawText, guangdong.unit]).toEqual(['L31', '3.22', '%']);
  });

  it('R&D intensity by region, 2012–2023, encrypted with the default password (…raw-2023.xls)', async () => {
    const result = await importCorpusFile(folder, 'part01-over__02-spend-intense__raw-2023.xls');
    expect(valueAt(result, 'rd-intensity', '广东', 2023)).toEqual([3.54]);
    expect(valueAt(result, 'rd-intensity', '北京', 2022)).toEqual([6.84]);
    expect(valueAt(result, 'rd-intensity', '西藏', 2023)).toEqual([0.3]);
  });

  it('R&D spending by source, 2022, 万元 converted to the indicator unit (…03-spend-inner…raw-2022.xls, encrypted)', async () => {
    const result = await importCorpusFile(folder, 'part01-over__03-spend-inner__02-source__raw-2022.xls');
    // Printed: 广东 44118955 (万元); the test plan's rd-spend is in 万元.
    expect(valueAt(result, 'rd-spend', '广东', 2022)).toEqual([44118955]);
    expect(valueAt(result, 'rd-spend', '全国', 2022)).toEqual([307828823]);
  });

  it('firms with R&D institutions, 2021 (part02-firm__00-firms__raw-2021.xls, encrypted)', async () => {
    const result = await importCorpusFile(folder, 'part02-firm__00-firms__raw-2021.xls');
    expect(valueAt(result, 'firms-with-rd-institutions', '广东', 2021)).toEqual([30261]);
    expect(valueAt(result, 'firms-with-rd-institutions', '西藏', 2021)).toEqual([3]);
  });

  it('R&D full-time equivalent, 2021, from the year in the title (part01-over__01-labor-hour__raw-2021.xlsx)', async () => {
    const result = await importCorpusFile(folder, 'part01-over__01-labor-hour__raw-2021.xlsx');
    expect(valueAt(result, 'rd-fte', '广东', 2021)).toEqual([885248]);
    expect(valueAt(result, 'rd-fte', '内蒙古', 2021)).toEqual([26427]);
  });

  it('Guangzhou GDP by year: the "地区:广州" line puts the table in the whole area (nbs__20_Guangzhou_All.xls)', async () => {
    const result = await importCorpusFile(folder, 'nbs__20_Guangzhou_All.xls');
    expect(valueAt(result, 'gdp', '全市', 2017)).toEqual([21503.15]);
    expect(valueAt(result, 'gdp', '全市', 2010)).toEqual([10748.3]);
    expect(valueAt(result, 'gdp', '全市', 2018)).toEqual([]);
  });

  it('GDP of major cities: the "指标:" line names the indicator (nbs__20_Major_GDP.xls)', async () => {
    const result = await importCorpusFile(folder, 'nbs__20_Major_GDP.xls');
    expect(valueAt(result, 'gdp', '北京', 2000)).toEqual([3161.66]);
    expect(valueAt(result, 'gdp', '全市', 2017)).toEqual([21503.15]);
    expect(valueAt(result, 'gdp', '拉萨', 2010)).toEqual([]);
  });

  it('city statistics saved as GBK CSV, with the year forced (nbs__17_Economic.csv)', async () => {
    const result = await importCorpusFile(folder, 'nbs__17_Economic.csv', { year: 2017 });
    expect(valueAt(result, 'population', '全市', 2017)).toEqual([897.87]);
    expect(valueAt(result, 'population', '北京', 2017)).toEqual([1359.2]);
  });

  it('maps the yearbook title to the built-in plan’s R&D intensity through its alias', async () => {
    const bytes = new Uint8Array(readFileSync(sharedPath('corpus', folder, 'part01-over__02-spend-intense__raw-2023.xls')));
    const result = await importFile(bytes, 'x.xls', guangzhouPlan(), { benchmarks: ['全国', '广东'] });
    expect(valueAt(result, 'rd-intensity', '广东', 2022)).toEqual([3.41]);
    expect(valueAt(result, 'rd-intensity', '全国', 2022).length).toBe(1);
    // Only the benchmarks asked for are kept: 北京 is not.
    expect(valueAt(result, 'rd-intensity', '北京', 2022)).toEqual([]);
  });

  it('leaves the provinces out by default, saying so for each, and keeps none of their values', async () => {
    const bytes = new Uint8Array(readFileSync(sharedPath('corpus', folder, 'part01-over__02-spend-intense__raw-2023.xls')));
    const result = await importFile(bytes, 'x.xls', guangzhouPlan());
    const tables = result.sheets.flatMap((s) => s.tables);
    expect(tables.flatMap((t) => t.observations)).toEqual([]);
    const leftOut = tables.flatMap((t) => t.findings).filter((f) => f.code === 'region-left-out');
    expect(leftOut.length).toBeGreaterThanOrEqual(31);
    expect(leftOut.some((f) => f.message.includes('“北京”'))).toBe(true);
  });
});

// How many corpus sheets yield no table, and that every one of them says why. Measured when the reasons were added
// (2026-12-07): yearbook-exports 3 of 11 sheets (the CNKI link sheets, only text), sheetjs-test-files 194 of 295
// (format and feature samples, not statistics tables). A change that finds fewer tables moves these ceilings.
describe.skipIf(!HAS_SHARED)(`sheets without a table say why (${HAS_SHARED ? 'corpus present' : NO_SHARED_REASON})`, () => {
  const CEILINGS: Record<string, number> = { 'yearbook-exports': 3, 'sheetjs-test-files': 194 };
  for (const folder of FOLDERS) {
    it(`${folder}: at most ${CEILINGS[folder]} sheets without a table, each with its reason`, { timeout: 120_000 }, async () => {
      let sheets = 0;
      const without: string[] = [];
      for (const name of files(folder).filter((f) => !f.startsWith('LICENSE'))) {
        const result = await importCorpusFile(folder, name);
        for (const sheet of result.sheets) {
          sheets++;
          if (sheet.tables.length > 0) continue;
          without.push(`${name}!${sheet.sheet}`);
          expect(sheet.noTable, `${name}!${sheet.sheet} yields no table and says nothing`).toBeDefined();
          expect(sheet.noTable!.message).toContain(sheet.sheet);
        }
      }
      expect(sheets).toBeGreaterThan(0);
      expect(without.length).toBeLessThanOrEqual(CEILINGS[folder]!);
    });
  }

  it('says the CNKI link sheets of the yearbook exports hold only text', async () => {
    const result = await importCorpusFile('yearbook-exports', 'part02-firm__00-firms__raw-2021.xls');
    expect(result.sheets.map((s) => [s.sheet, s.tables.length, s.noTable?.reason])).toEqual([['1', 1, undefined], ['CNKI', 0, 'only-text']]);
  });
});
