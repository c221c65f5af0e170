// Region names to the plan's canonical regions; names the plan does not know are kept as they are.
import type { Plan } from '../../model';
import { normaliseRegion } from '../../base';

/** Names that always mean the whole area, whatever the plan calls it. */
const WHOLE_AREA_WORDS = ['全市', '合计', '总计', '全市合计', '全市总计'];

export interface RegionMatcher {
  /** Canonical name and whether the plan knows it. */
  match(name: string): { region: string; known: boolean };
  /** The plan's whole-area region. */
  wholeArea: string;
}

/** Builds the lookup: names, aliases, their forms without a 区/市/县 suffix, and the whole-area words. */
export function regionMatcher(plan: Plan): RegionMatcher {
  const whole = plan.regions.find((r) => r.whole) ?? plan.regions[0];
  const wholeArea = whole?.name ?? '全市';
  const lookup = new Map<string, string>();
  for (const word of WHOLE_AREA_WORDS) lookup.set(word, wholeArea);
  for (const region of plan.regions) {
    for (const n of [region.name, ...region.aliases]) {
      const key = normaliseRegion(n);
      lookup.set(key, region.name);
      const bare = key.replace(/(区|市|县)$/, '');
      if (bare.length >= 2 && !lookup.has(bare)) lookup.set(bare, region.name);
    }
  }
  const cache = new Map<string, { region: string; known: boolean }>();
  return {
    wholeArea,
    match(name) {
      let found = cache.get(name);
      if (!found) {
        const key = normaliseRegion(name);
        const canonical = lookup.get(key) ?? lookup.get(key.replace(/(区|市|县)$/, ''));
        found = canonical ? { region: canonical, known: true } : { region: key, known: false };
        cache.set(name, found);
      }
      return found;
    },
  };
}
