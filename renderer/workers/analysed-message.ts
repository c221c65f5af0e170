// The analysed tables' trip across the worker boundary: packed in the worker (the values' typed arrays handed over,
// not copied; cell outcomes cut to the preview window); on the UI thread the values stay the columns they came as.
import * as XLSX from 'xlsx';
import type { AnalysedTable } from '../../shared/import';
import type { DetectedTable, MappedTable } from '../../shared/ingest';
import type { ValueColumns } from '../../shared/model';
import { PREVIEW_COLUMNS, PREVIEW_ROWS, type WizardMapping, type WizardTable, type WizardTableMessage } from './import-protocol';

/** The typed arrays of `values`, to hand to postMessage as its transfer list. */
export function transferables(values: ValueColumns): ArrayBuffer[] {
  const arrays = [values.indicatorIds.indexOf, values.regions.indexOf, values.sheets.indexOf, values.years, values.values, values.cells.ends, values.rawTexts.ends];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

// No address inside the preview window is longer than its last cell's: longer ones need no decoding.
const LONGEST_PREVIEW_ADDRESS = XLSX.utils.encode_cell({ r: PREVIEW_ROWS - 1, c: PREVIEW_COLUMNS - 1 }).length;

/** The outcomes of the value cells inside the preview window, read from the mapper's lists when it kept them. */
function previewOutcomesOf(mapped: MappedTable): WizardMapping['previewOutcomes'] {
  const list = mapped.outcomeList ?? { cells: Object.keys(mapped.cellOutcomes), kinds: Object.values(mapped.cellOutcomes) };
  const outcomes: WizardMapping['previewOutcomes'] = {};
  list.cells.forEach((address, i) => {
    if (address.length > LONGEST_PREVIEW_ADDRESS) return;
    const { r, c } = XLSX.utils.decode_cell(address);
    if (r < PREVIEW_ROWS && c < PREVIEW_COLUMNS) outcomes[address] = list.kinds[i]!;
  });
  return outcomes;
}

/** Packs tables for postMessage (in the worker); `transfer` lists the buffers to hand over rather than copy. */
export function packTables(tables: readonly AnalysedTable[]): { tables: WizardTableMessage[]; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const packed = tables.map(({ table: detected, mapped }): WizardTableMessage => {
    const table = { ...detected, dataRows: Int32Array.from(detected.dataRows) };
    transfer.push(table.dataRows.buffer);
    if (!mapped) return { table };
    // Named one by one: spreading the table would read its cellOutcomes, making the record of every cell.
    const { values, unmapped, unknownRegions, findings, summary } = mapped;
    transfer.push(...transferables(values));
    return { table, mapped: { values, unmapped, unknownRegions, findings, summary, previewOutcomes: previewOutcomesOf(mapped) } };
  });
  return { tables: packed, transfer };
}

/** Unpacks tables on the UI thread: the data rows become an array again, the values stay columns. */
export function unpackTables(tables: readonly WizardTableMessage[]): WizardTable[] {
  return tables.map(({ table: packed, mapped }) => {
    const table: DetectedTable = { ...packed, dataRows: Array.from(packed.dataRows) };
    return mapped ? { table, mapped } : { table };
  });
}
