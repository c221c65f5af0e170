// Why a sheet yields no table, in the terms of how tables are found (blocks.ts): every sheet without one says why.
import { describeRows } from './blocks';
import { cellKind } from './cells';
import type { NoTableReason, SheetWithoutTable } from '../types';
import { inBothLanguages, joinLanguages } from '../../base';
import type { SheetGrid } from '../../workbook';

/** The reason a sheet in which no table was found has none. */
export function whyNoTable(grid: SheetGrid): NoTableReason {
  const infos = describeRows(grid);
  if (infos.every((info) => info.nonEmpty === 0)) return 'empty';
  if (!grid.rows.some((row) => row?.some((cell) => cellKind(cell) === 'number'))) return 'only-text';
  // A table's data rows are a name followed by numbers; numbers without one (or only years) make no block.
  if (!infos.some((info) => info.isData)) return 'no-numeric-block';
  // Rows of data were found, but none under a header row (years, or the names of its columns).
  return 'no-header';
}

/** A sheet without a table, with its reason in both languages. */
export function sheetWithoutTable(grid: SheetGrid): SheetWithoutTable {
  const reason = whyNoTable(grid);
  const text = inBothLanguages(`ingest.noTable.${reason}`, { sheet: grid.name });
  return { sheet: grid.name, reason, message: joinLanguages(text), text };
}
