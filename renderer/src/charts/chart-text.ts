// A chart's numbers as text: the alternative to the picture for screen readers and copy-paste.
import { formatValue } from '../../../shared/attain';
import type { ChartSpec } from '../../../shared/report';

/** One row per label with each dataset's value (empty where a dataset has none); labels' line breaks become spaces. */
export function chartRows(spec: ChartSpec): { label: string; values: string[] }[] {
  return spec.labels.map((label, i) => ({
    label: label.replace(/\n/g, ''),
    values: spec.datasets.map((d) => {
      const value = d.values[i];
      return value === null || value === undefined ? '' : formatValue(value, d.decimals ?? 1);
    }),
  }));
}

/** A one-line summary for the canvas's aria-label: the axis titles and every label's values, in the UI's punctuation. */
export function chartSummary(spec: ChartSpec, caption: string, t: (key: string) => string): string {
  const [clause, item, label] = [t('common.sep.clause'), t('common.sep.item'), t('common.sep.label')];
  const axes = [spec.xTitle, spec.yTitle].filter(Boolean).join(item);
  const rows = chartRows(spec)
    .map((row) => {
      const values = row.values.map((v, i) => (v ? `${spec.datasets[i]!.label} ${v}` : '')).filter(Boolean);
      return values.length ? `${row.label}${label}${values.join(item)}` : '';
    })
    .filter(Boolean);
  return [caption, axes, ...rows].filter(Boolean).join(clause);
}
