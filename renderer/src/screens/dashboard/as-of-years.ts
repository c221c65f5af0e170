// The years an evaluation can be made as of: the plan period and every year with data, from the base year on.
import type { ObservationInput, Plan } from '../../../../shared/model';

/** Ascending years from the plan's base year to the end of its period, plus any later year with data. */
export function asOfYears(plan: Plan, observations: readonly ObservationInput[]): number[] {
  const years = new Set<number>();
  for (let y = plan.baseYear; y <= plan.period.end; y++) years.add(y);
  for (const o of observations) if (o.year > plan.baseYear && Number.isInteger(o.year)) years.add(o.year);
  return [...years].sort((a, b) => a - b);
}
