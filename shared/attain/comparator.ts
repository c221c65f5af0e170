// The comparator test: does a value meet the target, on the value rounded to the published precision.
import { roundTo } from './format';
import type { ResultTarget } from './target';

type Bounds = Pick<ResultTarget, 'comparator' | 'value' | 'lo' | 'hi'>;

/** Whether `value` meets the target, exactly as given (no rounding). */
export function meets(value: number, target: Bounds): boolean {
  switch (target.comparator) {
    case '>=':
      return value >= target.value;
    case '>':
      return value > target.value;
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
    case '=':
      return value === target.value;
    case 'range':
      return (target.lo ?? target.value) <= value && value <= (target.hi ?? target.value);
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

/** METHOD.md's achieved test: both sides rounded to `precision` decimals, the raw outcome kept beside. */
export function testTarget(raw: number, target: Bounds, precision: number): TargetTest {
  const rounded = roundTo(raw, precision);
  const roundedTarget: Bounds = {
    comparator: target.comparator,
    value: roundTo(target.value, precision),
    lo: target.lo === undefined ? undefined : roundTo(target.lo, precision),
    hi: target.hi === undefined ? undefined : roundTo(target.hi, precision),
  };
  return { holds: meets(rounded, roundedTarget), holdsRaw: meets(raw, target), raw, rounded };
}
