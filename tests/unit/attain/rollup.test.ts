// Scores, roll-ups with weights and coverage, monitoring indicators and binding red flags.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { rollUp } from '../../../shared/attain/rollup';
import { indicator, plan, series, settings } from './build';
import { valueSet } from '../../../shared/model';

describe('indicator score', () => {
  it('is 100 when achieved, 100 · clamp(P, 0, 1) otherwise, none when P is undefined', () => {
    const inds = [
      indicator({ id: 'met' }), // 210 ≥ 200
      indicator({ id: 'half' }), // P = (150 − 100) / 100 = 0.5 → 50
      indicator({ id: 'back' }), // P = (90 − 100) / 100 = −0.1 → 0
      indicator({ id: 'nobase', baseline: null }), // P undefined
    ];
    const obs = [...series('met', { 2023: 210 }), ...series('half', { 2023: 150 }), ...series('back', { 2023: 90 }), ...series('nobase', { 2023: 150 })];
    const scores = evaluate(plan(inds), valueSet(obs), settings(2023)).indicators.map((r) => r.score);
    expect(scores).toEqual([100, 50, 0, null]);
  });
});

describe('roll-ups', () => {
  // Weights 1, 2, 1 and a monitoring indicator of weight 5; scores 100, 50 and none.
  const inds = [
    indicator({ id: 'a', weight: 1 }),
    indicator({ id: 'b', weight: 2 }),
    indicator({ id: 'c', weight: 1, baseline: null }),
    indicator({ id: 'm', weight: 5, target: null }),
    indicator({ id: 'other', category: '类别乙' }),
  ];
  const obs = [...series('a', { 2023: 210 }), ...series('b', { 2023: 150 }), ...series('c', { 2023: 150 }), ...series('m', { 2021: 100, 2023: 121 })];

  it('coverage 3/4 = 0.75 below 80 % → score null, rawScore = (100·1 + 50·2) / 3 = 66.67', () => {
    const evaluation = evaluate(plan(inds), valueSet(obs), settings(2023));
    const cat = evaluation.categories.find((c) => c.name === '类别甲')!;
    expect(cat.coverage).toBe(0.75);
    expect(cat.score).toBeNull();
    expect(cat.rawScore).toBeCloseTo(200 / 3, 12);
    expect(cat.counts).toMatchObject({ achieved: 1, lagging: 1, 'not-assessable': 1, monitoring: 1 });
  });

  it('with the threshold at 70 % the same category shows its score', () => {
    const cat = evaluate(plan(inds), valueSet(obs), settings(2023, { coverageThreshold: 0.7 })).categories[0];
    expect(cat.score).toBeCloseTo(200 / 3, 12);
  });

  it('overall: weights 1 + 2 + 1 + 1 (monitoring excluded), scored 3 of 5 → coverage 0.6', () => {
    const overall = evaluate(plan(inds), valueSet(obs), settings(2023)).overall;
    expect(overall.coverage).toBeCloseTo(3 / 5, 12);
    expect(overall.rawScore).toBeCloseTo(200 / 3, 12);
    expect(overall.score).toBeNull();
    expect(overall.counts).toMatchObject({ achieved: 1, lagging: 1, 'not-assessable': 1, monitoring: 1, 'no-data': 1 });
  });

  it('a category with only monitoring indicators has no score and zero coverage', () => {
    expect(rollUp([{ status: 'monitoring', score: null, weight: 1, monitoring: true }], 0.8)).toMatchObject({ score: null, rawScore: null, coverage: 0 });
  });

  it('coverage exactly at the threshold counts (0.1 + 0.7 of weight 1.0 is 0.8)', () => {
    const r = rollUp(
      [
        { status: 'achieved', score: 100, weight: 0.1, monitoring: false },
        { status: 'lagging', score: 50, weight: 0.7, monitoring: false },
        { status: 'not-assessable', score: null, weight: 0.2, monitoring: false },
      ],
      0.8,
    );
    expect(r.score).toBeCloseTo((10 + 35) / 0.8, 9); // (100·0.1 + 50·0.7) / 0.8 = 56.25
  });

  it('monitoring indicators report their trend: 100 → 121 over 2021–2023 is 10 % a year', () => {
    const m = evaluate(plan(inds), valueSet(obs), settings(2023)).indicators[3];
    expect(m.status).toBe('monitoring');
    expect(m.trend).toBeCloseTo(0.1, 12);
    expect(m.score).toBeNull();
    expect(m.projection).toBeNull();
  });
});

describe('binding indicators', () => {
  const run = (overrides: Parameters<typeof indicator>[0], values: Record<number, number>) =>
    evaluate(plan([indicator({ nature: 'binding', ...overrides })]), valueSet(series('x', values)), settings(2023)).indicators[0];

  it('are a red flag below on-track, with a finding', () => {
    const r = run({}, { 2023: 150 }); // Q = 0.5 / 0.6 = 0.833 → lagging
    expect(r.status).toBe('lagging');
    expect(r.redFlag).toBe(true);
    expect(r.findings.find((f) => f.code === 'binding-flag')?.message).toContain('滞后');
  });
  it('are a red flag when their progress cannot be shown (no baseline, no data)', () => {
    expect(run({ baseline: null }, { 2023: 150 }).redFlag).toBe(true);
    expect(run({}, {}).redFlag).toBe(true);
  });
  it('are not flagged when on track, ahead or achieved, and expected indicators never are', () => {
    expect(run({}, { 2023: 158 }).redFlag).toBe(false); // Q = 0.58 / 0.6 = 0.967 → on track
    expect(run({}, { 2023: 210 }).redFlag).toBe(false);
    expect(run({ nature: 'expected' }, { 2023: 150 }).redFlag).toBe(false);
  });
});
