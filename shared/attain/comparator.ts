// The comparator test: does a value meet the target, on the value rounded to the published precision.
import { roundTo } from './format';
import type { ResultTarget } from './target';

type Bounds = Pick<ResultTarget, 'comparator' | 'value' | 'lo' | 'hi'>;

/** Whether `value` meets the target, exactly as given (no rounding). */
export function meets(value: number, target: Bounds): boolean {
  return compare(value, target.comparator, target.value, target.lo, target.hi);
}

/** The comparator on plain numbers, so the rounded bounds need no object of their own. */
function compare(value: number, comparator: Bounds['comparator'], x: number, lo: number | undefined, hi: number | undefined): boolean {
  switch (comparator) {
    case '>=':
      return value >= x;
    case '>':
      return value > x;
    case '<=':
      return value <= x;
    case '<':
      return value < x;
    case '=':
      return value === x;
    case 'range':
      return (lo ?? x) <= value && value <= (hi ?? x);
  }
}

export interface TargetTest {
  /** The comparator on the rounded value: this decides `achieved`. */
  holds: boolean;
  /** The comparator on the raw value, to tell when rounding decided the outcome. */
  holdsRaw: boolean;
  raw: number;
  rounded: number;
}

/** METHOD.md's achieved test: whether `raw` meets the target with both sides rounded to `precision` decimals. */
export function meetsRounded(raw: number, target: Bounds, precision: number): boolean {
  const lo = target.lo === undefined ? undefined : roundTo(target.lo, precision);
  const hi = target.hi === undefined ? undefined : roundTo(target.hi, precision);
  return compare(roundTo(raw, precision), target.comparator, roundTo(target.value, precision), lo, hi);
}

/** The achieved test of `raw` written into `test`, the raw outcome kept beside to tell when rounding decided it; returns `test`. */
export function testTarget(raw: number, target: Bounds, precision: number, test: TargetTest): TargetTest {
  test.holds = meetsRounded(raw, target, precision);
  test.holdsRaw = meets(raw, target);
  test.raw = raw;
  test.rounded = roundTo(raw, precision);
  return test;
}
