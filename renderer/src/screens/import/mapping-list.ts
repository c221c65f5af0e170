// What went where in one table: each source label (a row's name, a column's header, or the one indicator a table
// names) with its cell, and the indicator its values went to, or why none did. Derived from the cells of the mapped
// values and the table's detection, so the list always says what the import will store.
import * as XLSX from 'xlsx';
import type { ValueColumns } from '../../../../shared/model';
import type { SheetPreview, WizardTable } from '../../../workers/import-client';

/** Rows and columns of the sheet, 0-based and inclusive. */
export interface SheetArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface MappingEntry {
  /** Unique within the file: the table's key and the label's cell. */
  key: string;
  /** What the label names: a row of values, a column of values, or every value of a single-indicator table. */
  axis: 'row' | 'column' | 'table';
  /** A1 address of the label. */
  cell: string;
  /** The label as the sheet shows it; '' when the table names no indicator, null when the label lies outside the preview. */
  label: string | null;
  /** The indicator the values went to; null when no value did. */
  indicatorId: string | null;
  /** How many values it gave. */
  values: number;
  /** Why no value was imported: the plan knows no indicator by the name, or no cell of it held a number. */
  reason?: 'name' | 'values';
  /** What the preview highlights for the entry: the row, the column, or for a long table every preview row of the name. */
  areas: SheetArea[];
}

/** Row and column of an A1 address held in `text` from `start` to `end` (the mapper writes plain "B12" addresses). */
function decodeAddress(text: string, start: number, end: number): { row: number; column: number } {
  let column = 0;
  let i = start;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return { row: Number(text.slice(i, end)) - 1, column: column - 1 };
}

/** The values a row or column of labels gave, by its index: how many, and the indicator (index) they went to. */
type Tally = Map<number, { indicator: number; count: number }>;

/** Tallies every value by the row or column `key` picks from its cell. */
function tally(values: ValueColumns, key: (row: number, column: number) => number): Tally {
  const counts: Tally = new Map();
  const { text, ends } = values.cells;
  for (let i = 0; i < ends.length; i++) {
    const { row, column } = decodeAddress(text, i === 0 ? 0 : ends[i - 1]!, ends[i]!);
    const k = key(row, column);
    const known = counts.get(k);
    if (known) known.count++;
    else counts.set(k, { indicator: values.indicatorIds.indexOf[i]!, count: 1 });
  }
  return counts;
}

/** The text of a cell as the preview shows it, or null outside the preview window. */
function previewText(preview: SheetPreview, row: number, column: number): string | null {
  const text = preview.rows[row]?.[column];
  return text === undefined ? null : text.trim();
}

/** Builds one entry from what its label gave; `nameUnknown`: the plan knows no indicator by the label (or there is none). */
function entry(table: WizardTable, axis: MappingEntry['axis'], cell: string, label: string | null, gave: { indicator: number; count: number } | undefined, areas: SheetArea[], nameUnknown: boolean): MappingEntry {
  const values = table.mapped!.values;
  const common = { key: `${table.table.key}|${cell}`, axis, cell, label, areas };
  if (gave) return { ...common, indicatorId: values.indicatorIds.distinct[gave.indicator]!, values: gave.count };
  return { ...common, indicatorId: null, values: 0, reason: nameUnknown ? 'name' : 'values' };
}

/** Indicators × years (and filled templates): one entry per data row that has a name or gave a value. */
function rowEntries(analysed: WizardTable, preview: SheetPreview, unmappedCells: Set<string>): MappingEntry[] {
  const { table, mapped } = analysed;
  const range = XLSX.utils.decode_range(table.range);
  const gave = tally(mapped!.values, (row) => row);
  const labelCell = (row: number) => XLSX.utils.encode_cell({ r: row, c: table.labelColumn });
  const named = (row: number) => !!previewText(preview, row, table.labelColumn) || unmappedCells.has(labelCell(row));
  return table.dataRows
    .filter((row) => gave.has(row) || named(row))
    .map((row) => {
      const area = { top: row, bottom: row, left: range.s.c, right: range.e.c };
      return entry(analysed, 'row', labelCell(row), previewText(preview, row, table.labelColumn), gave.get(row), [area], unmappedCells.has(labelCell(row)));
    });
}

/** Regions × indicators: one entry per indicator column, labelled by its header. */
function columnEntries(analysed: WizardTable, preview: SheetPreview, unmappedCells: Set<string>): MappingEntry[] {
  const { table, mapped } = analysed;
  const range = XLSX.utils.decode_range(table.range);
  const headerRow = table.headerRows[table.headerRows.length - 1] ?? range.s.r;
  const gave = tally(mapped!.values, (_, column) => column);
  return table.valueColumns.map(({ column, name }) => {
    const cell = XLSX.utils.encode_cell({ r: headerRow, c: column });
    const area = { top: table.headerRows[0] ?? range.s.r, bottom: range.e.r, left: column, right: column };
    return entry(analysed, 'column', cell, previewText(preview, headerRow, column) || (name ?? null), gave.get(column), [area], unmappedCells.has(cell));
  });
}

/** A table of one indicator (regions × years, or a long table without an indicator column): one entry for it all. */
function tableEntry(analysed: WizardTable, preview: SheetPreview, unmappedCells: Set<string>): MappingEntry[] {
  const { table, mapped } = analysed;
  const range = XLSX.utils.decode_range(table.range);
  const { values } = mapped!;
  const gave = values.years.length > 0 ? { indicator: values.indicatorIds.indexOf[0]!, count: values.years.length } : undefined;
  // The label is the title or "指标:" line naming the indicator; without one the file names none (the user may choose).
  const title = table.titleCell ? XLSX.utils.decode_cell(table.titleCell) : null;
  const cell = table.titleCell ?? XLSX.utils.encode_cell(range.s);
  const label = title ? previewText(preview, title.r, title.c) : '';
  const area = { top: table.headerRows[0] ?? range.s.r, bottom: range.e.r, left: range.s.c, right: range.e.c };
  return [entry(analysed, 'table', cell, label, gave, [area], table.indicator === undefined || unmappedCells.has(cell))];
}

/** A long table with an indicator column: one entry per indicator (at the first row naming it) and per unknown name. */
function nameEntries(analysed: WizardTable, preview: SheetPreview): MappingEntry[] {
  const { table, mapped } = analysed;
  const range = XLSX.utils.decode_range(table.range);
  const column = table.longColumns!.indicator!;
  const { values, unmapped } = mapped!;
  // One pass over the indicator indexes and one address per indicator: a long table may hold 200,000 rows.
  const firstAt = new Map<number, number>();
  const counts = new Map<number, number>();
  const { indexOf } = values.indicatorIds;
  for (let i = 0; i < indexOf.length; i++) {
    const j = indexOf[i]!;
    if (!firstAt.has(j)) firstAt.set(j, i);
    counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  const dataRows = new Set(table.dataRows);
  // The table's preview rows whose name reads as the given row's does, as runs of consecutive rows.
  const rowsNamedAs = (row: number): SheetArea[] => {
    const label = previewText(preview, row, column);
    const rows = label ? preview.rows.flatMap((_, r) => (dataRows.has(r) && previewText(preview, r, column) === label ? [r] : [])) : [row];
    const areas: SheetArea[] = [];
    for (const r of rows) {
      const last = areas[areas.length - 1];
      if (last && last.bottom === r - 1) last.bottom = r;
      else areas.push({ top: r, bottom: r, left: range.s.c, right: range.e.c });
    }
    return areas;
  };
  const { text, ends } = values.cells;
  const found = [...firstAt].map(([j, i]) => {
    const { row } = decodeAddress(text, i === 0 ? 0 : ends[i - 1]!, ends[i]!);
    const cell = XLSX.utils.encode_cell({ r: row, c: column });
    return { row, entry: entry(analysed, 'row', cell, previewText(preview, row, column), { indicator: j, count: counts.get(j)! }, rowsNamedAs(row), false) };
  });
  const unknown = unmapped.map((name) => {
    const { r: row } = XLSX.utils.decode_cell(name.cell);
    return { row, entry: entry(analysed, 'row', name.cell, previewText(preview, row, column) ?? name.name, undefined, rowsNamedAs(row), true) };
  });
  return [...found, ...unknown].sort((a, b) => a.row - b.row).map((x) => x.entry);
}

/** The entries of one table, in sheet order; none for a table left out. */
export function mappingEntries(analysed: WizardTable, preview: SheetPreview): MappingEntry[] {
  const { table, mapped } = analysed;
  if (!mapped) return [];
  const unmappedCells = new Set(mapped.unmapped.map((u) => u.cell));
  if (table.layout === 'indicators-by-years') return rowEntries(analysed, preview, unmappedCells);
  if (table.layout === 'regions-by-indicators') return columnEntries(analysed, preview, unmappedCells);
  if (table.layout === 'long' && table.longColumns?.indicator !== undefined) return nameEntries(analysed, preview);
  return tableEntry(analysed, preview, unmappedCells);
}
