// Projection to the target year and the required effort (METHOD.md 5. and 6.).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { type EvaluationSettings, type Indicator, type ObservationInput, valueSet } from '../../../shared/model';
import { indicator, plan, series, settings } from './build';

function whole(ind: Indicator, observations: ObservationInput[], s: EvaluationSettings = settings(2023)) {
  return evaluate(plan([ind]), valueSet(observations), s).indicators[0];
}

describe('method choice', () => {
  it('CAGR when x0, x_t and x* are > 0 and the unit is not a share', () => {
    const r = whole(indicator(), series('x', { 2023: 150 }));
    // g = 1.5^(1/3) − 1; x̂ = 150 · 1.5^(2/3) ≈ 196.56 < 200
    expect(r.projection).toMatchObject({ method: 'cagr', achieved: false });
    expect(r.projection!.value).toBeCloseTo(150 * 1.5 ** (2 / 3), 9);
    // required: (200 / 150)^(1/2) − 1 ≈ 0.1547
    expect(r.required).toEqual({ method: 'cagr', value: expect.closeTo((200 / 150) ** 0.5 - 1, 12) });
  });

  it.each(['%', '‰', ' ％ '])('linear for the unit %s', (unit) => {
    const r = whole(indicator({ unit, aggregation: 'none', baseline: { year: 2020, value: 10 }, target: { year: 2025, comparator: '>=', value: 20 } }), series('x', { 2023: 16 }));
    // x̂ = 16 + (16 − 10) / 3 · 2 = 20 → achieved; required (20 − 16) / 2 = 2 a year
    expect(r.projection).toMatchObject({ method: 'linear', achieved: true });
    expect(r.projection!.value).toBeCloseTo(20, 12);
    expect(r.required).toEqual({ method: 'linear', value: 2 });
  });

  it('linear when a value is zero or negative (no CAGR): x0 = −5, x_t = 1, x* = 10', () => {
    const r = whole(indicator({ baseline: { year: 2020, value: -5 }, target: { year: 2025, comparator: '>=', value: 10 } }), series('x', { 2023: 1 }));
    // x̂ = 1 + (1 − (−5)) / 3 · 2 = 5; required (10 − 1) / 2 = 4.5; P = 6 / 15 = 0.4
    expect(r.projection).toMatchObject({ method: 'linear', value: 5, achieved: false });
    expect(r.required).toEqual({ method: 'linear', value: 4.5 });
    expect(r.completion).toBeCloseTo(0.4, 12);
  });

  it('lower is better: CAGR on a falling series, 0.47 · (0.47/0.5)^(2/3) ≈ 0.4510 > 0.4', () => {
    const ind = indicator({ unit: '吨标准煤/万元', precision: 2, direction: -1, baseline: { year: 2020, value: 0.5 }, target: { year: 2025, comparator: '<=', value: 0.4 } });
    const r = whole(ind, series('x', { 2023: 0.47 }));
    expect(r.projection).toMatchObject({ method: 'cagr', achieved: false });
    expect(r.projection!.value).toBeCloseTo(0.451007, 6);
    expect(r.required!.value).toBeCloseTo((0.4 / 0.47) ** 0.5 - 1, 12); // ≈ −0.0775 a year
  });
});

describe('no baseline value', () => {
  const ind = indicator({ unit: '件', baseline: null, target: { year: 2025, comparator: '>=', value: 30 } });
  it('projects from the first year with a value: 20 in 2021 → 24 in 2023, x̂ = 24 · 1.2 = 28.8', () => {
    const r = whole(ind, series('x', { 2021: 20, 2023: 24 }));
    expect(r.projection).toMatchObject({ method: 'cagr', achieved: false, base: { year: 2021, value: 20 } });
    expect(r.projection!.value).toBeCloseTo(28.8, 9); // (1 + g)² = 24 / 20 over 2021–2023, same two years ahead
    expect(r.required!.value).toBeCloseTo((30 / 24) ** 0.5 - 1, 12);
    expect(r.timeProgress).toBe(0.6); // S still from the plan base year 2020
  });
  it('one data point: no projection, but the required effort is still given', () => {
    const r = whole(ind, series('x', { 2023: 24 }));
    expect(r.projection).toBeNull();
    expect(r.required).toEqual({ method: 'cagr', value: expect.closeTo((30 / 24) ** 0.5 - 1, 12) });
  });
});

describe('cumulative and growth', () => {
  it('cumulative: linear on the running sum, 41 + 41/3 · 2 ≈ 68.33 > 60; needs (60 − 41) / 2 = 9.5 a year', () => {
    const ind = indicator({ kind: 'cumulative', unit: '家', baseline: null, target: { year: 2025, comparator: '>', value: 60 } });
    const r = whole(ind, series('x', { 2021: 12, 2022: 15, 2023: 14 }));
    expect(r.projection).toMatchObject({ method: 'linear', achieved: true, base: { year: 2020, value: 0 } });
    expect(r.projection!.value).toBeCloseTo(41 + (41 / 3) * 2, 12);
    expect(r.required).toEqual({ method: 'cumulative', value: 9.5 });
  });

  it('growth: 100 → 125 over 2020–2023 projects 125 · 1.25^(2/3) ≈ 145.05, i.e. 7.7 % a year < 10 %', () => {
    const ind = indicator({ kind: 'growth', baseline: { year: 2020, value: 100 }, target: { year: 2025, comparator: '>=', value: 10 } });
    const r = whole(ind, series('x', { 2023: 125 }));
    expect(r.projection).toMatchObject({ method: 'cagr', achieved: false });
    expect(r.projection!.value).toBeCloseTo(145.04965, 4);
    // 10 % a year from 100 needs 100 · 1.1⁵ = 161.051 in 2025: (161.051 / 125)^(1/2) − 1 ≈ 0.1351
    expect(r.required!.value).toBeCloseTo(0.1350806, 6);
  });
});

describe('no projection or effort when no time is left', () => {
  it('at the target year', () => {
    const r = whole(indicator(), series('x', { 2021: 120, 2025: 150 }), settings(2025));
    expect(r.projection).toBeNull();
    expect(r.required).toBeNull();
  });
});

describe('settings.projectionOverrides', () => {
  it('forces linear on 技术合同成交额: 2550.82 + 294.82/3 · 2 ≈ 2747.37; needs (3000 − 2550.82)/2 = 224.59 a year', () => {
    const ind = indicator({ id: 'tc', precision: 2, baseline: { year: 2020, value: 2256 }, target: { year: 2025, comparator: '>', value: 3000 } });
    const r = whole(ind, series('tc', { 2023: 2550.82 }), settings(2023, { projectionOverrides: { tc: 'linear' } }));
    expect(r.projection?.method).toBe('linear');
    expect(r.projection!.value).toBeCloseTo(2747.3667, 4);
    expect(r.required?.method).toBe('linear');
    expect(r.required!.value).toBeCloseTo(224.59, 9);
  });
  it('forces CAGR on a share: 3.44 · (3.44/3.1)^(2/3) ≈ 3.6871', () => {
    const ind = indicator({ unit: '%', precision: 2, aggregation: 'none', baseline: { year: 2020, value: 3.1 }, target: { year: 2025, comparator: '>', value: 3.4 } });
    const r = whole(ind, series('x', { 2023: 3.44 }), settings(2023, { projectionOverrides: { x: 'cagr' } }));
    expect(r.projection?.method).toBe('cagr');
    expect(r.projection!.value).toBeCloseTo(3.6871398, 6);
  });
  it('falls back to linear where CAGR cannot compound (a negative baseline)', () => {
    const ind = indicator({ baseline: { year: 2020, value: -5 }, target: { year: 2025, comparator: '>=', value: 10 } });
    const r = whole(ind, series('x', { 2023: 1 }), settings(2023, { projectionOverrides: { x: 'cagr' } }));
    expect(r.projection?.method).toBe('linear');
  });
});
