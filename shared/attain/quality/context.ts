// What every per-series data-quality check looks at.
import type { CellRef, Indicator } from '../../model';
import { cellOf } from '../findings';
import type { SeriesTable } from '../series';

export interface SeriesContext {
  indicator: Indicator;
  region: string;
  table: SeriesTable;
  /** The series' points first ≤ k < end in the table: sorted by year, one a year, up to the evaluation year. */
  first: number;
  end: number;
  /** The baseline year t0. */
  baseYear: number;
}

/** The cell point k of the table came from. */
export function cellAt({ indicator, region, table }: SeriesContext, k: number): CellRef {
  return cellOf(indicator.id, region, table.observationAt(table.origin[k]));
}
