// Plans of plain indicators, for the tests and benchmarks that import values rather than evaluate them: each
// indicator is a name and a unit to map to, without baseline or target.
import type { Indicator, Plan, Region } from '../../shared/model';

const CATEGORY = '测试';

/** A level indicator in category 测试, higher is better, weight 1, not summed over regions, precision 2, without baseline or target. */
export function plainIndicator(id: string, name: string, unit: string, aliases: string[] = []): Indicator {
  return {
    id,
    name,
    category: CATEGORY,
    unit,
    precision: 2,
    baseline: null,
    target: null,
    direction: 1,
    kind: 'level',
    nature: 'expected',
    weight: 1,
    aggregation: 'none',
    aliases,
    source: '',
  };
}

/** A 2021–2025 plan (base year 2020) of plain indicators over the regions. */
export function plainPlan(id: string, name: string, indicators: Indicator[], regions: Region[]): Plan {
  return { id, name, period: { start: 2021, end: 2025 }, baseYear: 2020, categories: [CATEGORY], indicators, regions };
}
