// The attainment engine (METHOD.md): a pure function of plan, observations and settings.
import type { CategoryResult, Evaluation, EvaluationSettings, Finding, Indicator, IndicatorResult, ObservationInput, Plan, RegionRanking } from '../model';
import { assess, baselineYear } from './assess';
import { regionSums } from './quality';
import { rankRegions, type RegionSeries } from './rankings';
import { rollUp, type RollUpItem } from './rollup';
import { groupObservations, toSeries, upTo, type GroupedObservations, type Series } from './series';

export { explainComputation } from './explain';
export { methodology } from './methodology';
export { formatPercent, formatRaw, formatTarget, formatValue, roundTo } from './format';

const NO_SERIES: Series = { points: [], conflicts: [] };

/** The series of one region of an indicator (its slots), or the empty series. */
function seriesIn(groups: GroupedObservations, bySlot: Map<string, number> | undefined, region: string): Series {
  const slot = bySlot?.get(region);
  return slot === undefined ? NO_SERIES : toSeries(groups.buckets[slot]);
}

/** Assess a region that has data up to the evaluation year, and enter it in the ranking. */
function assessRegion(
  indicator: Indicator,
  region: string,
  series: Series,
  points: ObservationInput[],
  planBaseYear: number,
  settings: EvaluationSettings,
  results: IndicatorResult[],
  ranked: RegionSeries[],
): void {
  if (points.length === 0) return;
  results.push(assess({ indicator, region, series, planBaseYear, wholeArea: false, settings }));
  ranked.push({ region, points });
}

/** Evaluate every indicator of `plan` for the whole area and each region at settings.asOf. Deterministic; inputs are not modified. */
export function evaluate(plan: Plan, observations: ObservationInput[], settings: EvaluationSettings): Evaluation {
  const whole = plan.regions.find((r) => r.whole)?.name;
  if (whole === undefined) {
    throw new Error(`规划“${plan.name}”没有标记为全市(whole)的地区 / Plan "${plan.name}" has no whole-area region`);
  }
  const parts = plan.regions.filter((r) => !r.whole).map((r) => r.name);
  const partSet = new Set(parts);
  const groups = groupObservations(observations);
  const asOf = settings.asOf;
  const indicators: IndicatorResult[] = [];
  const regions: IndicatorResult[] = [];
  const rankings: RegionRanking[] = [];
  const findings: Finding[] = [];
  // Each part's series up to asOf, for the region-sum check; refilled for every indicator.
  const partPoints: ObservationInput[][] = parts.map(() => []);

  // A region listed twice (or under the whole area's name) is counted once when telling whether an indicator
  // has data for regions the plan does not list.
  const firstListing = parts.map((region, i) => parts.indexOf(region) === i && region !== whole);

  for (const indicator of plan.indicators) {
    const bySlot = groups.slots.get(indicator.id);
    const wholeSeries = seriesIn(groups, bySlot, whole);
    indicators.push(assess({ indicator, region: whole, series: wholeSeries, planBaseYear: plan.baseYear, wholeArea: true, settings }));

    // Regions in the plan's order, then any region the plan does not list, in order of appearance.
    const ranked: RegionSeries[] = [];
    let listed = wholeSeries === NO_SERIES ? 0 : 1;
    for (let i = 0; i < parts.length; i++) {
      const region = parts[i];
      const series = seriesIn(groups, bySlot, region);
      if (series !== NO_SERIES && firstListing[i]) listed++;
      partPoints[i] = upTo(series.points, asOf);
      assessRegion(indicator, region, series, partPoints[i], plan.baseYear, settings, regions, ranked);
    }
    if (bySlot && bySlot.size > listed) {
      for (const [region, slot] of bySlot) {
        if (region === whole || partSet.has(region)) continue;
        const series = toSeries(groups.buckets[slot]);
        assessRegion(indicator, region, series, upTo(series.points, asOf), plan.baseYear, settings, regions, ranked);
      }
    }
    if (ranked.length) rankings.push(rankRegions(indicator, baselineYear(indicator, plan.baseYear), ranked));
    regionSums(indicator, whole, upTo(wholeSeries.points, asOf), parts, partPoints, settings.quality.regionSumTolerance, findings);
  }

  const items: (RollUpItem & { category: string })[] = plan.indicators.map((indicator, i) => ({
    category: indicator.category,
    status: indicators[i].status,
    score: indicators[i].score,
    weight: indicator.weight,
    monitoring: indicator.target === null,
  }));
  // The plan's categories in its order, then any category only an indicator names.
  const names = [...new Set([...plan.categories, ...items.map((item) => item.category)])];
  const categories: CategoryResult[] = names.map((name) => ({
    name,
    ...rollUp(
      items.filter((item) => item.category === name),
      settings.coverageThreshold,
    ),
  }));

  return {
    asOf: settings.asOf,
    planId: plan.id,
    settings: structuredClone(settings),
    indicators,
    regions,
    categories,
    overall: rollUp(items, settings.coverageThreshold),
    rankings,
    findings,
  };
}
