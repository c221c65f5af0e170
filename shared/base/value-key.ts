// How one value's place is keyed: its indicator, region and year. Stored values, incoming values, conflicts and
// mapping all compare places through these keys, so two parts of the app can never disagree about "the same value".

/** The key of the value of `indicatorId` in `region` for `year`. */
export function valueKey(indicatorId: string, region: string, year: number): string {
  return `${indicatorId}\u0000${region}\u0000${year}`;
}

/** The key of the series of `indicatorId` in `region` (every year). */
export function seriesKey(indicatorId: string, region: string): string {
  return `${indicatorId}\u0000${region}`;
}
