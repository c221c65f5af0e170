// Bytes of an .xlsx/.xls/.ods/.csv file → a SheetJS workbook; CSV text is decoded here so Chinese survives.
import * as XLSX from 'xlsx';

/** Parses the file; throws SheetJS's error when the bytes are not a readable spreadsheet. */
export function readWorkbook(bytes: Uint8Array, fileName: string): XLSX.WorkBook {
  if (/\.csv$/i.test(fileName)) {
    // raw: keep every CSV cell as the text written, so "2020" or "3~5" is never turned into a date.
    return XLSX.read(decodeText(bytes), { type: 'string', raw: true });
  }
  return XLSX.read(bytes, { type: 'array' });
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (Excel's "CSV" on Chinese Windows). */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
