// How a figure is written on every screen and in every report: a change in a share is in percentage points
// (个百分点), never "%"; the effort the rest of the period needs reads the same on the dashboard and in the report.
import { describe, expect, it } from 'vitest';
import { effortText, evaluate, planQuantityText, quantityText, stepText } from '../../../shared/attain';
import { valueSet } from '../../../shared/model';
import { requiredText } from '../../../renderer/src/screens/dashboard/result-text';
import { indicatorNarrative } from '../../../shared/report/narrative';
import { indicator, plan, series, settings } from './build';

const share = indicator({ unit: '%', precision: 1, aggregation: 'none', baseline: { year: 2020, value: 3.1 }, target: { year: 2025, comparator: '>=', value: 3.4 } });
const amount = indicator({ unit: '亿元', precision: 2 });
const count = indicator({ unit: '家', precision: 0, kind: 'cumulative', baseline: null, target: { year: 2025, comparator: '>=', value: 60 } });

describe('the one wording of figures', () => {
  it('writes a change in a share in percentage points and other changes in their unit', () => {
    expect(stepText(0.06, share, 'zh')).toBe('0.1个百分点');
    expect(stepText(0.06, share, 'en')).toBe('0.1 percentage points');
    expect(stepText(12.345, amount, 'zh')).toBe('12.35亿元');
    expect(stepText(12.345, amount, 'en')).toBe('12.35 亿元');
    expect(quantityText(3.44, share, 'zh')).toBe('3.4%');
    expect(planQuantityText(3000, amount, 'zh')).toBe('3000亿元');
  });

  it('writes the required effort by its method, a fall as a fall', () => {
    expect(effortText({ method: 'linear', value: 1.04 }, share, 'zh')).toBe('每年需提高1.0个百分点');
    expect(effortText({ method: 'linear', value: -0.5 }, share, 'zh')).toBe('每年需降低0.5个百分点');
    expect(effortText({ method: 'cagr', value: 0.084 }, amount, 'zh')).toBe('需年均增长8.4%');
    expect(effortText({ method: 'cumulative', value: 12 }, count, 'zh')).toBe('每年需新增12家');
    expect(effortText({ method: 'linear', value: 1.04 }, share, 'en')).toBe('needs to rise by 1.0 percentage points a year');
  });

  it('is what the dashboard shows and what the report writes for the same result', () => {
    const evaluation = evaluate(plan([share]), valueSet(series('x', { 2020: 3.1, 2023: 3.15 })), settings(2023));
    const result = evaluation.indicators[0]!;
    expect(result.required?.method).toBe('linear');
    const shown = requiredText(result, share, 'zh');
    expect(shown).toMatch(/^每年需提高[\d.]+个百分点$/);
    expect(shown).not.toContain('%');
    const sentence = indicatorNarrative({ indicator: share, result, asOf: 2023, lang: 'zh', illustrative: false, firstYear: 2020 }).text;
    expect(sentence).toContain(shown);
  });
});
