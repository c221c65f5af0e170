// The attainment engine (METHOD.md): a pure function of plan, observations and settings.
import type { CategoryResult, Evaluation, EvaluationSettings, Finding, IndicatorResult, ObservationInput, Plan, RegionRankEntry, RegionRanking, StoredValues } from '../model';
import { assess, baselineYear, fixedTarget } from './assess';
import { regionSums, type PointRange, type SeriesContext } from './quality';
import { rankEntry, rankRegions } from './rankings';
import { rollUp, type RollUpItem } from './rollup';
import { endUpTo, groupObservations, groupStoredValues, type Conflict } from './series';
import type { ResolvedTarget } from './target';

export { explainComputation } from './explain';
export { methodology } from './methodology';
export { formatPercent, formatRaw, formatTarget, formatValue, roundTo } from './format';

const NO_CONFLICTS: readonly Conflict[] = [];

/**
 * Evaluate every indicator of `plan` for the whole area and each region at settings.asOf. Deterministic; inputs are
 * not modified. Observations stored in columns give the same evaluation as the same observations in objects.
 */
export function evaluate(plan: Plan, observations: readonly ObservationInput[] | StoredValues, settings: EvaluationSettings): Evaluation {
  const whole = plan.regions.find((r) => r.whole)?.name;
  if (whole === undefined) {
    throw new Error(`规划“${plan.name}”没有标记为全市(whole)的地区 / Plan "${plan.name}" has no whole-area region`);
  }
  const parts = plan.regions.filter((r) => !r.whole).map((r) => r.name);
  const partSet = new Set(parts);
  const table = 'runs' in observations ? groupStoredValues(observations) : groupObservations(observations);
  const asOf = settings.asOf;
  const indicators: IndicatorResult[] = [];
  const regions: IndicatorResult[] = [];
  const rankings: RegionRanking[] = [];
  const findings: Finding[] = [];
  // Each part's points up to asOf, for the region-sum check; refilled for every indicator.
  const partRanges: PointRange[] = parts.map(() => ({ first: 0, end: 0 }));
  const wholeRange: PointRange = { first: 0, end: 0 };

  // A region listed twice (or under the whole area's name) is counted once when telling whether an indicator
  // has data for regions the plan does not list.
  const firstListing = parts.map((region, i) => parts.indexOf(region) === i && region !== whole);

  /** Point `context` at `region`'s series s (-1: none) up to asOf; returns the series' conflicts. */
  const select = (context: SeriesContext, region: string, s: number): readonly Conflict[] => {
    context.region = region;
    context.first = s < 0 ? 0 : table.start[s];
    context.end = s < 0 ? 0 : endUpTo(table, s, asOf);
    return s < 0 || table.conflicts.size === 0 ? NO_CONFLICTS : (table.conflicts.get(s) ?? NO_CONFLICTS);
  };
  /** Assess the region `context` points at when it has data up to the evaluation year, and enter it in the ranking. */
  const assessRegion = (context: SeriesContext, conflicts: readonly Conflict[], fixed: ResolvedTarget | null, entries: RegionRankEntry[]): void => {
    if (context.end === context.first) return;
    const result = assess(context, conflicts, false, settings, fixed);
    regions.push(result);
    entries.push(rankEntry(context.region, result.latest!, table, context.first, context.end, context.baseYear));
  };

  for (const indicator of plan.indicators) {
    const bySlot = table.slots.get(indicator.id);
    const fixed = fixedTarget(indicator);
    // Pointed at each series of the indicator in turn: the checks read it and never keep it.
    const context: SeriesContext = { indicator, region: whole, table, first: 0, end: 0, baseYear: baselineYear(indicator, plan.baseYear) };
    const wholeSlot = bySlot?.get(whole) ?? -1;
    indicators.push(assess(context, select(context, whole, wholeSlot), true, settings, fixed));
    wholeRange.first = context.first;
    wholeRange.end = context.end;

    // Regions in the plan's order, then any region the plan does not list, in order of appearance.
    const entries: RegionRankEntry[] = [];
    let listed = wholeSlot < 0 ? 0 : 1;
    for (let i = 0; i < parts.length; i++) {
      const s = bySlot?.get(parts[i]) ?? -1;
      if (s >= 0 && firstListing[i]) listed++;
      const conflicts = select(context, parts[i], s);
      partRanges[i].first = context.first;
      partRanges[i].end = context.end;
      assessRegion(context, conflicts, fixed, entries);
    }
    if (bySlot && bySlot.size > listed) {
      for (const [region, s] of bySlot) {
        if (region === whole || partSet.has(region)) continue;
        assessRegion(context, select(context, region, s), fixed, entries);
      }
    }
    if (entries.length) rankings.push(rankRegions(indicator, entries));
    regionSums(indicator, table, whole, wholeRange, parts, partRanges, settings.quality.regionSumTolerance, findings);
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
