// The plan's indicator framework, as METHOD.md defines an indicator.

/** How the latest value is compared with the target; `range` holds when lo ≤ x ≤ hi. */
export type Comparator = '>=' | '>' | '<=' | '<' | '=' | 'range';
export const COMPARATORS: readonly Comparator[] = ['>=', '>', '<=', '<', '=', 'range'];

/** +1: higher is better; −1: lower is better (越小越好). Always explicit. */
export type Direction = 1 | -1;

/** level: a stock or ratio observed each year; cumulative: flows summed over the plan period;
 *  growth: the target is an average annual growth rate in percent. */
export type IndicatorKind = 'level' | 'cumulative' | 'growth';
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['level', 'cumulative', 'growth'];

/** 预期性 (expected) or 约束性 (binding). */
export type Nature = 'expected' | 'binding';
export const NATURES: readonly Nature[] = ['expected', 'binding'];

/** How regions add up to the whole area: `sum` for counts and amounts, `none` for ratios and shares. */
export type Aggregation = 'sum' | 'none';
export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'none'];

export interface YearValue {
  year: number;
  value: number;
}

export type Target =
  | { year: number; comparator: Exclude<Comparator, 'range'>; value: number }
  | { year: number; comparator: 'range'; lo: number; hi: number };

export interface Indicator {
  /** Stable id: files, tests and the command line refer to indicators by it. */
  id: string;
  name: string;
  category: string;
  unit: string;
  /** Decimals the plan publishes; used for display and for the `achieved` test. */
  precision: number;
  /** null when the plan gives no baseline value; the engine then uses the plan's base year for t0. */
  baseline: YearValue | null;
  /** null for a monitoring-only indicator (no numeric target). */
  target: Target | null;
  direction: Direction;
  kind: IndicatorKind;
  nature: Nature;
  weight: number;
  aggregation: Aggregation;
  /** Other official names the indicator is published under; used when mapping imported tables. */
  aliases: string[];
  /** The department that supplies the figure (数据来源), e.g. 市统计局. */
  source: string;
  /** 口径: how the indicator is defined, when the plan says. */
  definition?: string;
}

export interface Region {
  /** Canonical name, as stored on observations. */
  name: string;
  aliases: string[];
  /** True for the whole area (全市); exactly one region of a plan has it. */
  whole?: boolean;
}

export interface Plan {
  id: string;
  name: string;
  /** The plan period, e.g. 2021–2025. */
  period: { start: number; end: number };
  /** The year before the period starts; t0 for indicators without a baseline year. */
  baseYear: number;
  /** Category names, in display order. */
  categories: string[];
  /** Indicators, in display order. */
  indicators: Indicator[];
  regions: Region[];
}
