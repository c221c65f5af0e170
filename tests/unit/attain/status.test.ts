// Completion, time progress, pace and the status table of METHOD.md, through evaluate().
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { statusOf } from '../../../shared/attain/status';
import { DEFAULT_CUTOFFS, type Indicator, type ObservationInput, valueSet } from '../../../shared/model';
import { indicator, plan, series, settings } from './build';

function whole(ind: Indicator, observations: ObservationInput[], asOf = 2023) {
  return evaluate(plan([ind]), valueSet(observations), settings(asOf)).indicators[0];
}

describe('status bands at their exact boundaries', () => {
  // baseline 2020 = 0, target 2025 ≥ 100, latest 2022: S = 2/5 = 0.4, P = x / 100, so Q = x / 40.
  const ind = indicator({ baseline: { year: 2020, value: 0 }, target: { year: 2025, comparator: '>=', value: 100 }, precision: 3 });
  const at = (x: number) => whole(ind, series('x', { 2022: x }), 2022);
  it.each([
    [40, 1.0, 'ahead'], // Q = 0.4 / 0.4 = 1.0
    [39.996, 0.9999, 'on-track'],
    [38, 0.95, 'on-track'], // 0.38 / 0.4 is 0.9499999999999998 in binary: still on track
    [37.996, 0.9499, 'lagging'],
    [20, 0.5, 'lagging'],
    [19.996, 0.4999, 'seriously-lagging'],
    [4, 0.1, 'seriously-lagging'], // 0.04 / 0.4 = 0.09999999999999999 in binary
    [3.996, 0.0999, 'stagnant'],
    [0, 0, 'stagnant'],
    [-4, -0.1, 'stagnant'],
    [-4.004, -0.1001, 'regressing'],
  ])('x = %d → Q = %d → %s', (x, q, status) => {
    const r = at(x);
    expect(r.timeProgress).toBe(0.4);
    expect(r.pace).toBeCloseTo(q, 9);
    expect(r.status).toBe(status);
  });

  it('takes the cut-offs from the project settings', () => {
    const cutoffs = { ahead: 1.2, onTrack: 1.0, lagging: 0.6, seriouslyLagging: 0.2, stagnant: 0 };
    expect(statusOf({ hasData: true, hasTarget: true, achieved: false, pace: 1.1 }, cutoffs)).toBe('on-track');
    expect(statusOf({ hasData: true, hasTarget: true, achieved: false, pace: 0.55 }, cutoffs)).toBe('seriously-lagging');
    expect(statusOf({ hasData: true, hasTarget: true, achieved: false, pace: -0.05 }, cutoffs)).toBe('regressing');
    const r = evaluate(plan([ind]), valueSet(series('x', { 2022: 40 })), settings(2022, { cutoffs })).indicators[0];
    expect(r.status).toBe('on-track'); // Q = 1.0: ahead by default, on track under these cut-offs
  });

  it('checks in METHOD.md order: no data, monitoring, achieved, pace, not assessable', () => {
    const c = DEFAULT_CUTOFFS;
    expect(statusOf({ hasData: false, hasTarget: true, achieved: false, pace: null }, c)).toBe('no-data');
    expect(statusOf({ hasData: true, hasTarget: false, achieved: false, pace: null }, c)).toBe('monitoring');
    expect(statusOf({ hasData: true, hasTarget: true, achieved: true, pace: -5 }, c)).toBe('achieved');
    expect(statusOf({ hasData: true, hasTarget: true, achieved: false, pace: null }, c)).toBe('not-assessable');
  });
});

describe('the achieved test', () => {
  const rd = (comparator: '>' | '>=', value: number) =>
    whole(
      indicator({ unit: '%', precision: 2, aggregation: 'none', baseline: { year: 2020, value: 3.1 }, target: { year: 2025, comparator, value: 3.4 } }),
      series('x', { 2023: value }),
    );

  it('at exact equality, ≥ holds and > does not', () => {
    expect(rd('>=', 3.4).status).toBe('achieved');
    const strict = rd('>', 3.4);
    expect(strict.status).not.toBe('achieved');
    // P = (3.4 − 3.1) / (3.4 − 3.1) = 1, S = 0.6, Q = 1.667: ahead, but not achieved.
    expect(strict.completion).toBeCloseTo(1, 12);
    expect(strict.status).toBe('ahead');
    expect(strict.score).toBeCloseTo(100, 9);
  });

  it('is decided on the value rounded to the precision: 3.404 → 3.40 meets ≥ 3.4 but not > 3.4', () => {
    const geq = rd('>=', 3.404);
    expect(geq.status).toBe('achieved');
    expect(geq.findings.map((f) => f.code)).not.toContain('rounding-decides'); // raw 3.404 ≥ 3.4 too

    const gt = rd('>', 3.404);
    expect(gt.status).not.toBe('achieved'); // raw 3.404 > 3.4, rounded 3.40 is not
    const finding = gt.findings.find((f) => f.code === 'rounding-decides')!;
    expect(finding.message).toContain('3.404');
    expect(finding.message).toContain('3.40');
    expect(finding.cells).toEqual([{ indicatorId: 'x', region: '全市', year: 2023 }]);
  });

  it('reports rounding that makes a target met: 3.396 → 3.40 ≥ 3.4', () => {
    const r = rd('>=', 3.396);
    expect(r.status).toBe('achieved');
    expect(r.findings.map((f) => f.code)).toContain('rounding-decides');
  });

  it('is achieved early only before the target year', () => {
    const ind = indicator({ target: { year: 2025, comparator: '>=', value: 200 } });
    expect(whole(ind, series('x', { 2023: 210 })).achievedEarly).toBe(true);
    const atTarget = whole(ind, series('x', { 2025: 210 }), 2025);
    expect(atTarget.status).toBe('achieved');
    expect(atTarget.achievedEarly).toBe(false);
  });
});

describe('completion edge cases', () => {
  it('baseline equal to target: P undefined, not assessable until the comparator holds', () => {
    const ind = indicator({ baseline: { year: 2020, value: 50 }, target: { year: 2025, comparator: '>=', value: 50 } });
    const below = whole(ind, series('x', { 2023: 49 }));
    expect(below.completion).toBeNull();
    expect(below.pace).toBeNull();
    expect(below.status).toBe('not-assessable');
    expect(below.score).toBeNull();
    const met = whole(ind, series('x', { 2023: 51 }));
    expect(met.status).toBe('achieved');
    expect(met.score).toBe(100);
  });

  it('no baseline: t0 is the plan base year for S, P is undefined → not assessable', () => {
    const ind = indicator({ unit: '件', baseline: null, target: { year: 2025, comparator: '>=', value: 30 } });
    const r = whole(ind, series('x', { 2021: 20, 2022: 22, 2023: 24 }));
    expect(r.baseline).toBeNull();
    expect(r.baselineYear).toBe(2020);
    expect(r.timeProgress).toBe(0.6); // (2023 − 2020) / (2025 − 2020)
    expect(r.completion).toBeNull();
    expect(r.status).toBe('not-assessable');
    expect(r.score).toBeNull();
  });

  it('lower is better (direction −1, ≤): P = (0.47 − 0.5) / (0.4 − 0.5) = 0.3, Q = 0.3 / 0.6 = 0.5 → lagging', () => {
    const ind = indicator({ unit: '吨标准煤/万元', precision: 2, direction: -1, baseline: { year: 2020, value: 0.5 }, target: { year: 2025, comparator: '<=', value: 0.4 } });
    const r = whole(ind, series('x', { 2023: 0.47 }));
    expect(r.completion).toBeCloseTo(0.3, 12);
    expect(r.pace).toBeCloseTo(0.5, 12);
    expect(r.status).toBe('lagging');
    expect(whole(ind, series('x', { 2023: 0.39 })).status).toBe('achieved');
    // Moving the wrong way: (0.55 − 0.5) / (−0.1) = −0.5, Q = −0.833 → regressing.
    expect(whole(ind, series('x', { 2023: 0.55 })).status).toBe('regressing');
  });

  it('cumulative: 新增上市科技型企业数 12 + 15 + 14 = 41 by 2023 against > 60', () => {
    const ind = indicator({ id: 'x', unit: '家', kind: 'cumulative', baseline: null, target: { year: 2025, comparator: '>', value: 60 } });
    const r = whole(ind, series('x', { 2021: 12, 2022: 15, 2023: 14 }));
    expect(r.runningSum).toBe(41);
    expect(r.completion).toBeCloseTo(41 / 60, 12); // 0.6833
    expect(r.timeProgress).toBe(0.6);
    expect(r.pace).toBeCloseTo(41 / 60 / 0.6, 12); // 1.139 → ahead
    expect(r.status).toBe('ahead');
    // The comparator applies to the running sum: 41 + 20 = 61 > 60 in 2024.
    const later = whole(ind, series('x', { 2021: 12, 2022: 15, 2023: 14, 2024: 20 }), 2024);
    expect(later.runningSum).toBe(61);
    expect(later.status).toBe('achieved');
    expect(later.achievedEarly).toBe(true);
  });

  it('cumulative sums only the years after t0 and up to the target year', () => {
    const ind = indicator({ kind: 'cumulative', baseline: null, target: { year: 2025, comparator: '>=', value: 100 } });
    const r = whole(ind, series('x', { 2020: 50, 2024: 10, 2025: 20, 2026: 30 }), 2026);
    expect(r.runningSum).toBe(30); // 2024 + 2025; 2020 is t0 itself and 2026 is after the target year
  });

  it('growth target: CAGR since t0 in percent against g*, P = 7.7217 / 10', () => {
    const ind = indicator({ kind: 'growth', baseline: { year: 2020, value: 100 }, target: { year: 2025, comparator: '>=', value: 10 } });
    const r = whole(ind, series('x', { 2023: 125 }));
    const cagr = 1.25 ** (1 / 3) - 1; // 0.077217
    expect(r.completion).toBeCloseTo((cagr * 100) / 10, 12);
    expect(r.status).toBe('ahead'); // Q = 0.772 / 0.6 = 1.287
    // 100 · 1.1³ = 133.1 is exactly 10 % a year: achieved, early.
    const met = whole(ind, series('x', { 2023: 133.1 }));
    expect(met.status).toBe('achieved');
    expect(met.achievedEarly).toBe(true);
  });

  it('time progress is capped at 1 after the target year and undefined when T ≤ t0', () => {
    const late = whole(indicator(), series('x', { 2026: 150 }), 2026);
    expect(late.timeProgress).toBe(1);
    expect(late.completion).toBeCloseTo(0.5, 12); // (150 − 100) / (200 − 100)
    expect(late.pace).toBeCloseTo(0.5, 12);
    const odd = whole(indicator({ target: { year: 2020, comparator: '>=', value: 200 } }), series('x', { 2023: 150 }));
    expect(odd.timeProgress).toBeNull();
    expect(odd.status).toBe('not-assessable');
  });

  it('no value at or before the evaluation year → no data; a later value is ignored', () => {
    const r = whole(indicator(), series('x', { 2024: 150 }), 2023);
    expect(r.status).toBe('no-data');
    expect(r.latest).toBeNull();
    expect(r.score).toBeNull();
  });

  it('data lag: latest year 2023 before asOf 2024 uses t = 2023 and says so', () => {
    const r = whole(indicator(), series('x', { 2023: 160 }), 2024);
    expect(r.dataLag).toBe(true);
    expect(r.timeProgress).toBe(0.6);
    const finding = r.findings.find((f) => f.code === 'data-lag')!;
    expect(finding.message).toContain('2023');
    expect(finding.message).toContain('2024');
    expect(whole(indicator(), series('x', { 2023: 160 }), 2023).dataLag).toBe(false);
  });
});

describe('range targets [2, 3]', () => {
  const ranged = (x0: number) =>
    indicator({ unit: '%', precision: 1, aggregation: 'none', baseline: { year: 2020, value: x0 }, target: { year: 2025, comparator: 'range', lo: 2, hi: 3 } });
  it('baseline below the range: x* = lo, P = (1.8 − 1.5) / (2 − 1.5) = 0.6', () => {
    const r = whole(ranged(1.5), series('x', { 2023: 1.8 }));
    expect(r.target).toMatchObject({ comparator: 'range', value: 2, lo: 2, hi: 3 });
    expect(r.completion).toBeCloseTo(0.6, 12);
    expect(r.status).toBe('ahead'); // Q = 0.6 / 0.6 = 1
  });
  it('baseline above the range: x* = hi, P = (3.5 − 4) / (3 − 4) = 0.5; inside the range is achieved', () => {
    const r = whole(ranged(4), series('x', { 2023: 3.5 }));
    expect(r.target?.value).toBe(3);
    expect(r.completion).toBeCloseTo(0.5, 12);
    expect(r.status).toBe('lagging'); // Q = 0.833
    expect(whole(ranged(4), series('x', { 2023: 2.9 })).status).toBe('achieved');
  });
  it('baseline inside the range: a maintain target, achieved while inside, otherwise not assessable', () => {
    const inside = whole(ranged(2.5), series('x', { 2023: 2.7 }));
    expect(inside.target?.value).toBe(2.5);
    expect(inside.status).toBe('achieved');
    const outside = whole(ranged(2.5), series('x', { 2023: 3.2 }));
    expect(outside.completion).toBeNull();
    expect(outside.status).toBe('not-assessable');
    expect(outside.required).toBeNull();
  });
});
