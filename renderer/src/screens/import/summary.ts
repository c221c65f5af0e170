// One file's analysis in a line: how many values, indicators, regions and years, and how many hints; and the hints
// themselves. The line and the hints list count the same thing, a hint being one finding of a table that is imported.
// And the line the import toast says once the file is stored.
import { formatCount } from '../../../../shared/attain';
import type { ImportBatch, ValueColumns } from '../../../../shared/model';
import type { CellFinding } from '../../../../shared/workbook';
import type { WizardTable } from '../../../workers/import-client';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A finding of one of the file's tables, with the sheet it is on. */
export type Hint = CellFinding & { sheet: string };

/** The file's tables added up. */
export interface FileSummary {
  values: number;
  indicators: number;
  regions: number;
  years: [number, number] | null;
  /** The hints of the tables not left out: the number the hints list shows. */
  hints: number;
}

/** The values the file's tables give (left-out tables give none), in table order. */
export function incomingValues(tables: WizardTable[]): ValueColumns[] {
  return tables.flatMap((t) => (t.mapped ? [t.mapped.values] : []));
}

/** The hints of the tables not left out, table after table: what the hints list shows. */
export function fileHints(tables: WizardTable[]): Hint[] {
  return tables.flatMap((t) => (t.mapped?.findings ?? []).map((f) => ({ ...f, sheet: t.table.sheet })));
}

/** The tables' summaries added up: distinct indicators and regions over all tables, the widest year span, every hint. */
export function summarise(tables: WizardTable[]): FileSummary {
  // From each table's own summary and distinct names, so the sum costs nothing per value.
  const mapped = tables.flatMap((t) => (t.mapped ? [t.mapped] : []));
  let years: [number, number] | null = null;
  for (const span of mapped.map((m) => m.summary.years)) if (span) years = years ? [Math.min(years[0], span[0]), Math.max(years[1], span[1])] : span;
  return {
    values: mapped.reduce((n, m) => n + m.values.years.length, 0),
    indicators: new Set(mapped.flatMap((m) => m.values.indicatorIds.distinct)).size,
    regions: new Set(mapped.flatMap((m) => m.values.regions.distinct)).size,
    years,
    hints: mapped.reduce((n, m) => n + m.findings.length, 0),
  };
}

/** "1 个数值" / "128 个数值" (English "1 value" / "128 values"), for the counts of wizard.count.<kind>. */
export function describeCount(count: number, kind: 'values' | 'indicators' | 'regions' | 'hints', t: Translate): string {
  return count === 1 ? t(`wizard.count.${kind}.one`) : t(`wizard.count.${kind}`, { count: formatCount(count) });
}

/** "128 个数值，9 项指标，2 个地区，2019–2023 年；3 条提示" (or "…；无提示"). */
export function describeSummary(summary: FileSummary, t: Translate): string {
  const { years } = summary;
  const span = !years
    ? t('import.summary.noYears')
    : years[0] === years[1]
      ? t('import.summary.oneYear', { year: years[0] })
      : t('import.summary.years', { first: years[0], last: years[1] });
  return t('wizard.summary', {
    values: describeCount(summary.values, 'values', t),
    indicators: describeCount(summary.indicators, 'indicators', t),
    regions: describeCount(summary.regions, 'regions', t),
    years: span,
    hints: summary.hints === 0 ? t('wizard.hints.none') : describeCount(summary.hints, 'hints', t),
  });
}

/** "已从“公报.xlsx”写入 9 个数值（新增 7 个，替换原值 2 个）。": what the commit wrote, naming only the counts it has. */
export function describeCommit(batch: ImportBatch, t: Translate): string {
  const { added, replaced, confirmed } = batch.tally ?? { added: batch.count, replaced: 0, confirmed: 0 };
  const counts: [string, number][] = [
    ['added', added],
    ['replaced', replaced],
    ['confirmed', confirmed],
    ['kept', batch.kept?.length ?? 0],
  ];
  const parts = counts.filter(([, n]) => n > 0).map(([kind, n]) => t(`import.committed.${kind}`, { n: formatCount(n) }));
  return t('import.committed', { file: batch.fileName, count: formatCount(batch.count), parts: parts.join(t('import.committed.separator')) });
}
