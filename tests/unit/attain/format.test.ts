// Numbers are rounded half away from zero without binary noise, and written with fixed decimals and the one
// thousands-separator rule of every screen and report: commas from five integer digits up, none below.
import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatRaw, formatTarget, formatValue, roundTo } from '../../../shared/attain';

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
  it('writes the published number of decimals, padding with zeros', () => {
    expect(formatValue(3.1, 2)).toBe('3.10');
    expect(formatValue(1.005, 2)).toBe('1.01');
  });
  it('groups an integer part of five digits or more in threes with commas, and leaves four digits as they are', () => {
    expect(formatValue(2550.82, 2)).toBe('2550.82');
    expect(formatValue(9999.5, 0)).toBe('10,000');
    expect(formatValue(12000, 0)).toBe('12,000');
    expect(formatValue(28839.004, 2)).toBe('28,839.00');
    expect(formatValue(1234567.891, 3)).toBe('1,234,567.891');
    expect(formatValue(-123456, 1)).toBe('-123,456.0');
    expect(formatValue(-9999, 0)).toBe('-9999');
  });
  it('writes counts, raw values and percentages by the same rule', () => {
    expect(formatCount(240000)).toBe('240,000');
    expect(formatCount(2023)).toBe('2023');
    expect(formatRaw(12345.6789)).toBe('12,345.6789');
    expect(formatRaw(0.000012345)).toBe('0.000012345');
    expect(formatPercent(123.456)).toBe('12,345.6 %');
    expect(formatTarget({ comparator: '>=', value: 30000 }, 0)).toBe('≥ 30,000');
  });
  it('leaves what is not a plain decimal as it is', () => {
    expect(formatRaw(1e21)).toBe('1e+21');
    expect(formatValue(Number.NaN, 2)).toBe('NaN');
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
