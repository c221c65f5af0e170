// A table's values as columns for the trip from the import worker to the UI thread: numbers in typed arrays
// that are transferred rather than copied, repeated texts once each, so 200,000 values cost the UI thread no
// long deserialisation and no 200,000 copies of the same indicator and region names.
import type { DraftObservation } from '../../shared/ingest/types';

/** DraftObservations as columns; texts are indexes into `texts`, free-form texts are one string cut at `…End` offsets. */
export interface ObservationColumns {
  count: number;
  /** The distinct indicator ids, regions, units, sheets and footnotes. */
  texts: string[];
  indicator: Uint32Array;
  region: Uint32Array;
  unit: Uint32Array;
  sheet: Uint32Array;
  /** Index into `texts` plus one; 0 when the value has no footnote. */
  footnote: Uint32Array;
  year: Float64Array;
  value: Float64Array;
  /** Every cell address, one after the other; address i ends at cellEnd[i]. */
  cells: string;
  cellEnd: Uint32Array;
  /** Every raw text, one after the other; text i ends at rawTextEnd[i]. */
  rawTexts: string;
  rawTextEnd: Uint32Array;
}

/** Packs drafts into columns (in the worker). */
export function toColumns(drafts: readonly DraftObservation[]): ObservationColumns {
  const count = drafts.length;
  const texts: string[] = [];
  const indexOf = new Map<string, number>();
  const textIndex = (text: string): number => {
    let index = indexOf.get(text);
    if (index === undefined) {
      index = texts.push(text) - 1;
      indexOf.set(text, index);
    }
    return index;
  };
  const columns = {
    indicator: new Uint32Array(count),
    region: new Uint32Array(count),
    unit: new Uint32Array(count),
    sheet: new Uint32Array(count),
    footnote: new Uint32Array(count),
    year: new Float64Array(count),
    value: new Float64Array(count),
    cellEnd: new Uint32Array(count),
    rawTextEnd: new Uint32Array(count),
  };
  const cells: string[] = new Array(count);
  const rawTexts: string[] = new Array(count);
  let cellLength = 0;
  let rawLength = 0;
  for (let i = 0; i < count; i++) {
    const d = drafts[i]!;
    columns.indicator[i] = textIndex(d.indicator);
    columns.region[i] = textIndex(d.region);
    columns.unit[i] = textIndex(d.unit);
    columns.sheet[i] = textIndex(d.sheet);
    columns.footnote[i] = d.footnote === undefined ? 0 : textIndex(d.footnote) + 1;
    columns.year[i] = d.year;
    columns.value[i] = d.value;
    cells[i] = d.cell;
    cellLength += d.cell.length;
    columns.cellEnd[i] = cellLength;
    rawTexts[i] = d.rawText;
    rawLength += d.rawText.length;
    columns.rawTextEnd[i] = rawLength;
  }
  return { count, texts, ...columns, cells: cells.join(''), rawTexts: rawTexts.join('') };
}

/** The typed arrays of `columns`, to hand to postMessage as its transfer list. */
export function transferables(columns: ObservationColumns): ArrayBuffer[] {
  const arrays = [columns.indicator, columns.region, columns.unit, columns.sheet, columns.footnote, columns.year, columns.value, columns.cellEnd, columns.rawTextEnd];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** The drafts at positions [from, to) of `columns`, appended to `into` (on the UI thread, a slice at a time). */
export function appendDrafts(columns: ObservationColumns, from: number, to: number, into: DraftObservation[]): void {
  const { texts } = columns;
  for (let i = from; i < to; i++) {
    const footnote = columns.footnote[i]!;
    const draft: DraftObservation = {
      indicator: texts[columns.indicator[i]!]!,
      region: texts[columns.region[i]!]!,
      year: columns.year[i]!,
      value: columns.value[i]!,
      unit: texts[columns.unit[i]!]!,
      cell: columns.cells.slice(i === 0 ? 0 : columns.cellEnd[i - 1]!, columns.cellEnd[i]!),
      sheet: texts[columns.sheet[i]!]!,
      rawText: columns.rawTexts.slice(i === 0 ? 0 : columns.rawTextEnd[i - 1]!, columns.rawTextEnd[i]!),
    };
    if (footnote !== 0) draft.footnote = texts[footnote - 1]!;
    into.push(draft);
  }
}
