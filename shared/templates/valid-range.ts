// The range an input cell accepts, from the indicator's unit: shares within 0–100 %, counts and amounts not negative.
import type { Indicator } from '../model';

export interface ValidRange {
  min?: number;
  max?: number;
}

/** Growth rates and changes can be negative or above 100 %: only the decimal check applies. */
const CHANGE_WORDS = /增长|增速|增幅|增量|变化|提高|下降|降低/;

/** The values a department may enter for the indicator. */
export function validRange(indicator: Pick<Indicator, 'unit' | 'name'>): ValidRange {
  if (CHANGE_WORDS.test(indicator.name)) return {};
  const unit = indicator.unit.trim();
  if (unit === '%' || unit === '%') return { min: 0, max: 100 };
  if (unit === '‰') return { min: 0, max: 1000 };
  return { min: 0 };
}

/** Whether a value lies in the range (bounds included). */
export function inRange(value: number, range: ValidRange): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** "0–100", "≥ 0" or "" for display in messages and prompts. */
export function describeRange(range: ValidRange): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min}–${range.max}`;
  if (range.min !== undefined) return `≥ ${range.min}`;
  if (range.max !== undefined) return `≤ ${range.max}`;
  return '';
}
