// Splits a sheet into table blocks: title area, header rows, data rows (blank rows allowed inside) and trailing notes.
import { cellKind, textAt, yearOf } from './cells';
import { headerMeaning } from './header-text';
import { isDescriptionLine, isNoteLine } from './title-area';
import type { GridCell, SheetGrid } from '../../workbook';

export interface RowInfo {
  nonEmpty: number;
  /** Column of the first text cell, or -1. */
  firstText: number;
  /** Numbers and missing markers to the right of the first text cell. */
  numbers: number;
  missing: number;
  /** Year cells, for a row that may be a year header (empty for the rest: a long table's rows each hold a year). */
  years: { column: number; year: number }[];
  isYearRow: boolean;
  isData: boolean;
  /** A unit, meta, 续表 or note line. */
  isDescription: boolean;
  hasHorizontalMerge: boolean;
  /** A title merged across the table from the first column: it ends the header rows above data. */
  isTitle: boolean;
  /** A lone bracketed unit ("(万元)") under the one value column it belongs to: part of the header. */
  isUnitRow: boolean;
}

export interface Block {
  /** First row of the block (title area included). */
  start: number;
  /** Last row, trailing notes included. */
  end: number;
  headerRows: number[];
  dataRows: number[];
  labelColumn: number;
}

// A yearbook header: a group row, names, English names and units.
const MAX_HEADER_ROWS = 4;

// Shared by every row without years or that cannot be a year header, and never mutated: 200,000 rows keep no year lists alive.
const NO_YEARS: RowInfo['years'] = [];

/** Describes every row once, so block finding and layout detection never rescan cells. */
export function describeRows(grid: SheetGrid): RowInfo[] {
  const horizontalMergeRows = new Set<number>();
  const wideFromFirstColumn = new Set<number>();
  for (const m of grid.merges) {
    if (m.right > m.left) horizontalMergeRows.add(m.top);
    if (m.left === 0 && m.right >= 2) wideFromFirstColumn.add(m.top);
  }
  const infos: RowInfo[] = new Array(grid.rowCount);
  const candidates: number[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row = grid.rows[r] ?? [];
    let nonEmpty = 0;
    let firstText = -1;
    let numbers = 0;
    let missing = 0;
    let numbersTotal = 0;
    let explicitYears = 0;
    let texts = 0;
    let description = false;
    // Started at the first year as a one-item list: an empty list grown by push reserves 17 slots, and for a
    // 200,000-row sheet those lists were most of what detection allocated.
    let years = NO_YEARS;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const kind = cellKind(cell);
      if (kind === 'empty') continue;
      nonEmpty++;
      const year = yearOf(cell);
      if (year) {
        const found = { column: c, year: year.year };
        if (years === NO_YEARS) years = [found];
        else years.push(found);
        if (year.explicit) explicitYears++;
      }
      if (kind === 'text') {
        texts++;
        if (firstText < 0) firstText = c;
      } else if (kind === 'number') {
        numbersTotal++;
        if (firstText >= 0) numbers++;
      } else if (firstText >= 0) missing++;
    }
    // Unit, meta, 续表 and note lines stand nearly alone in their row; wide rows are never one.
    if (nonEmpty <= 3) {
      for (let c = 0; c < row.length && !description; c++) {
        if (cellKind(row[c]) === 'text' && isDescriptionLine(textAt(grid, r, c))) description = true;
      }
    }
    // A yearbook numbers its columns under the header ("甲 | 1 | 2 | 3"): such a row is read as blank.
    if (numbers >= 2 && numbers === nonEmpty - 1 && COLUMN_NUMBERS_LABEL.test(textAt(grid, r, firstText)) && numbersCount(row, firstText)) {
      infos[r] = { nonEmpty: 0, firstText: -1, numbers: 0, missing: 0, years: NO_YEARS, isYearRow: false, isData: false, isDescription: false, hasHorizontalMerge: false, isTitle: false, isUnitRow: false };
      continue;
    }
    const distinctYears = years.length < 2 ? years.length : new Set(years.map((y) => y.year)).size;
    // Plain numbers read as years only in a run of them: a long table's row (name, region, 2023, 2000) must stay data.
    const plainYears = years.length - explicitYears;
    const isYearRow = distinctYears === years.length && numbersTotal === plainYears && (explicitYears >= 1 || plainYears >= 3 || (plainYears === 2 && texts <= 1));
    const twoYearCandidate = distinctYears === 2 && plainYears === 2 && numbersTotal === 2 && !isYearRow;
    infos[r] = {
      nonEmpty,
      firstText,
      numbers,
      missing,
      years: isYearRow || twoYearCandidate ? years : NO_YEARS,
      isYearRow,
      isData: !isYearRow && !description && firstText >= 0 && numbers + missing >= 1 && numbers >= 1,
      isDescription: description,
      hasHorizontalMerge: horizontalMergeRows.has(r),
      isTitle: nonEmpty === 1 && firstText === 0 && wideFromFirstColumn.has(r),
      isUnitRow: nonEmpty === 1 && firstText >= 0 && isLoneUnit(textAt(grid, r, firstText)),
    };
    if (twoYearCandidate) candidates.push(r);
  }
  // Two plain years beside labels: a header when the row below holds other numbers in those columns (a long
  // table's rows hold years there too).
  for (const r of candidates) {
    const below = nextNonBlank(infos, r + 1);
    if (below >= infos.length) continue;
    const columns = infos[r].years.map((y) => y.column);
    if (columns.some((c) => yearOf(grid.rows[below]?.[c]) === null && cellKind(grid.rows[below]?.[c]) === 'number')) {
      infos[r] = { ...infos[r], isYearRow: true, isData: false };
    }
  }
  return infos;
}

function isHeaderLike(info: RowInfo): boolean {
  return !info.isData && !info.isDescription && !info.isTitle && (info.isYearRow || info.nonEmpty >= 2 || info.hasHorizontalMerge || info.isUnitRow);
}

function isLoneUnit(text: string): boolean {
  if (!/^[(（[]/.test(text)) return false;
  const meaning = headerMeaning(text);
  return meaning.name === '' && meaning.unit !== undefined;
}

const COLUMN_NUMBERS_LABEL = /^(甲|乙|丙|栏次|栏号|序号|列号)$/;

/** True when the numbers right of `label` count 1, 2, 3 … from the left. */
function numbersCount(row: (GridCell | undefined)[], label: number): boolean {
  let expected = 1;
  for (let c = label + 1; c < row.length; c++) {
    const cell = row[c];
    if (cellKind(cell) === 'empty') continue;
    const value = typeof cell!.value === 'number' ? cell!.value : Number(String(cell!.value).trim());
    if (value !== expected++) return false;
  }
  return expected > 2;
}

function nextNonBlank(infos: RowInfo[], from: number): number {
  let r = from;
  while (r < infos.length && infos[r].nonEmpty === 0) r++;
  return r;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

/** Finds the table blocks of a sheet, top to bottom. */
export function findBlocks(grid: SheetGrid, infos: RowInfo[]): Block[] {
  const blocks: Block[] = [];
  let blockStart = 0;
  let r = 0;
  while (r < infos.length) {
    while (r < infos.length && !infos[r].isData) r++;
    if (r >= infos.length) break;
    const firstData = r;

    const headerRows: number[] = [];
    for (let h = firstData - 1; h >= blockStart && headerRows.length < MAX_HEADER_ROWS; h--) {
      const info = infos[h];
      if (info.nonEmpty === 0) continue;
      // A unit line between the header and the data ("单位:万元" under the header row) is read with the title area.
      if (info.isDescription && headerRows.length === 0) continue;
      if (!isHeaderLike(info)) break;
      headerRows.unshift(h);
      if (info.isYearRow && headerRows.length > 1) break;
    }

    const dataRows: number[] = [];
    let end = firstData;
    while (r < infos.length) {
      const info = infos[r];
      if (info.isData) {
        dataRows.push(r);
        end = r;
        r++;
      } else if (info.nonEmpty === 0) r++;
      else if (info.firstText >= 0 && info.nonEmpty === 1 && !info.isDescription && infos[nextNonBlank(infos, r + 1)]?.isData) {
        // A label with no values (every cell missing), followed by more data: still part of the table.
        dataRows.push(r);
        end = r;
        r++;
      } else break;
    }
    // Trailing notes belong to the table.
    let n = end + 1;
    while (n < infos.length && (infos[n].nonEmpty === 0 || (infos[n].nonEmpty <= 2 && isNoteLine(rowText(grid, n))))) {
      if (infos[n].nonEmpty > 0) end = n;
      n++;
    }
    const labelColumn = mostCommon(dataRows.map((d) => infos[d].firstText));
    if (headerRows.length) blocks.push({ start: blockStart, end, headerRows, dataRows, labelColumn });
    blockStart = end + 1;
    r = end + 1;
  }
  return blocks;
}

/** The first non-empty cell text of a row. */
export function rowText(grid: SheetGrid, row: number): string {
  const cells = grid.rows[row] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const t = textAt(grid, row, c);
    if (t) return t;
  }
  return '';
}
