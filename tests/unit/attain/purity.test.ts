// evaluate() is a pure function: same inputs, same output; inputs untouched.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { defaultSettings, type ObservationInput, valueSet } from '../../../shared/model';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('evaluate', () => {
  const observations: ObservationInput[] = [
    { indicatorId: 'tech-contracts', region: '全市', year: 2023, value: 2550.82 },
    { indicatorId: 'tech-contracts', region: '全市', year: 2021, value: 2413.11 },
    { indicatorId: 'tech-contracts', region: '天河区', year: 2023, value: 900 },
    { indicatorId: 'tech-contracts', region: '全市', year: 2021, value: 2400 }, // a conflict, out of order
    { indicatorId: 'rd-intensity', region: '全市', year: 2023, value: 3.44 },
    { indicatorId: 'not-in-plan', region: '全市', year: 2023, value: 1 },
  ];

  it('does not modify the plan, the observations or the settings', () => {
    const plan = guangzhouPlan();
    const settings = { ...defaultSettings(2023), projectionOverrides: { 'tech-contracts': 'linear' as const } };
    const before = structuredClone({ plan, observations, settings });
    deepFreeze(plan);
    deepFreeze(observations);
    deepFreeze(settings);
    const evaluation = evaluate(plan, valueSet(observations), settings); // a write to a frozen input would throw in strict mode
    expect({ plan, observations, settings }).toEqual(before);
    // Nor does changing the result reach back into the inputs.
    evaluation.settings.asOf = 1999;
    evaluation.indicators[2].baseline!.value = -1;
    expect(settings.asOf).toBe(2023);
    expect(plan.indicators[2].baseline!.value).toBe(2256);
  });

  it('gives a result without findings an empty list that cannot be added to: such results share it', () => {
    const clean = evaluate(guangzhouPlan(), valueSet(observations), defaultSettings(2023)).indicators.filter((r) => r.findings.length === 0);
    expect(clean.length).toBeGreaterThan(1);
    expect(clean[0].findings).toEqual([]);
    expect(() => (clean[0].findings as unknown[]).push({})).toThrow(TypeError);
    expect(clean[1].findings).toEqual([]);
  });

  it('gives the same result for the same inputs', () => {
    expect(evaluate(guangzhouPlan(), valueSet(observations), defaultSettings(2023))).toEqual(evaluate(guangzhouPlan(), valueSet(observations), defaultSettings(2023)));
  });

  it('returns one whole-area result per indicator in plan order, and ignores indicators the plan does not have', () => {
    const plan = guangzhouPlan();
    const evaluation = evaluate(plan, valueSet(observations), defaultSettings(2023));
    expect(evaluation.indicators.map((r) => r.indicatorId)).toEqual(plan.indicators.map((i) => i.id));
    expect(evaluation.indicators.every((r) => r.region === '全市')).toBe(true);
    expect(evaluation.regions.map((r) => `${r.indicatorId}/${r.region}`)).toEqual(['tech-contracts/天河区']);
    expect(evaluation).toMatchObject({ asOf: 2023, planId: 'gz-st-14th' });
  });

  it('explains a plan without a whole-area region instead of guessing one', () => {
    const plan = { ...guangzhouPlan(), regions: [{ name: '天河区', aliases: [] }] };
    expect(() => evaluate(plan, valueSet([]), defaultSettings(2023))).toThrow(/全市.*whole/);
  });
});
