// Ranked suggestions for a name the plan does not know: character-bigram similarity, best first.
import type { Indicator } from '../../model';
import { normaliseName } from '../../base';

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = Array.from(s);
  if (chars.length === 1) grams.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of the two strings' character bigrams, 0..1. */
export function similarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let overlap = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) overlap += Math.min(n, gb.get(g) ?? 0);
  return total ? (2 * overlap) / total : 0;
}

const MIN_SCORE = 0.25;
const MAX_SUGGESTIONS = 3;

/** Indicator ids whose name or alias resembles `name`, best first (at most three, none below a floor). */
export function suggestIndicators(name: string, indicators: Indicator[]): string[] {
  const target = normaliseName(name);
  const scored = indicators.map((indicator) => ({
    id: indicator.id,
    score: Math.max(...[indicator.name, ...indicator.aliases].map((n) => similarity(target, normaliseName(n)))),
  }));
  return scored
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.id);
}
