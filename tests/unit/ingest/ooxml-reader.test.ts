// Our OOXML reader (shared/ingest/read/ooxml) gives exactly the grids SheetJS's path gave, for every real .xlsx/.xlsm
// in the corpus and for small hand-written workbooks covering each kind of cell; bad parts fail with the sheet named.
import { readdirSync, readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../shared/ingest/errors';
import { decryptWorkbook, isEncryptedCompoundFile } from '../../../shared/ingest/read/decrypt';
import { webDecryptor } from '../../../shared/ingest/read/decryptors';
import { DEFAULT_LIMITS, checkZipExpansion } from '../../../shared/ingest/read/limits';
import { readOoxml } from '../../../shared/ingest/read/ooxml/read-ooxml';
import { ZipParts } from '../../../shared/ingest/read/ooxml/zip-parts';
import { repackZip } from '../../../shared/ingest/read/repack-zip';
import { sniff } from '../../../shared/ingest/read/sniff';
import { parseWithSheetJS, readWorkbook } from '../../../shared/ingest/read/workbook';
import { HAS_SHARED, NO_SHARED_REASON, sharedPath } from '../../support/shared-dir';
import type { SheetGrid } from '../../../shared/workbook';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

interface SheetPart {
  name: string;
  /** Everything inside <worksheet>. */
  body: string;
  state?: 'hidden' | 'veryHidden';
}

/** A minimal .xlsx written by hand: the sheets, and optionally a shared-string table and a styles part. */
function handWorkbook(sheets: SheetPart[], extra: { sharedStrings?: string[]; styles?: string; date1904?: boolean } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides = [`<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`];
  sheets.forEach((_, i) => overrides.push(`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`));
  if (extra.sharedStrings) overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`);
  if (extra.styles) overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`);
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetTags = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  files['xl/workbook.xml'] = strToU8(`<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${extra.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetTags}</sheets></workbook>`);
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}">${s.body}</worksheet>`)));
  if (extra.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="${MAIN_NS}" count="${extra.sharedStrings.length}">${extra.sharedStrings.map((si) => `<si>${si}</si>`).join('')}</sst>`);
  if (extra.styles) files['xl/styles.xml'] = strToU8(`<styleSheet xmlns="${MAIN_NS}">${extra.styles}</styleSheet>`);
  return zipSync(files);
}

const ours = (bytes: Uint8Array, name = 'hand.xlsx', limits = DEFAULT_LIMITS): SheetGrid[] => readOoxml(new ZipParts(bytes), name, limits);
/** Today's path, the oracle: SheetJS on the stored copy, then sheetToGrid. */
const sheetjs = (bytes: Uint8Array, name = 'hand.xlsx', limits = DEFAULT_LIMITS): SheetGrid[] => parseWithSheetJS(repackZip(bytes, name), name, 'xlsx', limits);

function thrown(read: () => unknown): IngestError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('expected an IngestError, nothing was thrown');
}

/** Both readers give the same grids; returns ours. */
function sameAsSheetJS(bytes: Uint8Array): SheetGrid[] {
  const grids = ours(bytes);
  expect(grids).toStrictEqual(sheetjs(bytes));
  return grids;
}

const sheet = (rows: string, after = '') => ({ name: 'Sheet1', body: `<sheetData>${rows}</sheetData>${after}` });

describe('hand-written workbooks read like SheetJS reads them', () => {
  it('reads every cell type with its value and shown text', () => {
    const bytes = handWorkbook([
      sheet(
        '<row r="1"><c r="A1"><v>12.5</v></c><c r="B1" t="n"><v>-3</v></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="str"><v>直接文本</v></c>' +
          '<c r="E1" t="inlineStr"><is><t>内联</t></is></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="b"><v>0</v></c><c r="H1" t="e"><v>#DIV/0!</v></c>' +
          '<c r="I1" t="d" s="1"><v>2024-01-15</v></c></row>',
      ),
    ], { sharedStrings: ['<t>共享</t>'], styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>' });
    const [grid] = sameAsSheetJS(bytes);
    // 2024-01-15 is 45,306 days after Excel's day 0 (1899-12-30): 2024-01-01 is serial 45,292, plus 14.
    expect(grid.rows[0]).toStrictEqual([
      { value: 12.5 },
      { value: -3 },
      { value: '共享' },
      { value: '直接文本' },
      { value: '内联' },
      { value: true, text: 'TRUE' },
      { value: false, text: 'FALSE' },
      { value: null, text: '#DIV/0!' },
      { value: 45306, text: '2024-01-15', format: 'yyyy\\-mm\\-dd' },
    ]);
  });

  it('joins rich-text runs, leaves out phonetic runs and decodes entities and _xHHHH_ escapes', () => {
    const bytes = handWorkbook([sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>内</t></r><r><rPr><b/></rPr><t>联</t></r></is></c></row>')], {
      sharedStrings: ['<r><t>广州</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve">市 </t></r><rPh sb="0" eb="2"><t>コウシュウ</t></rPh>', '<t>A&amp;B &lt;&#20013;&#x6587;&gt;_x0041_</t>'],
    });
    const [grid] = sameAsSheetJS(bytes);
    expect(grid.rows[0]).toStrictEqual([{ value: '广州市 ' }, { value: 'A&B <中文>A' }, { value: '内联' }]);
  });

  it('places cells and rows that have no r attribute after the ones before them', () => {
    const bytes = handWorkbook([sheet('<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c t="str"><v>x</v></c></row>')]);
    const [grid] = sameAsSheetJS(bytes);
    // Row 2 holds B2 then C2; the next row (3) starts again at column A.
    expect(grid.rows).toStrictEqual([[], [undefined, { value: 1 }, { value: 2 }], [{ value: 3 }, { value: 'x' }]]);
    expect([grid.rowCount, grid.columnCount]).toEqual([3, 3]);
  });

  it('keeps merges and takes the extent from the cells present, not the declared dimension', () => {
    const bytes = handWorkbook([{ name: '合并', body: '<dimension ref="A1:Z1000"/><sheetData><row r="1"><c r="A1" t="str"><v>标题</v></c></row><row r="2"><c r="B2"><v>7</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>' }]);
    const [grid] = sameAsSheetJS(bytes);
    expect(grid.merges).toStrictEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect([grid.rowCount, grid.columnCount]).toEqual([2, 2]);
  });

  it('formats a percent and a built-in date format with SSF', () => {
    const bytes = handWorkbook([sheet('<row r="1"><c r="A1" s="1"><v>0.0312</v></c><c r="B1" s="2"><v>45306</v></c><c r="C1" s="0"><v>0.0312</v></c></row>')], {
      styles: '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="14"/></cellXfs>',
    });
    const [grid] = sameAsSheetJS(bytes);
    // Built-in 10 is 0.00% and 14 is m/d/yy; serial 45306 is 15 January 2024.
    expect(grid.rows[0]).toStrictEqual([{ value: 0.0312, text: '3.12%', format: '0.00%' }, { value: 45306, text: '1/15/24', format: 'm/d/yy' }, { value: 0.0312 }]);
  });

  it('marks a formula without a cached value, and keeps a cached one', () => {
    const bytes = handWorkbook([sheet('<row r="1"><c r="A1"><f>SUM(B1:B2)</f></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1" s="0"/></row>')]);
    const [grid] = sameAsSheetJS(bytes);
    // C1 is an empty styled cell: it still counts toward the row's extent.
    expect(grid.rows[0]).toStrictEqual([{ value: null, text: '', uncachedFormula: true }, { value: 2 }, undefined]);
    expect(grid.columnCount).toBe(3);
  });

  it('keeps hidden and very hidden sheets, in workbook order', () => {
    const bytes = handWorkbook([
      { name: '可见', body: '<sheetData/>' },
      { name: '隐藏', state: 'hidden', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      { name: '深藏', state: 'veryHidden', body: '<sheetData/>' },
    ]);
    expect(sameAsSheetJS(bytes).map((g) => g.name)).toEqual(['可见', '隐藏', '深藏']);
  });

  it('refuses a sheet over the cell limit as soon as the count passes it', () => {
    const row = (r: number) => `<row r="${r}">${'ABCDE'.split('').map((c) => `<c r="${c}${r}"><v>${r}</v></c>`).join('')}</row>`;
    const bytes = handWorkbook([{ name: '大表', body: `<sheetData>${row(1)}${row(2)}${row(3)}</sheetData>` }]);
    const limits = { ...DEFAULT_LIMITS, maxSheetCells: 10 };
    const error = thrown(() => ours(bytes, 'big.xlsx', limits));
    expect(error.code).toBe('sheet-too-large');
    expect(error.sheet).toBe('大表');
    // The 11th cell (A3) stops the read: the 15 cells of the whole sheet are never counted.
    expect(error.message).toContain('有 11 个单元格');
    expect(thrown(() => sheetjs(bytes, 'big.xlsx', limits)).code).toBe('sheet-too-large');
  });

  it('fails with the sheet named on malformed sheet XML, never with a partial grid', () => {
    const unterminated = handWorkbook([{ name: '坏表', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="str</sheetData>' }]);
    const error = thrown(() => ours(unterminated, 'bad.xlsx'));
    expect(error.code).toBe('unreadable');
    expect(error.sheet).toBe('坏表');
    expect(error.message).toContain('bad.xlsx');
    expect(error.message).toContain('坏表');

    // SheetJS is wrong here: a sheet cut off before </sheetData> reads as an empty sheet. Ours refuses it.
    const cutShort = handWorkbook([{ name: '坏表', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>' }]);
    expect(sheetjs(cutShort)[0].rowCount).toBe(0);
    expect(thrown(() => ours(cutShort, 'bad.xlsx'))).toMatchObject({ code: 'unreadable', sheet: '坏表' });

    const missingString = handWorkbook([{ name: '坏表', body: '<sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData>' }], { sharedStrings: ['<t>只有一个</t>'] });
    const stringError = thrown(() => ours(missingString, 'bad.xlsx'));
    expect([stringError.code, stringError.sheet]).toEqual(['unreadable', '坏表']);
    expect(stringError.message).toContain('A1');
    // SheetJS drops that sheet, which today's path also reports as unreadable.
    expect(thrown(() => sheetjs(missingString, 'bad.xlsx')).code).toBe('unreadable');
  });

  it('is what readWorkbook uses for .xlsx, errors included', async () => {
    const good = handWorkbook([sheet('<row r="1"><c r="A1" t="str"><v>经由</v></c></row>')]);
    expect((await readWorkbook(good, 'good.xlsx')).sheets[0].rows[0]).toStrictEqual([{ value: '经由' }]);
    const bad = handWorkbook([{ name: '坏表', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }]);
    // Only our reader names the reason with the cell; SheetJS's path would only say the sheet could not be built.
    await expect(readWorkbook(bad, 'bad.xlsx')).rejects.toMatchObject({ code: 'unreadable', sheet: '坏表', message: expect.stringContaining('A1') });
  });
});

/** The zip package inside a corpus file (decrypted with Excel's default password when needed), when it is an OOXML
 *  workbook with xl/workbook.xml; null for every other kind of file. */
async function ooxmlPackage(bytes: Uint8Array, name: string): Promise<Uint8Array | null> {
  let data = bytes;
  if (sniff(bytes).kind === 'cfb') {
    if (!isEncryptedCompoundFile(bytes)) return null;
    try {
      data = await decryptWorkbook(bytes, name, undefined, webDecryptor);
    } catch {
      return null;
    }
  }
  if (sniff(data).kind !== 'zip') return null;
  try {
    return checkZipExpansion(data, name, DEFAULT_LIMITS).some((n) => n.toLowerCase() === 'xl/workbook.xml') ? data : null;
  } catch {
    return null;
  }
}

/** Every corpus file that holds an OOXML workbook, with its package bytes. */
async function corpusPackages(): Promise<{ file: string; data: Uint8Array }[]> {
  if (!HAS_SHARED) return [];
  const found: { file: string; data: Uint8Array }[] = [];
  for (const folder of ['sheetjs-test-files', 'yearbook-exports']) {
    for (const name of readdirSync(sharedPath('corpus', folder)).sort()) {
      const data = await ooxmlPackage(new Uint8Array(readFileSync(sharedPath('corpus', folder, name))), name);
      if (data) found.push({ file: `${folder}/${name}`, data });
    }
  }
  return found;
}

const PACKAGES = await corpusPackages();

describe.skipIf(!HAS_SHARED)(`corpus: our reader's grids equal SheetJS's (${HAS_SHARED ? 'corpus present' : NO_SHARED_REASON})`, () => {
  it('covers every .xlsx/.xlsm of the corpus', () => {
    const names = PACKAGES.map((p) => p.file.split('/')[1]);
    // 54 .xlsx/.xlsm files, of which wtf_path.xlsx keeps its workbook elsewhere (SheetJS still reads it).
    expect(names.filter((n) => /\.xls[xm]$/i.test(n)).length).toBe(53);
    expect(names).not.toContain('wtf_path.xlsx');
  });

  for (const { file, data } of PACKAGES) {
    // Generous: SheetJS, the oracle, takes seconds on large_strings.xlsx on a busy machine; speed is bench/'s business.
    it(file, { timeout: 120_000 }, () => {
      const name = file.split('/')[1];
      let expected: SheetGrid[] | Error;
      try {
        expected = sheetjs(data, name);
      } catch (error) {
        expected = error as Error;
      }
      if (expected instanceof Error) {
        expect(expected).toBeInstanceOf(IngestError);
        expect(thrown(() => ours(data, name))).toBeInstanceOf(IngestError);
      } else expect(ours(data, name)).toStrictEqual(expected);
    });
  }
});
