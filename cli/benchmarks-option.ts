// The --benchmarks option: which regions outside the plan a file's values are kept for, as benchmarks (对标).
import { normaliseRegion } from '../shared/base';

/** "all" keeps every region outside the plan; "全国,广东" the ones named; absent, none (their values are left out). */
export function benchmarksOption(text: string | undefined): true | string[] | undefined {
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === 'all') return true;
  return text
    .split(/[,，、]/)
    .map((name) => normaliseRegion(name))
    .filter((name) => name !== '');
}
