// Numbers are rounded half away from zero without binary noise, and written with fixed decimals.
import { describe, expect, it } from 'vitest';
import { formatPercent, formatRaw, formatTarget, formatValue, roundTo } from '../../../shared/attain';

describe('roundTo', () => {
  it('rounds half away from zero, as 四舍五入 does', () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(3.404, 2)).toBe(3.4);
    expect(roundTo(3.405, 2)).toBe(3.41);
  });
  it('ignores the binary noise of decimal fractions (1.005 is stored as 1.00499999…)', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.57 / 0.6, 9)).toBe(0.95); // 0.57 / 0.6 = 0.9499999999999998 in binary
  });
  it('never returns negative zero', () => {
    expect(Object.is(roundTo(-0.0004, 2), 0)).toBe(true);
  });
});

describe('formatValue / formatPercent / formatTarget', () => {
  it('writes the published number of decimals, padding with zeros and without thousands separators', () => {
    expect(formatValue(3.1, 2)).toBe('3.10');
    expect(formatValue(2550.82, 2)).toBe('2550.82');
    expect(formatValue(12000, 0)).toBe('12000');
    expect(formatValue(1.005, 2)).toBe('1.01');
  });
  it('writes fractions as percentages with 1 decimal by default', () => {
    expect(formatPercent(0.39626)).toBe('39.6 %');
    expect(formatPercent(1.13333)).toBe('113.3 %');
    expect(formatPercent(0.0845, 2)).toBe('8.45 %');
  });
  it('writes raw values in full precision but without float noise', () => {
    expect(formatRaw(0.1 + 0.2)).toBe('0.3');
    expect(formatRaw(3.404)).toBe('3.404');
  });
  it('writes targets the way the plan states them', () => {
    expect(formatTarget({ comparator: '>', value: 3000 }, 2)).toBe('> 3000.00');
    expect(formatTarget({ comparator: '<=', value: 0.4 }, 1)).toBe('≤ 0.4');
    expect(formatTarget({ comparator: 'range', value: 2, lo: 2, hi: 3 }, 1)).toBe('[2.0, 3.0]');
  });
});
