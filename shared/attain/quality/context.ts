// What every per-series data-quality check looks at.
import type { Indicator, ObservationInput } from '../../model';

export interface SeriesContext {
  indicator: Indicator;
  region: string;
  /** Sorted by year, one value a year, up to the evaluation year. */
  points: ObservationInput[];
  /** The baseline year t0. */
  baseYear: number;
}
