// The generated project of a large statistics office: 1,000 indicators × 12 regions × 20 years (240,000 values),
// deterministic, with every kind of indicator and target, districts that add up to the city.
import type { Comparator, Indicator, IndicatorKind, ObservationInput, Plan, Region } from '../shared/model';
import { seededRandom } from '../tests/support/seeded-random';

export const INDICATORS = 1000;
export const REGION_COUNT = 12;
export const FIRST_YEAR = 2006;
export const YEARS = 20;

/**
 * The plan and its observations, in the order indicator → year → region (the whole area first). The same
 * numbers on every call.
 */
export function generateProject(): { plan: Plan; observations: ObservationInput[] } {
  const random = seededRandom(20240601);
  const regions: Region[] = Array.from({ length: REGION_COUNT }, (_, i) =>
    i === 0 ? { name: '全市', aliases: [], whole: true } : { name: `区${i}`, aliases: [] },
  );
  const kinds: IndicatorKind[] = ['level', 'level', 'level', 'cumulative', 'growth'];
  const comparators: Exclude<Comparator, 'range'>[] = ['>=', '>', '<=', '<'];
  const indicators: Indicator[] = [];
  const observations: ObservationInput[] = [];
  const baseYear = FIRST_YEAR + 14;
  for (let i = 0; i < INDICATORS; i++) {
    const kind = kinds[i % kinds.length];
    const comparator = comparators[i % comparators.length];
    const direction = comparator.startsWith('>') ? 1 : -1;
    const unit = i % 3 === 0 ? '%' : '亿元';
    // Shares stay well inside 0–100 over the 20 years; amounts grow or shrink a few percent a year.
    const start = unit === '%' ? 5 + random() * 20 : 10 + random() * 1000;
    const growth = direction * (unit === '%' ? 0.01 + random() * 0.02 : 0.02 + random() * 0.06);
    const target =
      i % 10 === 9
        ? null
        : kind === 'growth'
          ? { year: baseYear + 5, comparator, value: direction * 5 }
          : kind === 'cumulative'
            ? { year: baseYear + 5, comparator: '>=' as const, value: start * 5 }
            : { year: baseYear + 5, comparator, value: start * (1 + growth) ** 19 };
    const id = `ind-${i}`;
    indicators.push({
      id,
      name: `指标${i}`,
      category: `类别${i % 8}`,
      unit,
      precision: i % 3,
      baseline: i % 4 === 0 ? null : { year: baseYear, value: start * (1 + growth) ** 14 },
      target,
      direction,
      kind,
      nature: i % 6 === 0 ? 'binding' : 'expected',
      weight: 1 + (i % 3),
      aggregation: unit === '%' ? 'none' : 'sum',
      aliases: [],
      source: '',
    });
    // Districts share the city total; the city row is their sum, so the region-sum check runs on every year.
    const shares = regions.slice(1).map(() => 0.5 + random());
    const shareTotal = shares.reduce((a, b) => a + b, 0);
    for (let y = 0; y < YEARS; y++) {
      const year = FIRST_YEAR + y;
      const city = start * (1 + growth) ** y * (1 + (random() - 0.5) * 0.02);
      observations.push({ indicatorId: id, region: '全市', year, value: city });
      for (let r = 1; r < REGION_COUNT; r++) {
        const value = unit === '%' ? city * (0.9 + random() * 0.2) : (city * shares[r - 1]) / shareTotal;
        observations.push({ indicatorId: id, region: regions[r].name, year, value });
      }
    }
  }
  const plan: Plan = {
    id: 'bench',
    name: 'bench',
    period: { start: baseYear + 1, end: baseYear + 5 },
    baseYear,
    categories: Array.from({ length: 8 }, (_, i) => `类别${i}`),
    indicators,
    regions,
  };
  return { plan, observations };
}
