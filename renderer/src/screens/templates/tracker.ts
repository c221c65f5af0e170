// The tracker's rows: per department, the latest template sent, whether one came back, and which of its indicators
// still have no value for the as-of year.
import type { ImportBatch, Indicator, Observation, Plan } from '../../../../shared/model';
import { groupByDepartment } from '../../../../shared/templates';
import type { SentTemplateRow } from '../../../db/templates';

export interface DepartmentStatus {
  department: string;
  indicators: Indicator[];
  /** The latest template sent to the department. */
  sent: SentTemplateRow | null;
  sentCount: number;
  /** The latest import of one of the department's templates. */
  returned: ImportBatch | null;
  /** Indicators without a stored value for the as-of year in every region last asked for (the whole area if none). */
  missing: Indicator[];
}

/** One row per department of the plan, in the plan's order. */
export function trackDepartments(plan: Plan, sent: SentTemplateRow[], batches: ImportBatch[], observations: Observation[], asOf: number): DepartmentStatus[] {
  const whole = plan.regions.find((r) => r.whole)?.name ?? plan.regions[0]?.name ?? '';
  const stored = new Set(observations.filter((o) => o.year === asOf).map((o) => `${o.indicatorId}\u0000${o.region}`));
  return [...groupByDepartment(plan.indicators)].map(([department, indicators]) => {
    const mine = sent.filter((s) => s.department === department).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const ids = new Set(mine.map((s) => s.id));
    const returned = batches.filter((b) => b.templateIds?.some((id) => ids.has(id))).sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0] ?? null;
    const latest = mine[0] ?? null;
    const regions = latest?.regions.length ? latest.regions : [whole];
    const missing = indicators.filter((i) => regions.some((r) => !stored.has(`${i.id}\u0000${r}`)));
    return { department, indicators, sent: latest, sentCount: mine.length, returned, missing };
  });
}
