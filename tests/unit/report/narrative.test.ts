// The drafted sentences: the examples, every status, and every number traced back to the engine.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { defaultSettings, type IndicatorResult, type ObservationInput, valueSet } from '../../../shared/model';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { indicatorNarrative } from '../../../shared/report/narrative';
import type { ParagraphBlock } from '../../../shared/report/model';
import { sampleReport } from './sample-report';

const paragraphs = (doc: ReturnType<typeof sampleReport>['doc']) =>
  doc.sections.flatMap((s) => s.blocks).filter((b): b is ParagraphBlock => b.kind === 'paragraph');
const sentenceOf = (doc: ReturnType<typeof sampleReport>['doc'], id: string) => paragraphs(doc).find((p) => p.id === `indicator.${id}`)!.text;

describe('the issue’s two examples, for the built-in plan on its sample data at 2023', () => {
  const { doc } = sampleReport();

  it('R&D intensity: achieved ahead of the target year, byte for byte', () => {
    expect(sentenceOf(doc, 'rd-intensity')).toBe('R&D投入强度2023年达到3.44%，已提前实现3.4%的规划目标。');
  });

  it('technology contracts: lagging, projected and the growth required, byte for byte but for the projected value', () => {
    // The issue prints 2768.46; by hand, 2550.82 × (2550.82 / 2256)^(2/3) = 2768.473, which rounds to 2768.47.
    expect(2550.82 * (2550.82 / 2256) ** (2 / 3)).toBeCloseTo(2768.473, 3);
    expect(sentenceOf(doc, 'tech-contracts')).toBe(
      '技术合同成交额2023年为2550.82亿元，完成度39.6%，低于时序进度（60.0%）；按2020年以来年均增长4.2%推算，2025年约为2768.47亿元，难以实现3000亿元的目标，2024—2025年需年均增长8.4%。',
    );
  });
});

/** A parsed number (thousands separators and all) equals `expected` to the decimals it is written with (half a unit in the last place). */
function expectWritten(written: string, expected: number, what: string) {
  const decimals = written.includes('.') ? written.split('.')[1].length : 0;
  expect(Math.abs(Number(written.replaceAll(',', '')) - expected), `${what}: wrote ${written}, engine ${expected}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
}

/** Checks every labelled number of a sentence against the engine; returns the numbers it accounted for. */
function checkSentence(text: string, r: IndicatorResult, firstYear: number): Set<string> {
  const seen = new Set<string>();
  const take = (re: RegExp, expected: (m: RegExpMatchArray) => number, what: string, group = 1) => {
    for (const m of text.matchAll(new RegExp(re, 'g'))) {
      expectWritten(m[group], expected(m), what);
      seen.add(m[group]);
    }
  };
  const latest = r.latest!;
  const target = r.target;
  const base = r.projection?.base;
  take(/\d{4}年(?:为|达到)(-?[\d,.]+)/, () => latest.value, 'latest value');
  take(/\d{4}—\d{4}年累计(-?[\d,.]+)/, () => r.runningSum!, 'running sum');
  take(/完成度(-?[\d,.]+)%/, () => r.completion! * 100, 'completion');
  take(/时序进度（?(-?[\d,.]+)%/, () => r.timeProgress! * 100, 'time progress');
  take(/年以来年均增长([\d,.]+)%推算/, () => ((latest.value / base!.value) ** (1 / (latest.year - base!.year)) - 1) * 100, 'growth since base');
  take(/年以来年均下降([\d,.]+)%推算/, () => -((latest.value / base!.value) ** (1 / (latest.year - base!.year)) - 1) * 100, 'decline since base');
  take(/年以来年均(?:提高|下降)([\d,.]+)个百分点推算/, () => Math.abs((latest.value - base!.value) / (latest.year - base!.year)), 'step since base');
  take(/约为(-?[\d,.]+)/, () => r.projection!.value, 'projection');
  take(/需年均增长([\d,.]+)%/, () => r.required!.value * 100, 'required growth');
  take(/每年需(?:提高|降低)([\d,.]+)/, () => Math.abs(r.required!.value), 'required step');
  take(/每年需新增([\d,.]+)/, () => r.required!.value, 'required amount');
  take(/实现([\d,.]+)\D{0,6}的(?:规划)?目标/, () => target!.value, 'target');
  take(/尚差([\d,.]+)/, () => Math.abs(target!.value - latest.value), 'gap');
  take(/年以来年均增长([\d,.]+)%（监测/, () => r.trend! * 100, 'trend');
  take(/基期值取自导入数据：\d{4}年(-?[\d,.]+)/, () => r.baseline!.value, 'baseline from the data');
  // Years: the latest, the years after it, the baseline or first year, the target year.
  const years = [latest.year, latest.year + 1, r.baselineYear, r.baselineYear + 1, firstYear, base?.year, target?.year].filter((y) => y !== undefined);
  for (const y of years) seen.add(String(y));
  return seen;
}

describe('every number of every drafted indicator sentence is the engine’s, at the precision written', () => {
  const { doc, evaluation, plan, observations } = sampleReport();
  for (const indicator of plan.indicators) {
    it(indicator.id, () => {
      const r = evaluation.indicators.find((x) => x.indicatorId === indicator.id)!;
      const text = sentenceOf(doc, indicator.id);
      const firstYear = Math.min(...observations.filter((o) => o.indicatorId === indicator.id && o.region === '全市').map((o) => o.year));
      const accounted = checkSentence(text, r, firstYear);
      // Every number in the sentence was checked above (names such as "R&D" hold no digits).
      for (const n of text.match(/-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?/g) ?? []) expect(accounted, `${n} in ${text}`).toContain(n);
    });
  }
});

/** The whole-area sentence of one indicator for hand-made data, at 2023. */
function sentence(id: string, series: Record<number, number>, lang: 'zh' | 'en' = 'zh'): string {
  const plan = guangzhouPlan();
  const observations: ObservationInput[] = Object.entries(series).map(([year, value]) => ({ indicatorId: id, region: '全市', year: Number(year), value }));
  const evaluation = evaluate(plan, valueSet(observations), defaultSettings(2023));
  const index = plan.indicators.findIndex((i) => i.id === id);
  const years = Object.keys(series).map(Number);
  return indicatorNarrative({
    indicator: plan.indicators[index],
    result: evaluation.indicators[index],
    asOf: 2023,
    lang,
    illustrative: false,
    firstYear: years.length ? Math.min(...years) : null,
  }).text;
}

describe('sentences for every status', () => {
  it('ahead of schedule: completion 100 % against 60 % of the time, and the target still not met (> 60 needs 61)', () => {
    // P = (60 − 41) / (60 − 41) = 1; g = (60 / 41)^(1/3) − 1 = 13.5 %; 60 × (60 / 41)^(2/3) = 77.3 → 77; (60 / 60)^(1/2) − 1 = 0.
    expect(sentence('incubators', { 2021: 48, 2022: 55, 2023: 60 })).toBe(
      '国家级科技企业孵化器数2023年为60家，完成度100.0%，快于时序进度（60.0%）；按2020年以来年均增长13.5%推算，2025年约为77家，可以实现60家的目标。',
    );
  });

  it('seriously lagging: (2350 − 2256) / 744 = 12.6 %', () => {
    expect(sentence('tech-contracts', { 2023: 2350 })).toContain('完成度12.6%，明显低于时序进度（60.0%）');
  });

  it('stagnant: (2260 − 2256) / 744 = 0.5 %', () => {
    expect(sentence('tech-contracts', { 2023: 2260 })).toContain('完成度0.5%，较基期基本没有进展（时序进度60.0%）');
  });

  it('regressing, with a linear projection and the increase needed each year in percentage points', () => {
    // P = (50.2 − 51) / 4 = −20 %; step (50.2 − 51) / 3 = −0.27 → 0.3; 50.2 − 0.267 × 2 = 49.67 → 49.7; (55 − 50.2) / 2 = 2.4.
    expect(sentence('hitech-output-share', { 2023: 50.2 })).toBe(
      '高新技术产品产值占规模以上工业总产值比重2023年为50.2%，完成度-20.0%，较基期出现倒退（时序进度60.0%）；按2020年以来年均下降0.3个百分点推算，2025年约为49.7%，难以实现55%的目标，2024—2025年每年需提高2.4个百分点。',
    );
  });

  it('cumulative, achieved ahead of the target year: 20 + 20 + 21 = 61 > 60', () => {
    expect(sentence('new-listed-firms', { 2021: 20, 2022: 20, 2023: 21 })).toBe('新增上市科技型企业数2021—2023年累计61家，已提前实现60家的规划目标。');
  });

  it('cumulative, on the way: 12 a year for three years, 60 − 36 = 24 left, 12 a year', () => {
    expect(sentence('new-listed-firms', { 2021: 12, 2022: 12, 2023: 12 })).toBe(
      '新增上市科技型企业数2021—2023年累计36家，完成度60.0%，快于时序进度（60.0%）；按目前进度推算，2021—2025年累计约为60家，难以实现60家的目标，2024—2025年每年需新增12家。',
    );
  });

  it('monitoring: the trend only, since the first year with a value', () => {
    // (13000 / 12000)^(1/3) − 1 = 2.7 %; five digits are written in groups of three.
    expect(sentence('hitech-firms', { 2020: 12000, 2023: 13000 })).toBe('高新技术企业数2023年为13,000家，2020年以来年均增长2.7%（监测指标，规划未设定量化目标）。');
    expect(sentence('hitech-firms', { 2023: 13000 })).toBe('高新技术企业数2023年为13,000家（监测指标，规划未设定量化目标）。');
  });

  it('no data', () => {
    expect(sentence('platforms', {})).toBe('省级以上战略科技创新平台数截至2023年暂无数据，无法评估。');
  });

  it('data lag: the latest year is named and the missing year said', () => {
    const text = sentence('tech-contracts', { 2021: 2413.11, 2022: 2496.4 });
    expect(text).toContain('技术合同成交额2022年为2496.40亿元');
    expect(text.endsWith('最新数据为2022年，2023年数据尚未获得。')).toBe(true);
  });

  it('not assessable for want of a baseline: the level comparison, in percentage points for a share', () => {
    expect(sentence('sci-literacy', { 2023: 22.4 })).toBe('公民具备科学素质比例2023年为22.4%，规划未给出基期值，无法计算完成度，距24.5%的目标尚差2.1个百分点；2024—2025年每年需提高1.1个百分点。');
  });

  it('English is drafted from the same figures', () => {
    expect(sentence('rd-intensity', { 2023: 3.44 }, 'en')).toBe('R&D投入强度 reached 3.44% in 2023, meeting the plan target of 3.4% ahead of schedule.');
  });
});
