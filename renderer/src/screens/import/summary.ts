// One file's analysis in a line: how many values, indicators, regions and years, and how many cells are flagged.
import type { MappedTable } from '../../../../shared/ingest';
import type { ValueColumns } from '../../../../shared/model';
import type { WizardTable } from '../../../workers/import-client';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The values the file's tables give (left-out tables give none), in table order. */
export function incomingValues(tables: WizardTable[]): ValueColumns[] {
  return tables.flatMap((t) => (t.mapped ? [t.mapped.values] : []));
}

/** The tables' summaries added up: distinct indicators and regions over all tables, the widest year span. */
export function summarise(tables: WizardTable[]): MappedTable['summary'] {
  // From each table's own summary and distinct names, so the sum costs nothing per value.
  const mapped = tables.flatMap((t) => (t.mapped ? [t.mapped] : []));
  let years: [number, number] | null = null;
  for (const span of mapped.map((m) => m.summary.years)) if (span) years = years ? [Math.min(years[0], span[0]), Math.max(years[1], span[1])] : span;
  return {
    values: mapped.reduce((n, m) => n + m.values.years.length, 0),
    indicators: new Set(mapped.flatMap((m) => m.values.indicatorIds.distinct)).size,
    regions: new Set(mapped.flatMap((m) => m.values.regions.distinct)).size,
    years,
    flagged: mapped.reduce((n, m) => n + m.summary.flagged, 0),
  };
}

/** "128 个数值,9 项指标,2 个地区,2019–2023 年;3 个单元格有提示". */
export function describeSummary(summary: MappedTable['summary'], t: Translate): string {
  const { years } = summary;
  const span = !years
    ? t('import.summary.noYears')
    : years[0] === years[1]
      ? t('import.summary.oneYear', { year: years[0] })
      : t('import.summary.years', { first: years[0], last: years[1] });
  return t('import.summary', { values: summary.values, indicators: summary.indicators, regions: summary.regions, years: span, flagged: summary.flagged });
}
