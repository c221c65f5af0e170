// The spelled-out computation, the methodology appendix and the i18n keys behind them.
import { describe, expect, it } from 'vitest';
import { evaluate, explainComputation, methodology } from '../../../shared/attain';
import { messageKeys, t } from '../../../shared/i18n';
import { defaultSettings, valueSet } from '../../../shared/model';
import { indicator, plan, series, settings } from './build';

describe('explainComputation', () => {
  it('cumulative: 完成度 = 累计 41 / 目标 60, projection on the sum, 9.5 a year (shown at precision 1)', () => {
    const ind = indicator({ kind: 'cumulative', precision: 1, baseline: null, target: { year: 2025, comparator: '>', value: 60 } });
    const p = plan([ind]);
    const r = evaluate(p, valueSet(series('x', { 2021: 12, 2022: 15, 2023: 14 })), settings(2023)).indicators[0];
    expect(explainComputation(p, r, 'zh')).toEqual([
      '完成度 = 2021–2023 年累计 41.0 / 目标 60.0 = 68.3 %',
      '41.0 未达到目标 > 60.0，状态：快于预期',
      '时序进度 = (2023 − 2020) / (2025 − 2020) = 60.0 %',
      '进度比 = 完成度 / 时序进度 = 68.3 % / 60.0 % = 1.14',
      '2025 年累计预测值 = 41.0 + 41.0 / 3 × 2 = 68.3，预计可实现目标', // 41 + 41/3·2 = 68.33
      '每年需新增 = (60.0 − 41.0) / 2 = 9.5',
      '得分 = 68.3',
    ]);
  });

  it('linear projection and effort, with data lag', () => {
    const ind = indicator({ unit: '%', precision: 1, aggregation: 'none', baseline: { year: 2020, value: 10 }, target: { year: 2025, comparator: '>=', value: 20 } });
    const p = plan([ind]);
    const r = evaluate(p, valueSet(series('x', { 2022: 13 })), settings(2023)).indicators[0];
    // P = 3/10 = 30 %, S = 2/5 = 40 %, Q = 0.75; x̂ = 13 + 3/2 · 3 = 17.5; needs (20 − 13) / 3 = 2.33 a year
    const lines = explainComputation(p, r, 'en');
    expect(lines).toContain('Completion = (13.0 − 10.0) / (20.0 − 10.0) = 30.0 %');
    expect(lines).toContain('Pace = completion / time progress = 30.0 % / 40.0 % = 0.75');
    expect(lines).toContain('The latest data are for 2022, before the evaluation year (data lag)');
    expect(lines).toContain('Projection for 2025 (linear) = 13.0 + (13.0 − 10.0) / (2022 − 2020) × 3 = 17.5; the target is not expected to be met');
    expect(lines).toContain('Increase needed per year = (20.0 − 13.0) / 3 = 2.3');
  });

  it('says why completion cannot be computed', () => {
    const p = plan([indicator({ baseline: null }), indicator({ id: 'm', target: null }), indicator({ id: 'e' })]);
    const evaluation = evaluate(p, valueSet([...series('x', { 2021: 100, 2023: 121 }), ...series('m', { 2021: 100, 2023: 121 })]), settings(2023));
    expect(explainComputation(p, evaluation.indicators[0], 'zh')[0]).toBe('完成度无法计算：缺少基期值');
    expect(explainComputation(p, evaluation.indicators[1], 'zh')).toEqual(['完成度无法计算：监测指标，没有数值目标', '年均增长（自首个数据年份）= 10.0 %']);
    expect(explainComputation(p, evaluation.indicators[2], 'zh')).toEqual(['完成度无法计算：评估年份及以前没有数据']);
  });
});

describe('methodology', () => {
  it('states every rule in both languages', () => {
    const zh = methodology(defaultSettings(2023), 'zh');
    const en = methodology(defaultSettings(2023), 'en');
    expect(zh.title).toBe('评估方法说明');
    expect(zh.rules).toHaveLength(en.rules.length);
    const zhText = zh.rules.map((r) => r.text).join('\n');
    for (const phrase of ['完成度', '时序进度', '年均增长法', '线性外推', '所需', '覆盖率', '约束性', '排名', '缺少的年份', '10 的整数次幂', '0–100', '各区之和', '后导入']) {
      expect(zhText).toContain(phrase);
    }
    const enText = en.rules.map((r) => r.text).join('\n');
    expect(enText).toContain('only in years where every region of the plan has a value');
    expect(enText).toContain('neighbouring ranks are not meaningfully different');
  });

  it('uses the project’s own cut-offs and thresholds', () => {
    const s = settings(2024, {
      cutoffs: { ahead: 1.1, onTrack: 0.9, lagging: 0.6, seriouslyLagging: 0.2, stagnant: -0.2 },
      coverageThreshold: 0.75,
      quality: { yoyThreshold: 0.3, regionSumTolerance: 0.005 },
      projectionOverrides: { 'tech-contracts': 'linear' },
    });
    const text = methodology(s, 'zh').rules.map((r) => r.text).join('\n');
    expect(text).toContain('Q ≥ 1.1');
    expect(text).toContain('0.9 ≤ Q < 1.1');
    expect(text).toContain('Q < -0.2');
    expect(text).toContain('75 %');
    expect(text).toContain('±30 %');
    expect(text).toContain('±0.5 %');
    expect(text).toContain('tech-contracts: linear');
    expect(text).toContain('2024');
  });
});

describe('attain messages', () => {
  it('have both languages and the same placeholders in each', () => {
    const keys = messageKeys().filter((k) => k.startsWith('attain.'));
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      const zh = t(key, 'zh');
      const en = t(key, 'en');
      expect(zh, key).not.toBe('');
      expect(en, key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(new Set(names(zh)), key).toEqual(new Set(names(en)));
    }
  });
});
