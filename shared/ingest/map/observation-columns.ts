// A table's values as columns: numbers in typed arrays, repeated texts once each, free-form texts end to end. The
// mapper collects a table this way, so 200,000 values never sit in memory as 200,000 objects unless one asks for them.
import type { DraftObservation } from '../types';

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

type NumberColumn = 'indicator' | 'region' | 'unit' | 'sheet' | 'footnote' | 'year' | 'value' | 'cellEnd' | 'rawTextEnd';

/** Collects drafts one at a time into columns that grow as needed (sized right up front, they never copy). */
export class ColumnsBuilder {
  private count = 0;
  private readonly texts: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly cells: string[] = [];
  private readonly rawTexts: string[] = [];
  private cellLength = 0;
  private rawLength = 0;
  private columns: Pick<ObservationColumns, NumberColumn>;

  constructor(capacity = 1024) {
    this.columns = ColumnsBuilder.allocate(Math.max(capacity, 1));
  }

  private static allocate(size: number): Pick<ObservationColumns, NumberColumn> {
    return {
      indicator: new Uint32Array(size),
      region: new Uint32Array(size),
      unit: new Uint32Array(size),
      sheet: new Uint32Array(size),
      footnote: new Uint32Array(size),
      year: new Float64Array(size),
      value: new Float64Array(size),
      cellEnd: new Uint32Array(size),
      rawTextEnd: new Uint32Array(size),
    };
  }

  private textIndex(text: string): number {
    let index = this.indexOf.get(text);
    if (index === undefined) {
      index = this.texts.push(text) - 1;
      this.indexOf.set(text, index);
    }
    return index;
  }

  /** Appends one draft. */
  add(d: DraftObservation): void {
    let columns = this.columns;
    const i = this.count++;
    if (i === columns.year.length) {
      const grown = ColumnsBuilder.allocate(columns.year.length * 2);
      for (const key of Object.keys(grown) as NumberColumn[]) grown[key].set(columns[key] as never);
      columns = this.columns = grown;
    }
    columns.indicator[i] = this.textIndex(d.indicator);
    columns.region[i] = this.textIndex(d.region);
    columns.unit[i] = this.textIndex(d.unit);
    columns.sheet[i] = this.textIndex(d.sheet);
    columns.footnote[i] = d.footnote === undefined ? 0 : this.textIndex(d.footnote) + 1;
    columns.year[i] = d.year;
    columns.value[i] = d.value;
    this.cells.push(d.cell);
    this.cellLength += d.cell.length;
    columns.cellEnd[i] = this.cellLength;
    this.rawTexts.push(d.rawText);
    this.rawLength += d.rawText.length;
    columns.rawTextEnd[i] = this.rawLength;
  }

  /** The columns collected, cut to their length (as they are when they are full). */
  finish(): ObservationColumns {
    const { count, columns } = this;
    const cut = {} as Pick<ObservationColumns, NumberColumn>;
    for (const key of Object.keys(columns) as NumberColumn[]) {
      const column = columns[key];
      (cut as Record<NumberColumn, Uint32Array | Float64Array>)[key] = column.length === count ? column : column.slice(0, count);
    }
    return { count, texts: this.texts, ...cut, cells: this.cells.join(''), rawTexts: this.rawTexts.join('') };
  }
}

/** Packs drafts into columns. */
export function toColumns(drafts: readonly DraftObservation[]): ObservationColumns {
  const builder = new ColumnsBuilder(drafts.length);
  for (const d of drafts) builder.add(d);
  return builder.finish();
}

/** The drafts at positions [from, to) of `columns`, appended to `into`. */
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
