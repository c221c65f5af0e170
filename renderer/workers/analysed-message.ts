// The analysed tables' trip across the worker boundary: packed in the worker (observations as columns, cell
// outcomes cut to the preview window), unpacked on the UI thread a slice at a time so no task runs long.
import * as XLSX from 'xlsx';
import type { DetectedTable, DraftObservation, MappedTable } from '../../shared/ingest/types';
import { PREVIEW_COLUMNS, PREVIEW_ROWS, type AnalysedMapping, type AnalysedTable, type AnalysedTableMessage } from './import-protocol';
import { appendDrafts, toColumns, transferables } from './observation-columns';

/** Values unpacked per task on the UI thread: a few milliseconds' work, far below a long task. */
export const UNPACK_SLICE = 10_000;

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Packs tables for postMessage (in the worker); `transfer` lists the buffers to hand over rather than copy. */
export function packTables(tables: readonly { table: DetectedTable; mapped?: MappedTable }[]): { tables: AnalysedTableMessage[]; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const packed = tables.map(({ table: detected, mapped }): AnalysedTableMessage => {
    const table = { ...detected, dataRows: Int32Array.from(detected.dataRows) };
    transfer.push(table.dataRows.buffer);
    if (!mapped) return { table };
    const { observations, cellOutcomes, ...rest } = mapped;
    const previewOutcomes: AnalysedMapping['previewOutcomes'] = {};
    for (const [address, outcome] of Object.entries(cellOutcomes)) {
      const { r, c } = XLSX.utils.decode_cell(address);
      if (r < PREVIEW_ROWS && c < PREVIEW_COLUMNS) previewOutcomes[address] = outcome;
    }
    const columns = toColumns(observations);
    transfer.push(...transferables(columns));
    return {
      table,
      mapped: {
        ...rest,
        previewOutcomes,
        indicators: distinct(observations.map((o) => o.indicator)),
        regions: distinct(observations.map((o) => o.region)),
        columns,
      },
    };
  });
  return { tables: packed, transfer };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Unpacks tables on the UI thread, yielding to other tasks after every `slice` values. */
export async function unpackTables(tables: readonly AnalysedTableMessage[], slice = UNPACK_SLICE): Promise<AnalysedTable[]> {
  const unpacked: AnalysedTable[] = [];
  // The first slice waits too: the message itself was a task's work.
  let sinceYield = slice;
  for (const { table: packed, mapped } of tables) {
    const table: DetectedTable = { ...packed, dataRows: Array.from(packed.dataRows) };
    if (!mapped) {
      unpacked.push({ table });
      continue;
    }
    const { columns, ...rest } = mapped;
    const observations: DraftObservation[] = [];
    let from = 0;
    while (from < columns.count) {
      if (sinceYield === slice) {
        await nextTask();
        sinceYield = 0;
      }
      const to = Math.min(columns.count, from + slice - sinceYield);
      appendDrafts(columns, from, to, observations);
      sinceYield += to - from;
      from = to;
    }
    unpacked.push({ table, mapped: { ...rest, observations } });
  }
  return unpacked;
}
