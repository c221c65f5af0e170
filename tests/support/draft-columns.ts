// Drafts written out as objects in a test, as the columns the mapper hands on.
import { ValueColumnsBuilder, type DraftObservation, type ValueColumns } from '../../shared/model';

/** The drafts as one run of columns, in order. */
export function draftColumns(drafts: readonly DraftObservation[]): ValueColumns {
  const builder = new ValueColumnsBuilder(drafts.length);
  for (const d of drafts) builder.add(d.indicator, d.region, d.year, d.value, d.sheet, d.cell, d.rawText, d.footnote === undefined ? undefined : { footnote: d.footnote });
  return builder.finish();
}

/** `count` drafts numbered from `start`: each value, year, cell and raw text tells which draft it is; every seventh
 *  has a footnote, every fourth an empty raw text, the others a multi-line one. */
export function numberedDrafts(start: number, count: number): DraftObservation[] {
  return Array.from({ length: count }, (_, k) => {
    const n = start + k;
    const draft: DraftObservation = {
      indicator: `指标${n % 3}`,
      region: n % 2 ? '天河区' : '越秀区',
      year: 2016 + (n % 5),
      value: n + 0.1 + 0.2,
      unit: '亿元',
      cell: `D${n + 2}`,
      sheet: '数据',
      rawText: n % 4 === 0 ? '' : `${n}\n注`,
    };
    if (n % 7 === 0) draft.footnote = `注${n % 2}`;
    return draft;
  });
}
