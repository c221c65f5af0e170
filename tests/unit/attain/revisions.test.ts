// Target revisions (指标动态调整): one rule for the target in force in a year, and attainment measured against it with
// the plan's own target kept beside.
import { describe, expect, it } from 'vitest';
import { evaluate, explainComputation, methodology, targetInForce } from '../../../shared/attain';
import { valueSet, type TargetRevision } from '../../../shared/model';
import { indicator, plan, series, settings } from './build';

const revision = (effectiveYear: number, value: number, extra: Partial<TargetRevision> = {}): TargetRevision => ({
  effectiveYear,
  target: { comparator: '>=', value },
  reason: '统计口径调整',
  basis: '穗科〔2023〕1号',
  recordedAt: '2023-06-01T00:00:00.000Z',
  ...extra,
});

describe('targetInForce', () => {
  const revised = indicator({ revisions: [revision(2023, 180), revision(2022, 190)] });

  it('is the plan target before any revision takes effect, and with no revisions at all', () => {
    expect(targetInForce(revised, 2021)).toEqual({ target: revised.target, revision: null });
    expect(targetInForce(indicator(), 2025)).toEqual({ target: indicator().target, revision: null });
  });

  it('takes a revision from its effective year on (the year itself included), the latest effective year winning whatever the order recorded', () => {
    expect(targetInForce(revised, 2022)?.target).toEqual({ year: 2025, comparator: '>=', value: 190 });
    expect(targetInForce(revised, 2022)?.revision?.index).toBe(1);
    expect(targetInForce(revised, 2023)?.target).toEqual({ year: 2025, comparator: '>=', value: 180 });
    expect(targetInForce(revised, 2030)?.revision).toEqual({ index: 0, effectiveYear: 2023, reason: '统计口径调整', basis: '穗科〔2023〕1号', originalTarget: revised.target });
  });

  it('of two revisions with the same effective year, takes the one recorded later', () => {
    const twice = indicator({ revisions: [revision(2023, 180), revision(2023, 170, { basis: '市政府常务会议' })] });
    expect(targetInForce(twice, 2023)?.target).toMatchObject({ value: 170 });
    expect(targetInForce(twice, 2023)?.revision?.basis).toBe('市政府常务会议');
  });

  it('keeps the plan target year and takes a range as revised', () => {
    const range = indicator({ revisions: [revision(2024, 0, { target: { comparator: 'range', lo: 150, hi: 160 } })] });
    expect(targetInForce(range, 2024)?.target).toEqual({ year: 2025, comparator: 'range', lo: 150, hi: 160 });
  });

  it('is null for a monitoring indicator', () => {
    expect(targetInForce(indicator({ target: null }), 2025)).toBeNull();
  });
});

describe('evaluation against a revised target', () => {
  const data = valueSet([...series('x', { 2021: 120, 2022: 140, 2023: 160 }), ...series('x', { 2020: 10, 2023: 16 }, '甲区')]);
  const revisedPlan = plan([indicator({ aggregation: 'none', revisions: [revision(2023, 170)] })], ['甲区']);

  it('measures completion, status, projection and effort against the revised target, and names the plan target and the revision', () => {
    const result = evaluate(revisedPlan, data, settings(2023)).indicators[0];
    const unrevised = evaluate(plan([indicator({ aggregation: 'none', target: { year: 2025, comparator: '>=', value: 170 } })], ['甲区']), data, settings(2023)).indicators[0];
    expect(result.target).toEqual({ year: 2025, comparator: '>=', value: 170 });
    expect(result.completion).toBeCloseTo(60 / 70);
    const { revision: applied, ...figures } = result;
    expect(figures).toEqual(unrevised);
    expect(applied).toEqual({ index: 0, effectiveYear: 2023, reason: '统计口径调整', basis: '穗科〔2023〕1号', originalTarget: { year: 2025, comparator: '>=', value: 200 } });
  });

  it('applies to the regions the target applies to, and not before the effective year', () => {
    const evaluation = evaluate(revisedPlan, data, settings(2023));
    expect(evaluation.regions[0].revision?.effectiveYear).toBe(2023);
    const before = evaluate(revisedPlan, data, settings(2022)).indicators[0];
    expect(before.target).toMatchObject({ value: 200 });
    expect(before).not.toHaveProperty('revision');
  });

  it('leaves the plan, its target and an unrevised evaluation as they were', () => {
    const copy = structuredClone(revisedPlan);
    evaluate(revisedPlan, data, settings(2023));
    expect(revisedPlan).toEqual(copy);
    expect(evaluate(plan([indicator()]), data, settings(2023)).indicators[0]).not.toHaveProperty('revision');
  });

  it('explains the computation with the revised target, and the methodology states the rule', () => {
    const result = evaluate(revisedPlan, data, settings(2023)).indicators[0];
    const lines = explainComputation(revisedPlan, result, 'zh');
    expect(lines[0]).toBe('目标自 2023 年起调整为 ≥ 170（规划原目标 ≥ 200，批准依据：穗科〔2023〕1号），以下按调整后目标计算');
    expect(lines[1]).toContain('/ (170 − 100)');
    expect(explainComputation(plan([indicator()]), evaluate(plan([indicator()]), data, settings(2023)).indicators[0], 'zh')[0]).not.toContain('调整');
    const rule = methodology(settings(2023), 'zh').rules.find((r) => r.heading === '指标动态调整');
    expect(rule?.text).toContain('2023 年适用生效年份不晚于该年的最近一次调整');
    expect(methodology(settings(2023), 'en').rules.map((r) => r.heading)).toContain('Target revisions');
  });
});
