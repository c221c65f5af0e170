// The evaluate bench's first peer, the pass every evaluation has to make: each stored value found in its
// (indicator, region) series by name through a Map of Maps, its year and value appended to the series.
import type { ValueSet } from '../../shared/model';

/** One series' years and values, in storing order. */
export interface SeriesColumns {
  years: number[];
  values: number[];
}

/** Indicator id → region → that series. */
export type SeriesByName = Map<string, Map<string, SeriesColumns>>;

/** Every value of `stored` in its series, the series in order of first appearance. */
export function groupBySeries(stored: ValueSet): SeriesByName {
  const bySeries: SeriesByName = new Map();
  for (const { indicatorIds, regions, years, values } of stored.runs) {
    for (let k = 0; k < years.length; k++) {
      const id = indicatorIds.distinct[indicatorIds.indexOf[k]];
      const region = regions.distinct[regions.indexOf[k]];
      let byRegion = bySeries.get(id);
      if (byRegion === undefined) bySeries.set(id, (byRegion = new Map()));
      let series = byRegion.get(region);
      if (series === undefined) byRegion.set(region, (series = { years: [], values: [] }));
      series.years.push(years[k]);
      series.values.push(values[k]);
    }
  }
  return bySeries;
}
