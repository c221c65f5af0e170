// The indicator editor's form: an indicator survives the trip through the form, and typed text becomes
// the numbers and lists validateIndicator then judges.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/model';
import { validateIndicator } from '../../shared/model/validate';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { blankForm, formFromIndicator, indicatorFromForm, parseNumber } from '../../renderer/src/screens/framework/indicator-form';

const range: Indicator = {
  id: 'forest-cover',
  name: '森林覆盖率',
  category: '生态',
  unit: '%',
  precision: 1,
  baseline: { year: 2020, value: 42.3 },
  target: { year: 2025, comparator: 'range', lo: 42, hi: 45 },
  direction: 1,
  kind: 'level',
  nature: 'binding',
  weight: 0.5,
  aggregation: 'none',
  aliases: ['森林覆盖'],
  source: '市林业园林局',
  definition: '森林面积占土地总面积的比重',
};

describe('the indicator form', () => {
  it('gives back every indicator of the built-in plan unchanged', () => {
    for (const indicator of guangzhouPlan().indicators) expect(indicatorFromForm(formFromIndicator(indicator))).toEqual(indicator);
  });

  it('gives back a range target, a binding nature, a fractional weight and a definition', () => {
    expect(indicatorFromForm(formFromIndicator(range))).toEqual(range);
  });

  it('reads aliases separated by new lines, ; and ；, dropping blanks', () => {
    const form = { ...formFromIndicator(range), aliases: 'A\nB; C；D\n\n' };
    expect(indicatorFromForm(form).aliases).toEqual(['A', 'B', 'C', 'D']);
  });

  it('has no baseline when both baseline fields are empty, and a monitoring indicator when there is no comparator', () => {
    const form = { ...formFromIndicator(range), baselineYear: '', baselineValue: '', comparator: 'none' as const };
    const indicator = indicatorFromForm(form);
    expect(indicator.baseline).toBeNull();
    expect(indicator.target).toBeNull();
  });

  it('turns text that is not a number into NaN so the validator refuses it at its field', () => {
    expect(parseNumber(' 1,234.5 ')).toBe(1234.5);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('abc')).toBeNaN();
    const indicator = indicatorFromForm({ ...formFromIndicator(range), targetHi: 'abc', weight: '' });
    const fields = validateIndicator(indicator, []).map((e) => e.field);
    expect(fields).toContain('target.hi');
    expect(fields).toContain('weight');
  });

  it('starts a new indicator in the chosen category with an id no other indicator has', () => {
    const plan = guangzhouPlan();
    plan.indicators.push({ ...range, id: 'indicator-15' });
    const form = blankForm(plan, '技术攻关水平');
    expect(form.category).toBe('技术攻关水平');
    expect(form.id).toBe('indicator-16');
    expect(form.targetYear).toBe('2025');
  });
});
