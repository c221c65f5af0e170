// What the attainment engine computes (METHOD.md), per indicator and region and rolled up.
import type { Comparator, Target, TargetRevision, YearValue } from './plan';
import type { ProjectionMethod, EvaluationSettings } from './project';
import type { Provenance } from './observation';

export type StatusCode =
  | 'no-data'
  | 'achieved'
  | 'ahead'
  | 'on-track'
  | 'lagging'
  | 'seriously-lagging'
  | 'stagnant'
  | 'regressing'
  | 'not-assessable'
  | 'monitoring';

/** In METHOD.md's order, which is also the order status counts are shown in. */
export const STATUS_CODES: readonly StatusCode[] = [
  'achieved',
  'ahead',
  'on-track',
  'lagging',
  'seriously-lagging',
  'stagnant',
  'regressing',
  'not-assessable',
  'monitoring',
  'no-data',
];

/** A cell a finding points at. */
export interface CellRef {
  indicatorId: string;
  region: string;
  year: number;
  source?: Provenance;
}

export type FindingCode =
  | 'data-lag'
  | 'missing-years'
  | 'yoy-jump'
  | 'spike'
  | 'power-of-ten'
  | 'share-out-of-range'
  | 'negative-count'
  | 'regions-do-not-add-up'
  | 'conflict'
  | 'rounding-decides'
  | 'binding-flag'
  | 'baseline-from-data';

export interface Finding {
  code: FindingCode;
  /** Chinese message with the numbers filled in. */
  message: string;
  cells: CellRef[];
}

export interface Projection {
  method: ProjectionMethod;
  year: number;
  value: number;
  /** The comparator holds on the projected value. */
  achieved: boolean;
  /** The point the projection starts from: (t0, x0), or the first year with a value when there is no baseline value
   *  (for cumulative indicators, t0 with a sum of 0). */
  base?: YearValue;
}

export interface RequiredEffort {
  /** cagr: annual growth needed (fraction); linear: increase needed per year; cumulative: amount per year. */
  method: ProjectionMethod | 'cumulative';
  value: number;
}

/** The target revision a result was assessed against, and the plan's own target beside it. */
export interface AppliedRevision extends Pick<TargetRevision, 'effectiveYear' | 'reason' | 'basis'> {
  /** Its place in the indicator's list of revisions. */
  index: number;
  originalTarget: Target;
}

export interface IndicatorResult {
  indicatorId: string;
  region: string;
  /** t0 and x0 as used (the plan's base year when the indicator has no baseline). */
  baseline: YearValue | null;
  baselineYear: number;
  target: { year: number; value: number; comparator: Comparator; lo?: number; hi?: number } | null;
  /** Latest year ≤ asOf with a value, and that value. */
  latest: YearValue | null;
  /** For cumulative indicators: the running sum over t0 < y ≤ t. */
  runningSum: number | null;
  completion: number | null;
  timeProgress: number | null;
  pace: number | null;
  status: StatusCode;
  /** achieved before the target year (提前实现). */
  achievedEarly: boolean;
  projection: Projection | null;
  required: RequiredEffort | null;
  score: number | null;
  /** For monitoring indicators (and as context elsewhere): average annual growth since the first year, fraction. */
  trend: number | null;
  /** latest.year < asOf. */
  dataLag: boolean;
  /** binding indicator below on-track: always shown as a red flag. */
  redFlag: boolean;
  findings: Finding[];
  /** Only when a target revision is in force at the evaluation year: `target` is the revised one, this says which. */
  revision?: AppliedRevision;
}

export type StatusCounts = Partial<Record<StatusCode, number>>;

export interface RollUp {
  /** Weighted mean score, or null when coverage is below the threshold or nothing has a score. */
  score: number | null;
  /** The weighted mean even when coverage is too low (shown only as context). */
  rawScore: number | null;
  coverage: number;
  counts: StatusCounts;
}

export interface CategoryResult extends RollUp {
  name: string;
}

export interface RegionRankEntry {
  region: string;
  latest: YearValue | null;
  /** Average annual growth since the baseline year, fraction. */
  growth: number | null;
  rankByLatest: number | null;
  rankByGrowth: number | null;
}

export interface RegionRanking {
  indicatorId: string;
  entries: RegionRankEntry[];
}

/**
 * A region outside the plan whose values were kept for comparison (对标: 全国, 广东, 北京 …): shown beside the
 * plan's own figures, never assessed against the plan's targets and never ranked with its districts.
 */
export interface BenchmarkValue {
  region: string;
  /** Its latest year up to the evaluation year, and that value. */
  latest: YearValue;
}

export interface IndicatorBenchmarks {
  indicatorId: string;
  /** In order of first appearance in the data. */
  entries: BenchmarkValue[];
}

export interface Evaluation {
  asOf: number;
  planId: string;
  settings: EvaluationSettings;
  /** Whole-area results, one per indicator, in plan order. */
  indicators: IndicatorResult[];
  /** Results for the plan's other regions with data, per indicator. */
  regions: IndicatorResult[];
  /** Per indicator with any, the values of regions outside the plan: benchmarks, never judged. */
  benchmarks: IndicatorBenchmarks[];
  categories: CategoryResult[];
  overall: RollUp;
  rankings: RegionRanking[];
  /** Findings that are not tied to one indicator's series (e.g. regions that do not add up). */
  findings: Finding[];
}
