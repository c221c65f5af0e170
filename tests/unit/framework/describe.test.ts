// The framework table's baseline and target texts write the plan's numbers by the one rule of every screen: four
// integer digits as they are, five and more in groups of three.
import { describe, expect, it } from 'vitest';
import { describeBaseline, describeTarget } from '../../../renderer/src/screens/framework/describe';
import { t } from '../../../shared/i18n';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';

const zh = (key: string, params?: Record<string, string | number>) => t(key, 'zh', params);
const indicator = (id: string) => guangzhouPlan().indicators.find((i) => i.id === id)!;

describe('the framework table’s numbers', () => {
  it('group a baseline of five digits and leave one of four as it is', () => {
    expect(describeBaseline(indicator('hitech-firms'), zh)).toBe('2020年 12,000');
    expect(describeBaseline(indicator('tech-contracts'), zh)).toBe('2020年 2256');
  });

  it('write targets and ranges by the same rule', () => {
    expect(describeTarget(indicator('tech-contracts'), zh)).toBe('2025年 > 3000');
    const wide = { ...indicator('hitech-firms'), target: { year: 2025, comparator: 'range' as const, lo: 12000, hi: 15000.5 } };
    expect(describeTarget(wide, zh)).toBe('2025年 12,000~15,000.5');
  });
});
