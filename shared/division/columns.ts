// The columns of a responsibility table (分工方案) and what each holds, read from its header row; and the layout key a
// user's corrected mapping is remembered under, so the next file laid out the same way needs no correcting.
import { fnv64Hex } from '../base';
import { displayedText, headerMeaning } from '../ingest';
import type { SheetGrid } from '../workbook';

/** What a column holds: the section reference, the item's title, the lead unit, the partner units, the 时间节点. */
export const DIVISION_ROLES = ['ref', 'title', 'lead', 'partners', 'deadline'] as const;
export type DivisionRole = (typeof DIVISION_ROLES)[number];

/** The columns of one table (0-based), by role; a role without a column is left out. */
export type DivisionColumns = Partial<Record<DivisionRole, number>>;

/** Remembered mappings by layout key. */
export type DivisionMappings = Record<string, DivisionColumns>;

/** The header row is looked for among a sheet's first rows: titles and notes come above it, never many. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Header words by role, the more specific first: 序号 names a reference only when no column says 章节, and
 * 责任单位 names the partners (the 分工方案 habit of 牵头单位 beside 责任单位) when a 牵头 column is there.
 */
function roleOf(header: string): { role: DivisionRole; weak: boolean } | null {
  const h = header.replace(/\s+/g, '');
  if (h === '') return null;
  if (/牵头/.test(h)) return { role: 'lead', weak: false };
  if (/配合|参与|协同|协办/.test(h)) return { role: 'partners', weak: false };
  if (/责任(单位|部门)/.test(h)) return { role: 'partners', weak: true };
  if (/时间节点|时限|完成时间|时间安排|进度安排|节点/.test(h)) return { role: 'deadline', weak: false };
  if (/章节|条目|条款|任务编号/.test(h)) return { role: 'ref', weak: false };
  if (/^(序号|编号)$/.test(h)) return { role: 'ref', weak: true };
  if (/任务|事项|名称|内容|平台|项目/.test(h)) return { role: 'title', weak: false };
  return null;
}

/** The cleaned header text of every column of a row. */
export function headerTexts(grid: SheetGrid, row: number): string[] {
  return Array.from({ length: grid.columnCount }, (_, c) => headerMeaning(displayedText(grid, row, c)).name);
}

/** Columns by role from one row's headers; the first column of each role wins, a strong word over a weak one. */
function columnsOf(headers: readonly string[]): DivisionColumns {
  const columns: DivisionColumns = {};
  const weak = new Set<DivisionRole>();
  headers.forEach((header, column) => {
    const found = roleOf(header);
    if (!found) return;
    const taken = columns[found.role] !== undefined;
    if (taken && !(weak.has(found.role) && !found.weak)) return;
    columns[found.role] = column;
    if (found.weak) weak.add(found.role);
    else weak.delete(found.role);
  });
  // 责任单位 beside no 牵头 column is the only unit column: it names who answers, the lead.
  if (columns.lead === undefined && columns.partners !== undefined && weak.has('partners')) {
    columns.lead = columns.partners;
    delete columns.partners;
  }
  return columns;
}

/** A table found in a sheet: its header row (0-based), its columns by role, and its layout key. */
export interface FoundTable {
  headerRow: number;
  headers: string[];
  columns: DivisionColumns;
  layoutKey: string;
}

/** The layout a mapping is remembered by: the sheet's header texts in order, hashed. */
export function layoutKey(headers: readonly string[]): string {
  return fnv64Hex(headers.map((h) => h.replace(/\s+/g, '')).join('\u0001'));
}

/**
 * The first row that reads as a 分工方案 header: one naming the item (a reference or a title) and who or when (lead,
 * partners or 时间节点); failing that, the first of two or more headings naming the item, whose other columns the user
 * maps. A remembered mapping for the row's layout replaces the detected columns.
 */
export function findTable(grid: SheetGrid, remembered: DivisionMappings = {}): (FoundTable & { remembered: boolean }) | null {
  type HeaderRow = { row: number; headers: string[]; columns: DivisionColumns };
  let fallback: HeaderRow | null = null;
  let found: HeaderRow | null = null;
  for (let row = 0; row < Math.min(grid.rowCount, HEADER_SEARCH_ROWS) && !found; row++) {
    const headers = headerTexts(grid, row);
    const columns = columnsOf(headers);
    const names = columns.ref !== undefined || columns.title !== undefined;
    const says = columns.lead !== undefined || columns.partners !== undefined || columns.deadline !== undefined;
    if (names && says) found = { row, headers, columns };
    else if (names && !fallback && headers.filter(Boolean).length >= 2) fallback = { row, headers, columns };
  }
  const table = found ?? fallback;
  if (!table) return null;
  const key = layoutKey(table.headers);
  const kept = remembered[key];
  return { headerRow: table.row, headers: table.headers, columns: kept ? { ...kept } : table.columns, layoutKey: key, remembered: kept !== undefined };
}
