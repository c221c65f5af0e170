// Indicator names to plan indicator ids: the user's saved decisions first, then the plan's names and aliases.
import type { Indicator, Plan } from '../../model';
import { normaliseName } from '../../base';

export interface IndicatorMatcher {
  /** The indicator a name means, or null when only the user can say. */
  match(name: string): Indicator | null;
  byId(id: string): Indicator | undefined;
}

/** Builds the lookup once per table: decisions (normalised name → id) take precedence over names and aliases. */
export function indicatorMatcher(plan: Plan, decisions: Record<string, string> = {}): IndicatorMatcher {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const byName = new Map<string, Indicator>();
  const ambiguous = new Set<string>();
  for (const indicator of plan.indicators) {
    for (const n of [indicator.name, ...indicator.aliases]) {
      const key = normaliseName(n);
      const existing = byName.get(key);
      if (existing && existing.id !== indicator.id) ambiguous.add(key);
      else byName.set(key, indicator);
    }
  }
  const decided = new Map<string, Indicator>();
  for (const [name, id] of Object.entries(decisions)) {
    const indicator = byId.get(id);
    if (indicator) decided.set(normaliseName(name), indicator);
  }
  // By the name as written: a long table repeats each name on many rows, so each is normalised once.
  const cache = new Map<string, Indicator | null>();
  return {
    match(name) {
      let found = cache.get(name);
      if (found === undefined) {
        const key = normaliseName(name);
        found = decided.get(key) ?? (ambiguous.has(key) ? null : (byName.get(key) ?? null));
        cache.set(name, found);
      }
      return found;
    },
    byId: (id) => byId.get(id),
  };
}
