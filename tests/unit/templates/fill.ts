// Test support: find a template's input cells by its visible labels (not by its hidden cell map) and fill them with
// SheetJS, as a department's spreadsheet program would.
import * as XLSX from 'xlsx';
import { strFromU8, unzipSync } from 'fflate';

/** The A1 address of the input cell for an indicator, region and year, found from the sheet's headers and labels. */
export function inputCellOf(bytes: Uint8Array, sheet: string, indicatorId: string, region: string, year: number): string {
  const wb = XLSX.read(bytes, { type: 'array' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet]!, { header: 1, defval: null });
  const headerRow = rows.findIndex((r) => r.includes('地区'));
  const header = rows[headerRow]!;
  const regionColumn = header.indexOf('地区');
  const yearColumn = header.indexOf(`${year}年`);
  const row = rows.findIndex((r, i) => i > headerRow && r[0] === indicatorId && r[regionColumn] === region);
  if (headerRow < 0 || yearColumn < 0 || row < 0) throw new Error(`no input cell for ${indicatorId}/${region}/${year} on ${sheet}`);
  return XLSX.utils.encode_cell({ r: row, c: yearColumn });
}

/** Writes values (numbers, or text as typed) into cells of the named sheets and saves the workbook again. */
export function fillCells(bytes: Uint8Array, values: Record<string, Record<string, number | string>>): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array' });
  for (const [sheet, cells] of Object.entries(values)) {
    const ws = wb.Sheets[sheet]!;
    const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
    for (const [cell, v] of Object.entries(cells)) {
      ws[cell] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
      const { r, c } = XLSX.utils.decode_cell(cell);
      range.e.r = Math.max(range.e.r, r);
      range.e.c = Math.max(range.e.c, c);
    }
    ws['!ref'] = XLSX.utils.encode_range(range);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** The XML of every part of an xlsx, by path. */
export function xlsxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** The worksheet XML of a sheet, found through workbook.xml and its relationships. */
export function sheetXml(parts: Record<string, string>, sheet: string): string {
  const entry = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*>`).exec(parts['xl/workbook.xml']!)![0];
  const id = /r:id="([^"]+)"/.exec(entry)![1];
  const rel = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(parts['xl/_rels/workbook.xml.rels']!)![0];
  const target = /Target="([^"]+)"/.exec(rel)![1]!;
  return parts[target.startsWith('/') ? target.slice(1) : `xl/${target}`]!;
}
