// The years an evaluation can be made as of: the plan period and every year with data, from the base year on.
import type { Plan } from '../../../shared/model';

/** Ascending years from the plan's base year to the end of its period, plus any later year with data. */
export function asOfYears(plan: Plan, yearsWithData: Iterable<number>): number[] {
  const years = new Set<number>();
  for (let y = plan.baseYear; y <= plan.period.end; y++) years.add(y);
  for (const year of yearsWithData) if (year > plan.baseYear && Number.isInteger(year)) years.add(year);
  return [...years].sort((a, b) => a - b);
}
