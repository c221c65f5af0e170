// The worked example of the reports issue, on the built-in Guangzhou plan.
import { describe, expect, it } from 'vitest';
import { evaluate, explainComputation } from '../../../shared/attain';
import { defaultSettings, valueSet } from '../../../shared/model';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { series } from './build';

const plan = guangzhouPlan();
const observations = [...series('tech-contracts', { 2023: 2550.82 }), ...series('rd-intensity', { 2023: 3.44 })];
const evaluation = evaluate(plan, valueSet(observations), defaultSettings(2023));
const result = (id: string) => evaluation.indicators.find((r) => r.indicatorId === id)!;

describe('技术合同成交额: baseline 2020 = 2256, target > 3000 in 2025, 2023 = 2550.82, evaluated at 2023', () => {
  const r = result('tech-contracts');
  it('completion = (2550.82 − 2256) / (3000 − 2256) = 294.82 / 744 ≈ 0.39626', () => {
    expect(r.completion).toBeCloseTo(294.82 / 744, 12);
    expect(r.completion).toBeCloseTo(0.39626, 5);
  });
  it('time progress = (2023 − 2020) / (2025 − 2020) = 3/5 = 0.6, pace = 0.39626 / 0.6 ≈ 0.6604 → lagging', () => {
    expect(r.timeProgress).toBe(0.6);
    expect(r.pace).toBeCloseTo(0.39626 / 0.6, 4);
    expect(r.status).toBe('lagging');
    expect(r.score).toBeCloseTo(39.626, 3);
  });
  it('projects by CAGR (亿元, all values > 0): g = (2550.82/2256)^(1/3) − 1 ≈ 0.04179, 2550.82·(1+g)^2 ≈ 2768.47, not achieved', () => {
    const g = (2550.82 / 2256) ** (1 / 3) - 1;
    expect(g).toBeCloseTo(0.0418, 4);
    expect(r.projection).toMatchObject({ method: 'cagr', year: 2025, achieved: false, base: { year: 2020, value: 2256 } });
    expect(r.projection!.value).toBeCloseTo(2550.82 * (1 + g) ** 2, 9);
    expect(r.projection!.value).toBeCloseTo(2768.47, 2);
  });
  it('needs (3000 / 2550.82)^(1/2) − 1 ≈ 0.0845 a year for the rest of the period', () => {
    expect(r.required?.method).toBe('cagr');
    expect(r.required!.value).toBeCloseTo(0.0845, 4);
  });
  it('spells the computation out with the numbers at the indicator precision', () => {
    const lines = explainComputation(plan, r, 'zh');
    expect(lines).toContain('完成度 = (2550.82 − 2256.00) / (3000.00 − 2256.00) = 39.6 %');
    expect(lines).toContain('时序进度 = (2023 − 2020) / (2025 − 2020) = 60.0 %');
    expect(lines).toContain('2025 年预测值（年均增长法）= 2550.82 × (1 + 4.2 %)^2 = 2768.47，预计难以实现目标');
    expect(lines).toContain('剩余年均需增长 = (3000.00 / 2550.82)^(1/2) − 1 = 8.4 %');
    expect(explainComputation(plan, r, 'en')).toContain('Completion = (2550.82 − 2256.00) / (3000.00 − 2256.00) = 39.6 %');
  });
});

describe('R&D投入强度: baseline 2020 = 3.1, target > 3.4, 2023 = 3.44', () => {
  const r = result('rd-intensity');
  it('is achieved early (3.44 > 3.40 before 2025), completion (3.44 − 3.1) / (3.4 − 3.1) ≈ 1.1333, score 100', () => {
    expect(r.status).toBe('achieved');
    expect(r.achievedEarly).toBe(true);
    expect(r.completion).toBeCloseTo(0.34 / 0.3, 12);
    expect(r.score).toBe(100);
    expect(r.required).toBeNull();
  });
  it('projects linearly because the unit is %: 3.44 + (3.44 − 3.1)/3 · 2 ≈ 3.6667', () => {
    expect(r.projection?.method).toBe('linear');
    expect(r.projection!.value).toBeCloseTo(3.44 + (0.34 / 3) * 2, 12);
  });
  it('explains the completion as in the issue', () => {
    expect(explainComputation(plan, r, 'zh')).toContain('完成度 = (3.44 − 3.10) / (3.40 − 3.10) = 113.3 %');
  });
});
