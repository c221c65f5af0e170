// Average annual growth (CAGR) between two observed points: the trend of monitoring indicators and more.
import type { YearValue } from '../model';

/** (to / from)^(1 / years) − 1 as a fraction; null unless both values are > 0 and `to` is later. */
export function averageAnnualGrowth(from: YearValue, to: YearValue): number | null {
  return growthBetween(from.year, from.value, to.year, to.value);
}

/** averageAnnualGrowth on plain numbers, for callers that hold a series in columns. */
export function growthBetween(fromYear: number, fromValue: number, toYear: number, toValue: number): number | null {
  const years = toYear - fromYear;
  if (years <= 0 || fromValue <= 0 || toValue <= 0) return null;
  return (toValue / fromValue) ** (1 / years) - 1;
}
