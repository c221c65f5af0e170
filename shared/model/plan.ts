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

/** A target as a revision restates it: comparator and value (or range); its target year stays the plan's. */
export type RevisedTarget =
  | { comparator: Exclude<Comparator, 'range'>; value: number }
  | { comparator: 'range'; lo: number; hi: number };

/**
 * A target revision (指标动态调整, plan section 十(三)): from `effectiveYear` on, attainment is measured against
 * `target` instead of the plan's. The plan's own target is never overwritten; revisions are listed in the order
 * they were recorded.
 */
export interface TargetRevision {
  effectiveYear: number;
  target: RevisedTarget;
  /** Why the target was revised (调整原因). */
  reason: string;
  /** What approved it (批准依据): a document number (文号) or a meeting. */
  basis: string;
  /** When the revision was recorded, ISO 8601. */
  recordedAt: string;
}

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
  /** Revisions of the target, in the order recorded; absent when there are none. */
  revisions?: TargetRevision[];
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
