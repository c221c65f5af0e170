// The sample project's data: public figures exactly as published and cited; every other value marked 示例数据.
import { describe, expect, it } from 'vitest';
import { GZ_SAMPLE_AS_OF, GZ_SAMPLE_NAME, gzSampleObservations } from '../../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';

const IMPORTED_AT = '2024-05-01T08:00:00.000Z';
const observations = gzSampleObservations(IMPORTED_AT);
const plan = guangzhouPlan();
const DISTRICTS = plan.regions.filter((r) => !r.whole).map((r) => r.name);
const value = (indicatorId: string, region: string, year: number) =>
  observations.find((o) => o.indicatorId === indicatorId && o.region === region && o.year === year);

const PLAN_TEXT = '《广州市科技创新“十四五”规划》（穗府办〔2022〕1号）';
const BULLETIN_2021 = '2021年广州市主要科技活动情况公报';
const INDEX_2024 = '《广州城市创新指数报告（2024）》';

/** The figures guangzhou-indicators.md marks C, typed in from the doc: [indicator, region, year, value, source contains]. */
const CONFIRMED: [string, string, number, number, string][] = [
  ['rd-intensity', '全市', 2020, 3.1, PLAN_TEXT],
  ['tech-contracts', '全市', 2020, 2256, PLAN_TEXT],
  ['incubators', '全市', 2020, 41, PLAN_TEXT],
  ['hitech-output-share', '全市', 2020, 51, PLAN_TEXT],
  ['hitech-firms', '全市', 2020, 12000, PLAN_TEXT],
  ['rd-intensity', '全市', 2021, 3.12, BULLETIN_2021],
  ['rd-intensity', '全市', 2023, 3.44, INDEX_2024],
  ['basic-research-share', '全市', 2021, 13.6, BULLETIN_2021],
  ['basic-research-share', '全市', 2023, 12.96, INDEX_2024],
  ['tech-contracts', '全市', 2021, 2413.11, '广州统计年鉴2022'],
  ['tech-contracts', '全市', 2023, 2550.82, INDEX_2024],
  ['industrial-rd-ratio', '全市', 2023, 1.83, INDEX_2024],
  ['hitech-firms', '全市', 2023, 13000, INDEX_2024],
  ['rd-intensity', '黄埔区', 2021, 6.14, BULLETIN_2021],
  ['rd-intensity', '南沙区', 2021, 5.45, BULLETIN_2021],
  ['rd-intensity', '番禺区', 2021, 3.17, BULLETIN_2021],
];

describe('the sample project', () => {
  it('says in its name that it is a sample, evaluated at mid-term 2023', () => {
    expect(GZ_SAMPLE_NAME).toBe('示例：广州科技创新“十四五”规划中期评估');
    expect(GZ_SAMPLE_AS_OF).toBe(2023);
  });

  it('has every indicator of the built-in plan at 全市 for each year 2020–2023, once', () => {
    for (const indicator of plan.indicators) {
      const years = observations.filter((o) => o.indicatorId === indicator.id && o.region === '全市').map((o) => o.year);
      expect(years.sort()).toEqual([2020, 2021, 2022, 2023]);
    }
  });

  it('has R&D intensity, tech contracts and incubators for all 11 districts in 2021–2023, in the plan\'s region names', () => {
    expect(DISTRICTS).toHaveLength(11);
    for (const indicatorId of ['rd-intensity', 'tech-contracts', 'incubators']) {
      for (const year of [2021, 2022, 2023]) for (const district of DISTRICTS) expect(value(indicatorId, district, year)).toBeDefined();
    }
    const regions = new Set(plan.regions.map((r) => r.name));
    expect(observations.every((o) => regions.has(o.region))).toBe(true);
  });

  it('marks every value either cited (with its publication) or illustrative (示例数据)', () => {
    for (const o of observations) {
      if (o.illustrative) {
        expect(o.source).toMatchObject({ citation: '示例数据（非官方统计）', fileName: '示例数据集' });
      } else {
        expect(o.illustrative).toBe(false);
        expect(o.source.citation).toBeTruthy();
        expect(o.source.citation).not.toContain('示例');
        expect(o.source.fileName).toBe(o.source.citation);
      }
    }
  });

  it('gives the confirmed figures exactly, cited, and marks nothing else as cited', () => {
    for (const [indicatorId, region, year, expected, source] of CONFIRMED) {
      const found = value(indicatorId, region, year)!;
      expect({ indicatorId, region, year, value: found.value, illustrative: found.illustrative }).toEqual({ indicatorId, region, year, value: expected, illustrative: false });
      expect(found.source.citation).toContain(source);
    }
    expect(observations.filter((o) => !o.illustrative)).toHaveLength(CONFIRMED.length);
  });

  it('shows 2022\'s R&D intensity 3.43 (an undated news figure, U) as illustrative', () => {
    expect(value('rd-intensity', '全市', 2022)).toMatchObject({ value: 3.43, illustrative: true });
  });

  it('keeps 2021\'s other districts below the city\'s 3.12 % R&D intensity, as the bulletin says', () => {
    for (const district of DISTRICTS.filter((d) => !['黄埔区', '南沙区', '番禺区'].includes(d))) {
      expect(value('rd-intensity', district, 2021)!.value).toBeLessThan(3.12);
    }
  });

  it('has districts that add up to the city total within 1 % where the indicator sums (tech contracts, incubators)', () => {
    for (const indicatorId of ['tech-contracts', 'incubators']) {
      expect(plan.indicators.find((i) => i.id === indicatorId)!.aggregation).toBe('sum');
      for (const year of [2021, 2022, 2023]) {
        const sum = DISTRICTS.reduce((total, d) => total + value(indicatorId, d, year)!.value, 0);
        const city = value(indicatorId, '全市', year)!.value;
        expect(Math.abs(sum - city) / city).toBeLessThanOrEqual(0.01);
      }
    }
  });

  it('records provenance for each value: the text of the value, the import time, no file cell', () => {
    for (const o of observations) {
      expect(o.source).toMatchObject({ fileHash: '', sheet: '', cell: '', rawText: String(o.value), importedAt: IMPORTED_AT });
    }
  });

  it('tells a varied mid-term story by METHOD.md\'s formulas (S = 0.6 at 2023 for a 2020 baseline and 2025 target)', () => {
    const at2023 = (id: string) => value(id, '全市', 2023)!.value;
    const completion = (id: string) => {
      const indicator = plan.indicators.find((i) => i.id === id)!;
      const target = indicator.target as { value: number };
      return (at2023(id) - indicator.baseline!.value) / (target.value - indicator.baseline!.value);
    };
    const S = (2023 - 2020) / (2025 - 2020);
    expect(at2023('rd-intensity')).toBeGreaterThan(3.4); // achieved early on public figures
    expect(completion('tech-contracts') / S).toBeGreaterThan(0.5); // lagging: 0.5 ≤ Q < 0.95
    expect(completion('tech-contracts') / S).toBeLessThan(0.95);
    expect(completion('incubators') / S).toBeGreaterThanOrEqual(0.95); // about on track
    expect(completion('hitech-output-share') / S).toBeLessThan(-0.1); // regressing
    for (const id of ['overseas-talent', 'new-listed-firms']) {
      const target = (plan.indicators.find((i) => i.id === id)!.target as { value: number }).value;
      const runningSum = [2021, 2022, 2023].reduce((sum, year) => sum + value(id, '全市', year)!.value, 0);
      expect(runningSum / target / S).toBeGreaterThanOrEqual(0.95); // cumulative ones on track
    }
  });
});
