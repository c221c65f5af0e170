// Drafts written out as objects in a test, as the columns the mapper hands on.
import { ValueColumnsBuilder, type DraftObservation, type ValueColumns } from '../../shared/model';

/** The drafts as one run of columns, in order. */
export function draftColumns(drafts: readonly DraftObservation[]): ValueColumns {
  const builder = new ValueColumnsBuilder(drafts.length);
  for (const d of drafts) builder.add(d.indicator, d.region, d.year, d.value, d.sheet, d.cell, d.rawText, d.footnote === undefined ? undefined : { footnote: d.footnote });
  return builder.finish();
}
