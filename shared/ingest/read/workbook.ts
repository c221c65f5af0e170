// readWorkbook: bytes to sheets of cells, after the size, format and encryption checks.
import * as XLSX from 'xlsx';
import { IngestError } from '../errors';
import type { ReadOptions } from '../types';
import { decryptWorkbook, isEncryptedCompoundFile } from './decrypt';
import { webDecryptor } from './decryptors';
import { decodeText, textToRows } from './decode-text';
import { sheetToGrid } from './grid';
import { DEFAULT_LIMITS, checkFileSize, checkSheetCells, checkZipExpansion } from './limits';
import { hasXmlWorkbook, partKey, readOoxml, WORKBOOK_PART, ZipParts } from './ooxml';
import { repackZip } from './repack-zip';
import { sniff } from './sniff';
import { sha256Hex } from '../../base';
import type { FileFormat, ReadWorkbook, SheetGrid } from '../../workbook';

function zipFormat(names: string[], fileName: string): FileFormat {
  if (names.includes('content.xml') || names.includes('mimetype')) return 'ods';
  if (names.includes('[Content_Types].xml') || names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  throw new IngestError('not-a-spreadsheet', fileName, { kind: 'zip' });
}

/** Our own reader's grids for a package whose workbook is xl/workbook.xml; null for the packages SheetJS reads
 *  (.xlsb, odd layouts). */
function readWithOoxmlReader(bytes: Uint8Array, names: string[], fileName: string, limits: typeof DEFAULT_LIMITS): SheetGrid[] | null {
  if (!names.some((n) => partKey(n) === WORKBOOK_PART)) return null;
  let parts: ZipParts;
  try {
    parts = new ZipParts(bytes);
  } catch (error) {
    throw new IngestError('unreadable', fileName, { reason: `zip: ${(error as Error)?.message ?? String(error)}` });
  }
  try {
    if (!hasXmlWorkbook(parts)) return null;
    return readOoxml(parts, fileName, limits);
  } catch (error) {
    throw parseError(error, bytes, fileName, 'xlsx');
  } finally {
    // The grids hold copies of what they need: the inflated XML would otherwise outlive the read by a whole analysis.
    parts.release();
  }
}

function parseError(error: unknown, bytes: Uint8Array, fileName: string, format: FileFormat): IngestError {
  if (error instanceof IngestError) return error;
  const reason = (error as Error)?.message ?? String(error);
  if (/password|encrypt/i.test(reason)) return new IngestError('password-required', fileName);
  if (format === 'xls' && bytes[0] === 0xd0 && (bytes.length - 512) % 512 !== 0) return new IngestError('truncated', fileName);
  return new IngestError('unreadable', fileName, { reason });
}

/** The SheetJS path: .xls, .xlsb, .ods and XML spreadsheets (and the oracle of the OOXML reader's tests). */
export function parseWithSheetJS(bytes: Uint8Array, fileName: string, format: FileFormat, limits: typeof DEFAULT_LIMITS): SheetGrid[] {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellDates: false,
      cellNF: true,
      cellText: false,
      cellFormula: true,
      sheetStubs: true,
      cellStyles: false,
      cellHTML: false,
      bookVBA: false,
      WTF: false,
    });
  } catch (error) {
    throw parseError(error, bytes, fileName, format);
  }
  return wb.SheetNames.map((name) => {
    const sheet = wb.Sheets[name];
    // A damaged file can list a sheet SheetJS could not build.
    if (!sheet) throw new IngestError('unreadable', fileName, { reason: `sheet "${name}"` }, { sheet: name });
    const { grid, cells } = sheetToGrid(name, sheet);
    delete wb.Sheets[name];
    checkSheetCells(cells, name, fileName, limits);
    return grid;
  });
}

/** Reads a spreadsheet or CSV file into grids. Throws IngestError with a code for every kind of bad input. */
export async function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadWorkbook> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  checkFileSize(bytes, fileName, limits);
  const fileHash = await sha256Hex(bytes);
  const sniffed = sniff(bytes);
  if (sniffed.kind === 'other') throw new IngestError('not-a-spreadsheet', fileName, { kind: sniffed.what });

  if (sniffed.kind === 'text') {
    const { text } = decodeText(bytes);
    const rows = textToRows(text);
    const cells = rows.reduce((n, r) => n + r.length, 0);
    checkSheetCells(cells, 'Sheet1', fileName, limits);
    const columnCount = rows.reduce((n, r) => Math.max(n, r.length), 0);
    return { fileName, fileHash, format: 'csv', decrypted: false, sheets: [{ name: 'Sheet1', rows, rowCount: rows.length, columnCount, merges: [] }] };
  }

  let data = bytes;
  let decrypted = false;
  let format: FileFormat;
  if (sniffed.kind === 'cfb' && isEncryptedCompoundFile(bytes)) {
    data = await decryptWorkbook(bytes, fileName, options.password, options.decryptor ?? webDecryptor);
    decrypted = true;
  }
  const inner = decrypted ? sniff(data).kind : sniffed.kind;
  if (inner === 'zip') {
    const names = checkZipExpansion(data, fileName, limits);
    format = zipFormat(names, fileName);
    const sheets = format === 'xlsx' ? readWithOoxmlReader(data, names, fileName, limits) : null;
    if (sheets) return { fileName, fileHash, format, decrypted, sheets };
    data = repackZip(data, fileName);
  } else if (inner === 'markup') format = 'xml';
  else format = 'xls';
  const sheets = parseWithSheetJS(data, fileName, format, limits);
  return { fileName, fileHash, format, decrypted, sheets };
}
