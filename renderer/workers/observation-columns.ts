// A table's values on the UI thread: the columns the import worker transferred (numbers in typed arrays, not
// copied), read as drafts a slice at a time, so 200,000 values cost no long deserialisation and no 200,000 objects.
import { appendDrafts, type ObservationColumns } from '../../shared/ingest/map/observation-columns';
import type { DraftList, DraftObservation } from '../../shared/ingest/types';

/** The typed arrays of `columns`, to hand to postMessage as its transfer list. */
export function transferables(columns: ObservationColumns): ArrayBuffer[] {
  const arrays = [columns.indicator, columns.region, columns.unit, columns.sheet, columns.footnote, columns.year, columns.value, columns.cellEnd, columns.rawTextEnd];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** Drafts made per step when iterating: a few milliseconds' work, and never all of them alive at once. */
const ITERATION_SLICE = 5000;

/**
 * The drafts of one or more tables' columns, in order, made only for the slice asked for: the UI thread holds
 * the compact columns, and 200,000 draft objects exist only a few thousand at a time.
 */
export class ColumnDrafts implements DraftList, Iterable<DraftObservation> {
  readonly length: number;

  constructor(readonly parts: readonly ObservationColumns[]) {
    this.length = parts.reduce((n, part) => n + part.count, 0);
  }

  /** The drafts at positions [start, end), as Array.prototype.slice gives them (end clamped to the length). */
  slice(start: number, end: number): DraftObservation[] {
    const drafts: DraftObservation[] = [];
    let offset = 0;
    for (const part of this.parts) {
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, part.count);
      if (from < to) appendDrafts(part, from, to, drafts);
      offset += part.count;
    }
    return drafts;
  }

  *[Symbol.iterator](): Iterator<DraftObservation> {
    for (let start = 0; start < this.length; start += ITERATION_SLICE) yield* this.slice(start, start + ITERATION_SLICE);
  }
}
