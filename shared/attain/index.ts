// The attainment engine (METHOD.md): a pure function of plan, observations and settings.
import type { CategoryResult, Evaluation, EvaluationSettings, Finding, IndicatorResult, ObservationInput, Plan, RegionRanking } from '../model';
import { assess, baselineYear } from './assess';
import { regionSums } from './quality';
import { rankRegions, type RegionSeries } from './rankings';
import { rollUp, type RollUpItem } from './rollup';
import { groupObservations, toSeries, upTo, type Series } from './series';

export { explainComputation } from './explain';
export { methodology } from './methodology';
export { formatPercent, formatRaw, formatTarget, formatValue, roundTo } from './format';

const NO_SERIES: Series = { points: [], conflicts: [] };

/** Evaluate every indicator of `plan` for the whole area and each region at settings.asOf. Deterministic; inputs are not modified. */
export function evaluate(plan: Plan, observations: ObservationInput[], settings: EvaluationSettings): Evaluation {
  const whole = plan.regions.find((r) => r.whole)?.name;
  if (whole === undefined) {
    throw new Error(`规划“${plan.name}”没有标记为全市(whole)的地区 / Plan "${plan.name}" has no whole-area region`);
  }
  const parts = plan.regions.filter((r) => !r.whole).map((r) => r.name);
  const partSet = new Set(parts);
  const groups = groupObservations(observations);
  const indicators: IndicatorResult[] = [];
  const regions: IndicatorResult[] = [];
  const rankings: RegionRanking[] = [];
  const findings: Finding[] = [];

  for (const indicator of plan.indicators) {
    const buckets = groups.get(indicator.id);
    const cache = new Map<string, Series>();
    const seriesOf = (region: string): Series => {
      let series = cache.get(region);
      if (!series) {
        const bucket = buckets?.get(region);
        series = bucket ? toSeries(bucket) : NO_SERIES;
        cache.set(region, series);
      }
      return series;
    };
    const common = { indicator, planBaseYear: plan.baseYear, settings };
    indicators.push(assess({ ...common, region: whole, series: seriesOf(whole), wholeArea: true }));

    // Regions in the plan's order, then any region the plan does not list, in order of appearance.
    const others = buckets ? [...buckets.keys()].filter((r) => r !== whole && !partSet.has(r)) : [];
    const ranked: RegionSeries[] = [];
    for (const region of [...parts, ...others]) {
      const series = seriesOf(region);
      const points = upTo(series.points, settings.asOf);
      if (points.length === 0) continue;
      regions.push(assess({ ...common, region, series, wholeArea: false }));
      ranked.push({ region, points });
    }
    if (ranked.length) rankings.push(rankRegions(indicator, baselineYear(indicator, plan.baseYear), ranked));
    findings.push(...regionSums(indicator, whole, parts, (r) => upTo(seriesOf(r).points, settings.asOf), settings.quality.regionSumTolerance));
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
