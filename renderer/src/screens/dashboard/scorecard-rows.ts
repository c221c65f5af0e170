// The scorecard's rows: one per indicator for the chosen region, with the filters and sort orders the table offers.
import { STATUS_CODES, type Evaluation, type Indicator, type IndicatorResult, type Nature, type ObservationInput, type Plan, type StatusCode } from '../../../../shared/model';

export interface ScorecardRow {
  indicator: Indicator;
  result: IndicatorResult;
  /** The latest value is 示例数据. */
  latestIllustrative: boolean;
}

export interface ScorecardFilter {
  category: string | null;
  status: StatusCode | null;
  nature: Nature | null;
  /** The region whose results are shown; null for the whole area. */
  region: string | null;
}

export const NO_FILTER: ScorecardFilter = { category: null, status: null, nature: null, region: null };

export type SortKey =
  | 'plan'
  | 'name'
  | 'unit'
  | 'baseline'
  | 'latest'
  | 'target'
  | 'completion'
  | 'timeProgress'
  | 'status'
  | 'projection'
  | 'required'
  | 'findings';

export interface Sort {
  key: SortKey;
  descending: boolean;
}

/**
 * The cells (indicator, region, year) whose value is 示例数据: the last observation of the cell is illustrative, as
 * the engine keeps the later of one year. Only indicators with any illustrative value are keyed, so a project of
 * official statistics costs one pass and no keys (a key per value of 240,000 was most of a cold start's render).
 */
export function illustrativeCells(observations: readonly ObservationInput[]): Set<string> {
  const marked = new Set<string>();
  for (const o of observations) if (o.illustrative === true) marked.add(o.indicatorId);
  const cells = new Set<string>();
  if (marked.size === 0) return cells;
  for (const o of observations) {
    if (!marked.has(o.indicatorId)) continue;
    const key = cellKey(o.indicatorId, o.region, o.year);
    if (o.illustrative === true) cells.add(key);
    else cells.delete(key);
  }
  return cells;
}

/** The key of one indicator, region and year in illustrativeCells. */
export function cellKey(indicatorId: string, region: string, year: number): string {
  return `${indicatorId}\u0000${region}\u0000${year}`;
}

/** One row per plan indicator for `region` (null: the whole area); indicators the region has no result for are left out. */
export function scorecardRows(plan: Plan, evaluation: Evaluation, illustrative: ReadonlySet<string>, region: string | null): ScorecardRow[] {
  const results = region === null ? evaluation.indicators : evaluation.regions.filter((r) => r.region === region);
  const byId = new Map(results.map((r) => [r.indicatorId, r]));
  const rows: ScorecardRow[] = [];
  for (const indicator of plan.indicators) {
    const result = byId.get(indicator.id);
    if (!result) continue;
    const latestIllustrative = result.latest !== null && illustrative.has(cellKey(indicator.id, result.region, result.latest.year));
    rows.push({ indicator, result, latestIllustrative });
  }
  return rows;
}

/** The rows that pass every set filter (the region is chosen when the rows are built). */
export function filterRows(rows: readonly ScorecardRow[], filter: ScorecardFilter): ScorecardRow[] {
  return rows.filter(
    (row) =>
      (filter.category === null || row.indicator.category === filter.category) &&
      (filter.status === null || row.result.status === filter.status) &&
      (filter.nature === null || row.indicator.nature === filter.nature),
  );
}

const STATUS_ORDER = new Map(STATUS_CODES.map((code, i) => [code, i]));

/** The number a row is sorted by; null sorts last in either direction. */
function sortValue(row: ScorecardRow, key: SortKey, planOrder: Map<string, number>): number | string | null {
  const { indicator, result } = row;
  switch (key) {
    case 'plan':
      return planOrder.get(indicator.id) ?? null;
    case 'name':
      return indicator.name;
    case 'unit':
      return indicator.unit;
    case 'baseline':
      return result.baseline?.value ?? null;
    case 'latest':
      return result.latest?.value ?? null;
    case 'target':
      return result.target?.value ?? null;
    case 'completion':
      return result.completion;
    case 'timeProgress':
      return result.timeProgress;
    case 'status':
      return STATUS_ORDER.get(result.status) ?? null;
    case 'projection':
      return result.projection?.value ?? null;
    case 'required':
      return result.required?.value ?? null;
    case 'findings':
      return result.findings.length;
  }
}

/** Rows sorted by `sort` (stable: ties keep plan order); rows without a value go last in both directions. */
export function sortRows(rows: readonly ScorecardRow[], sort: Sort): ScorecardRow[] {
  const planOrder = new Map(rows.map((row, i) => [row.indicator.id, i]));
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.key, planOrder), order: planOrder.get(row.indicator.id)! }));
  const sign = sort.descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? a.order - b.order : a.value === null ? 1 : -1;
    const cmp = typeof a.value === 'string' ? a.value.localeCompare(b.value as string, 'zh') : a.value - (b.value as number);
    return cmp !== 0 ? sign * cmp : a.order - b.order;
  });
  return keyed.map((k) => k.row);
}

/** Clicking a column header: sort by it ascending, or flip the direction when it is already the sort column. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: false };
}
