// Reads a value's source cell and its neighbourhood from the kept original file (loaded on demand: it needs the
// spreadsheet reader, which no screen should pay for at start).
import * as XLSX from 'xlsx';
import { readWorkbook } from '../../../shared/ingest';
import type { Provenance } from '../../../shared/model';
import { db, getOriginalFile } from '../../db';
import { cellText } from '../../../shared/workbook';
import type { useT } from '../services';

/** How many rows and columns are shown on each side of a source cell. */
const AROUND = 2;

/** The cells around a source cell, as text. */
export interface Neighbourhood {
  top: number;
  left: number;
  row: number;
  column: number;
  texts: string[][];
}

/** Reads the original file and cuts out the source cell with AROUND rows and columns on each side. */
export async function readNeighbourhood(source: Provenance, t: ReturnType<typeof useT>): Promise<Neighbourhood> {
  const file = await getOriginalFile(db, source.fileHash);
  if (!file) throw new Error(t('safety.original.missing', { file: source.fileName }));
  let workbook;
  try {
    workbook = await readWorkbook(file.bytes, file.name);
  } catch (error) {
    throw new Error(t('safety.original.unreadable', { message: error instanceof Error ? error.message : String(error) }));
  }
  const sheet = workbook.sheets.find((s) => s.name === source.sheet);
  if (!sheet) throw new Error(t('safety.original.noSheet', { sheet: source.sheet ?? '' }));
  const { r: row, c: column } = XLSX.utils.decode_cell(source.cell ?? 'A1');
  const top = Math.max(0, row - AROUND);
  const left = Math.max(0, column - AROUND);
  const texts: string[][] = [];
  for (let r = top; r <= row + AROUND; r++) {
    const cells = sheet.rows[r] ?? [];
    texts.push(Array.from({ length: column + AROUND - left + 1 }, (_, i) => cellText(cells[left + i])));
  }
  return { top, left, row, column, texts };
}

