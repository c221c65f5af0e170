// detectTables: every table of every sheet, each a best guess the caller can override by table key; and the header text
// helpers it reads headers with.
import type { DetectedTable, TableOverrides } from '../types';
import { describeRows, findBlocks } from './blocks';
import { interpretBlock } from './layouts';

export { sheetWithoutTable } from './no-table';
import type { ReadWorkbook, SheetGrid } from '../../workbook';

// Header and cell text as the detector reads it, for readers of other tables (a 分工方案).
export { textAt } from './cells';
export { displayedText, headerMeaning } from './header-text';

/** The tables of one sheet, top to bottom. */
export function detectSheetTables(grid: SheetGrid, overrides: TableOverrides = {}): DetectedTable[] {
  const infos = describeRows(grid);
  const tables: DetectedTable[] = [];
  let previous: DetectedTable | undefined;
  for (const block of findBlocks(grid, infos)) {
    const key = `${grid.name}!${block.start + 1}`;
    const override = overrides[key];
    const table = interpretBlock(grid, infos, block, previous, override);
    previous = table;
    if (!override?.skip) tables.push(table);
  }
  return tables;
}

/** Finds the tables in every sheet of the workbook. */
export function detectTables(workbook: ReadWorkbook, overrides: TableOverrides = {}): DetectedTable[] {
  return workbook.sheets.flatMap((sheet) => detectSheetTables(sheet, overrides));
}
