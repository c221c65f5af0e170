// Regions ranked by the latest value (direction-aware) and by average annual growth since the baseline year.
import type { Indicator, RegionRankEntry, RegionRanking, YearValue } from '../model';
import { roundTo } from './format';
import { averageAnnualGrowth } from './trend';

/** Growth is ranked at the precision it is shown at: 1 decimal of a percent. */
const GROWTH_RANK_DECIMALS = 3;

export interface RegionSeries {
  region: string;
  /** Sorted by year, up to the evaluation year. */
  points: readonly YearValue[];
}

/**
 * Rank regions. Higher is better when direction is +1, lower when −1; values equal at the displayed
 * precision share a rank (1, 2, 2, 4). Growth runs from the baseline year, or the first later year with
 * a value, to the latest year. Entries come in order of rank by latest value, unranked last.
 */
export function rankRegions(indicator: Indicator, baselineYear: number, regions: readonly RegionSeries[]): RegionRanking {
  const entries: RegionRankEntry[] = regions.map(({ region, points }) => {
    const latest = points.length ? points[points.length - 1] : null;
    const from = points.find((p) => p.year >= baselineYear);
    return {
      region,
      latest: latest ? { year: latest.year, value: latest.value } : null,
      growth: latest && from ? averageAnnualGrowth(from, latest) : null,
      rankByLatest: null,
      rankByGrowth: null,
    };
  });
  assignRanks(entries, (e) => (e.latest ? roundTo(e.latest.value, indicator.precision) : null), indicator.direction, 'rankByLatest');
  assignRanks(entries, (e) => (e.growth === null ? null : roundTo(e.growth, GROWTH_RANK_DECIMALS)), indicator.direction, 'rankByGrowth');
  const order = new Map(entries.map((e, i) => [e, i]));
  entries.sort((a, b) => (a.rankByLatest ?? Infinity) - (b.rankByLatest ?? Infinity) || order.get(a)! - order.get(b)!);
  return { indicatorId: indicator.id, entries };
}

/** Competition ranking: 1 + the number of entries strictly better. */
function assignRanks(
  entries: RegionRankEntry[],
  key: (entry: RegionRankEntry) => number | null,
  direction: 1 | -1,
  field: 'rankByLatest' | 'rankByGrowth',
): void {
  const keyed = entries.map((entry) => ({ entry, score: key(entry) })).filter((k): k is { entry: RegionRankEntry; score: number } => k.score !== null);
  for (const { entry, score } of keyed) {
    entry[field] = 1 + keyed.filter((other) => (other.score - score) * direction > 0).length;
  }
}
