// The one way numbers are rounded and written, on every screen and in every report: half away from zero (四舍五入),
// fixed decimals, and thousands separators from five integer digits up (groupThousands).
import type { Comparator } from '../model';

/** 10 ** d for the decimals indicators are published at, computed once: a power costs more than the rest of rounding. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, d) => 10 ** d);

/** Round half away from zero to `decimals`, ignoring binary noise (1.005 → 1.01, 3.404 → 3.4). */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = Number.isInteger(decimals) && decimals >= 0 && decimals < POWERS_OF_TEN.length ? POWERS_OF_TEN[decimals] : 10 ** decimals;
  let scaled = Math.abs(value) * factor;
  // Near a half, toPrecision(15) drops the binary noise of the multiplication (1.005 × 100 = 100.49999999999999);
  // elsewhere the noise cannot change the result, and the string round trip is skipped.
  // scaled − ⌊scaled⌋ is scaled % 1 exactly for a finite scaled ≥ 0, without the slower floating-point remainder.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * The one thousands-separator rule, after GB/T 15835-2011 (出版物上数字用法) 5.1.5: an integer part of five digits or
 * more is written in groups of three with commas ("12,345.6"), one of four digits or fewer is not grouped ("2550.82",
 * as 统计公报 write it), and the decimals never are. `plain` is a number as toFixed or String write it; anything
 * else (an exponent, "NaN") comes back as it is.
 */
function groupThousands(plain: string): string {
  const sign = plain.startsWith('-') ? 1 : 0;
  const point = plain.indexOf('.');
  const end = point < 0 ? plain.length : point;
  // Most numbers shown are short: they return here, without a regular expression.
  if (end - sign < 5 || !/^\d+$/.test(plain.slice(sign, end))) return plain;
  const digits = plain.slice(sign, end);
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return plain.slice(0, sign) + grouped + plain.slice(end);
}

/** A value at the indicator's published precision, e.g. formatValue(3.1, 2) → "3.10", formatValue(28839, 2) → "28,839.00". */
export function formatValue(value: number, precision: number): string {
  return groupThousands(roundTo(value, precision).toFixed(precision));
}

/** A count of things (values, rows, files), e.g. formatCount(240000) → "240,000". */
export function formatCount(count: number): string {
  return groupThousands(String(count));
}

/** A fraction as a percentage, e.g. formatPercent(1.13333) → "113.3 %". */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatValue(fraction * 100, decimals)} %`;
}

/** A value in full precision, without binary noise, for showing a raw value beside its rounded one. */
export function formatRaw(value: number): string {
  return groupThousands(String(Number(value.toPrecision(12))));
}

/** A target as the plan states it, e.g. "> 3000.00" or "[2.00, 3.00]". */
export function formatTarget(
  target: { comparator: Comparator; value: number; lo?: number; hi?: number },
  precision: number,
): string {
  if (target.comparator === 'range') {
    return `[${formatValue(target.lo ?? target.value, precision)}, ${formatValue(target.hi ?? target.value, precision)}]`;
  }
  const symbol = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }[target.comparator];
  return `${symbol} ${formatValue(target.value, precision)}`;
}
