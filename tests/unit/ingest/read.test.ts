// Reading files: formats sniffed from bytes, GBK CSV, percent formats, uncached formulas, and every kind of bad input.
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IngestError, readWorkbook } from '../../../shared/ingest';
import { buildWorkbook, testPlan } from './support';
import { importFile } from '../../../shared/import';

async function readError(bytes: Uint8Array, fileName: string, options = {}): Promise<IngestError> {
  try {
    await readWorkbook(bytes, fileName, options);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('expected an IngestError');
}

/** A minimal xlsx whose sheet1.xml is given, written by hand so it can hold what SheetJS would never write. */
function handmadeXlsx(sheetXml: string): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetXml}</worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('formats', () => {
  it('sniffs the format from the bytes, not the name, and hashes the file', async () => {
    const bytes = buildWorkbook([{ rows: [['a', 1]] }]);
    const wb = await readWorkbook(bytes, 'misnamed.csv');
    expect(wb.format).toBe('xlsx');
    expect(wb.fileHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect((await readWorkbook(buildWorkbook([{ rows: [['a', 1]] }], 'biff8'), 'x.xlsx')).format).toBe('xls');
    expect((await readWorkbook(buildWorkbook([{ rows: [['a', 1]] }], 'ods'), 'x.xls')).format).toBe('ods');
  });

  it('decodes a GBK CSV saved by Chinese Excel and reads its values', async () => {
    // python3: '地区,年末总人口,R&D投入强度\r\n广州,897.87,3.12\r\n黄 埔 区,"1,234.5",—\r\n'.encode('gbk').hex()
    const hex =
      'b5d8c7f82cc4eac4a9d7dcc8cbbfda2c522644cdb6c8ebc7bfb6c80d0ab9e3d6dd2c3839372e38372c332e31320d0abbc620c6d220c7f82c22312c3233342e35222ca1aa0d0a';
    const bytes = Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
    const result = await importFile(bytes, 'gbk.csv', testPlan(), { year: 2023 });
    const [table] = result.sheets[0].tables;
    expect(table.layout).toBe('regions-by-indicators');
    expect(table.observations.map((o) => [o.indicator, o.region, o.value, o.cell])).toEqual([
      ['population', '全市', 897.87, 'B2'],
      ['rd-intensity', '全市', 3.12, 'C2'],
      ['population', '黄埔区', 1234.5, 'B3'],
    ]);
  });

  it('reads UTF-8 with a BOM, tabs and semicolons', async () => {
    const encode = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)]);
    for (const delimiter of ['\t', ';', ',']) {
      const text = ['区', '高新技术企业数'].join(delimiter) + '\n' + ['天河区', '3000'].join(delimiter) + '\n';
      const result = await importFile(encode(text), 'utf8.txt', testPlan(), { year: 2022 });
      expect(result.sheets[0].tables[0].observations.map((o) => [o.region, o.value])).toEqual([['天河区', 3000]]);
    }
  });
});

describe('values stored as the file shows them', () => {
  it('reads a fraction with a percent format as the percentage shown', async () => {
    const bytes = buildWorkbook([
      { rows: [['各区R&D投入强度'], ['地区', '2022年', '2023年'], ['黄埔区', { v: 0.0312, z: '0.00%' }, { v: 0.06, z: '0%' }]] },
    ]);
    const result = await importFile(bytes, 'percent.xlsx', testPlan(), {});
    expect(result.sheets[0].tables[0].observations.map((o) => [o.year, o.value, o.rawText])).toEqual([
      [2022, 3.12, '3.12%'],
      [2023, 6, '6%'],
    ]);
  });

  it('treats a formula without a cached value as missing, with a finding, never 0', async () => {
    const bytes = handmadeXlsx(
      `<sheetData><row r="1">${inline('A1', '地区')}${inline('B1', '2022年')}${inline('C1', '2023年')}</row>` +
        `<row r="2">${inline('A2', '黄埔区')}<c r="B2"><v>2000</v></c><c r="C2"><f>B2*1.1</f></c></row></sheetData>`,
    );
    const wb = await readWorkbook(bytes, 'formula.xlsx');
    expect(wb.sheets[0].rows[1][2]).toEqual({ value: null, text: '', uncachedFormula: true });
    const result = await importFile(bytes, 'formula.xlsx', testPlan(), { indicator: 'hitech-firms' });
    const [table] = result.sheets[0].tables;
    expect(table.observations.map((o) => [o.year, o.value])).toEqual([[2022, 2000]]);
    // The table gives no unit either: that is said once, for the first value.
    expect(table.findings.map((f) => [f.cell, f.code])).toEqual([
      ['B2', 'unit-assumed'],
      ['C2', 'formula-no-cache'],
    ]);
  });

  it('marks values whose unit cannot convert as errors', async () => {
    const bytes = buildWorkbook([{ rows: [['单位:家'], ['地区', '2022年', '2023年'], ['黄埔区', 5.1, 5.3]] }]);
    const result = await importFile(bytes, 'units.xlsx', testPlan(), { indicator: 'rd-intensity' });
    const [table] = result.sheets[0].tables;
    expect(table.observations).toEqual([]);
    expect(table.findings.map((f) => [f.cell, f.code])).toEqual([
      ['B3', 'unit-unconvertible'],
      ['C3', 'unit-unconvertible'],
    ]);
  });
});

describe('bad input', () => {
  it('refuses a file over the size limit', async () => {
    const error = await readError(new Uint8Array(2048).fill(65), 'big.csv', { limits: { maxFileBytes: 1024 } });
    expect(error.code).toBe('file-too-large');
    expect(error.message).toContain('big.csv');
  });

  it('refuses an archive that would expand past the limit, before inflating it', async () => {
    const bomb = zipSync({ '[Content_Types].xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await readError(bomb, 'bomb.xlsx', { limits: { maxExpandedBytes: 1024 * 1024 } });
    expect(error.code).toBe('archive-too-large');
  });

  it('refuses a sheet with more cells than the limit, and ignores a forged huge dimension', async () => {
    const forged = handmadeXlsx(`<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`);
    const wb = await readWorkbook(forged, 'forged.xlsx');
    expect([wb.sheets[0].rowCount, wb.sheets[0].columnCount]).toEqual([1, 1]);
    const many = buildWorkbook([{ rows: Array.from({ length: 50 }, () => [1, 2, 3, 4]) }]);
    const error = await readError(many, 'many.xlsx', { limits: { maxSheetCells: 100 } });
    expect([error.code, error.sheet]).toEqual(['sheet-too-large', 'Sheet1']);
  });

  it.each([
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['binary', [1, 2, 0, 0, 5, 6, 7, 8]],
  ])('refuses %s as not a spreadsheet', async (_, bytes) => {
    expect((await readError(new Uint8Array(bytes), 'file.xlsx')).code).toBe('not-a-spreadsheet');
  });

  it('refuses a zip that is not a workbook', async () => {
    expect((await readError(zipSync({ 'readme.txt': strToU8('hi') }), 'archive.xlsx')).code).toBe('not-a-spreadsheet');
  });

  it('says a truncated file is truncated, and importFile returns the error with nothing imported', async () => {
    const bytes = buildWorkbook([{ rows: Array.from({ length: 200 }, (_, i) => ['黄埔区', i]) }]);
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    expect((await readError(cut, 'cut.xlsx')).code).toBe('truncated');
    const result = await importFile(cut, 'cut.xlsx', testPlan(), {});
    expect(result.error?.code).toBe('truncated');
    expect(result.error?.message).toMatch(/cut\.xlsx.*不完整.*truncated/);
    expect(result.sheets).toEqual([]);
  });

  it('says an empty file is empty', async () => {
    expect((await readError(new Uint8Array(0), 'empty.csv')).code).toBe('empty-file');
  });
});
