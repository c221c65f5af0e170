// Small builders for the attainment tests: a plan, indicators, observations and settings in a line each.
import { defaultSettings, type EvaluationSettings, type Indicator, type ObservationInput, type Plan } from '../../../shared/model';

export const WHOLE = '全市';

/** A level indicator, higher is better, baseline 2020 = 100, target 2025 ≥ 200, precision 0, unit 亿元, unless overridden. */
export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'x',
    name: '测试指标',
    category: '类别甲',
    unit: '亿元',
    precision: 0,
    baseline: { year: 2020, value: 100 },
    target: { year: 2025, comparator: '>=', value: 200 },
    direction: 1,
    kind: 'level',
    nature: 'expected',
    weight: 1,
    aggregation: 'sum',
    aliases: [],
    source: '',
    ...overrides,
  };
}

/** A 2021–2025 plan (base year 2020) with 全市 and the given districts. */
export function plan(indicators: Indicator[], districts: string[] = []): Plan {
  return {
    id: 'test-plan',
    name: '测试规划',
    period: { start: 2021, end: 2025 },
    baseYear: 2020,
    categories: [...new Set(indicators.map((i) => i.category))],
    indicators,
    regions: [{ name: WHOLE, aliases: [], whole: true }, ...districts.map((name) => ({ name, aliases: [] }))],
  };
}

/** Observations of one indicator and region from a { year: value } table. */
export function series(indicatorId: string, values: Record<number, number>, region = WHOLE): ObservationInput[] {
  return Object.entries(values).map(([year, value]) => ({ indicatorId, region, year: Number(year), value }));
}

/** Default settings at `asOf`, with overrides. */
export function settings(asOf: number, overrides: Partial<EvaluationSettings> = {}): EvaluationSettings {
  return { ...defaultSettings(asOf), ...overrides };
}
