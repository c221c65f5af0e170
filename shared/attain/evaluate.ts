// evaluate(): the attainment of every indicator and region, rolled up by category and overall, at one as-of year.
import { bilingual } from '../base';
import type { CategoryResult, Evaluation, EvaluationSettings, Plan, ValueSet } from '../model';
import { IndicatorResults } from './indicator-results';
import { rollUp, type RollUpItem } from './rollup';
import { groupValues } from './series';


/**
 * Evaluate every indicator of `plan` for the whole area and each region at settings.asOf. Deterministic; inputs are
 * not modified. Values held as objects are evaluated through valueSet() (shared/model).
 */
export function evaluate(plan: Plan, values: ValueSet, settings: EvaluationSettings): Evaluation {
  const whole = plan.regions.find((r) => r.whole)?.name;
  if (whole === undefined) {
    throw new Error(bilingual('plan.noWholeRegion', { plan: plan.name }));
  }
  const table = groupValues(values);
  const results = new IndicatorResults(plan, whole, table, settings);
  for (const indicator of plan.indicators) results.add(indicator);
  const { indicators, regions, benchmarks, rankings, findings } = results;

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
    benchmarks,
    categories,
    overall: rollUp(items, settings.coverageThreshold),
    rankings,
    findings,
  };
}
