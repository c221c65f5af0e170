// The analysed tables' trip across the worker boundary: packed in the worker (observations as columns, cell
// outcomes cut to the preview window); on the UI thread the values stay columns, read as drafts a slice at a time.
import * as XLSX from 'xlsx';
import type { DetectedTable, MappedTable } from '../../shared/ingest/types';
import { PREVIEW_COLUMNS, PREVIEW_ROWS, type AnalysedMapping, type AnalysedTable, type AnalysedTableMessage } from './import-protocol';
import { toColumns } from '../../shared/ingest/map/observation-columns';
import { ColumnDrafts, transferables } from './observation-columns';

/** The distinct texts a column names, in order of first appearance. */
function distinctTexts(column: Uint32Array, texts: readonly string[]): string[] {
  // A plain loop: a Set built from a typed array's iterator allocates per value.
  const seen = new Set<number>();
  for (let i = 0; i < column.length; i++) seen.add(column[i]!);
  return [...seen].map((i) => texts[i]!);
}

// No address inside the preview window is longer than its last cell's: longer ones need no decoding.
const LONGEST_PREVIEW_ADDRESS = XLSX.utils.encode_cell({ r: PREVIEW_ROWS - 1, c: PREVIEW_COLUMNS - 1 }).length;

/** The outcomes of the value cells inside the preview window, read from the mapper's lists when it kept them. */
function previewOutcomesOf(mapped: MappedTable): AnalysedMapping['previewOutcomes'] {
  const list = mapped.outcomeList ?? { cells: Object.keys(mapped.cellOutcomes), kinds: Object.values(mapped.cellOutcomes) };
  const outcomes: AnalysedMapping['previewOutcomes'] = {};
  list.cells.forEach((address, i) => {
    if (address.length > LONGEST_PREVIEW_ADDRESS) return;
    const { r, c } = XLSX.utils.decode_cell(address);
    if (r < PREVIEW_ROWS && c < PREVIEW_COLUMNS) outcomes[address] = list.kinds[i]!;
  });
  return outcomes;
}

/** Packs tables for postMessage (in the worker); `transfer` lists the buffers to hand over rather than copy. */
export function packTables(tables: readonly { table: DetectedTable; mapped?: MappedTable }[]): { tables: AnalysedTableMessage[]; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const packed = tables.map(({ table: detected, mapped }): AnalysedTableMessage => {
    const table = { ...detected, dataRows: Int32Array.from(detected.dataRows) };
    transfer.push(table.dataRows.buffer);
    if (!mapped) return { table };
    // Named one by one: spreading the table would read its observations and cellOutcomes, making what is not sent.
    const { unmapped, unknownRegions, findings, summary } = mapped;
    const columns = mapped.observationColumns ?? toColumns(mapped.observations);
    transfer.push(...transferables(columns));
    return {
      table,
      mapped: {
        unmapped,
        unknownRegions,
        findings,
        summary,
        previewOutcomes: previewOutcomesOf(mapped),
        indicators: distinctTexts(columns.indicator, columns.texts),
        regions: distinctTexts(columns.region, columns.texts),
        columns,
      },
    };
  });
  return { tables: packed, transfer };
}

/** Unpacks tables on the UI thread: the data rows become an array again, the values stay columns. */
export function unpackTables(tables: readonly AnalysedTableMessage[]): AnalysedTable[] {
  return tables.map(({ table: packed, mapped }) => {
    const table: DetectedTable = { ...packed, dataRows: Array.from(packed.dataRows) };
    if (!mapped) return { table };
    const { columns, ...rest } = mapped;
    return { table, mapped: { ...rest, observations: new ColumnDrafts([columns]) } };
  });
}
