// The sample project's data, 2020–2023, for the built-in Guangzhou plan: public figures where
// ../shared/data/guangzhou-indicators.md confirms them (cited), and clearly marked 示例数据 everywhere else.
import type { Observation } from '../model';

export const GZ_SAMPLE_NAME = '示例：广州科技创新“十四五”规划中期评估';
/** The sample is evaluated as of this year (mid-term). */
export const GZ_SAMPLE_AS_OF = 2023;

/** The citation and file name every value without a public source carries. */
export const ILLUSTRATIVE_CITATION = '示例数据（非官方统计）';
const ILLUSTRATIVE_FILE = '示例数据集';

/** The publications the confirmed figures are quoted from. */
export const GZ_SOURCES = {
  planText: '《广州市科技创新“十四五”规划》（穗府办〔2022〕1号）',
  bulletin2021: '2021年广州市主要科技活动情况公报',
  innovationIndex2024: '《广州城市创新指数报告（2024）》',
  techContracts2021: '2022年新闻报道（与《广州统计年鉴2022》表17-1一致）',
} as const;

/** A confirmed figure and where it is published. */
interface Cited {
  value: number;
  citation: string;
}
type SampleValue = number | Cited;
type Series = Record<number, SampleValue>;

const cite = (value: number, citation: string): Cited => ({ value, citation });
const { planText, bulletin2021, innovationIndex2024, techContracts2021 } = GZ_SOURCES;

const WHOLE_AREA = '全市';

/**
 * City totals. The illustrative values are chosen so that an evaluation at 2023 shows a spread of statuses:
 * platforms and the industrial R&D ratio achieved early, R&D intensity achieved early on public figures,
 * tech contracts lagging (public figures), incubators and both cumulative indicators about on track,
 * the high-tech output share regressing, the rest not assessable for want of a plan baseline.
 */
const CITY: Record<string, Series> = {
  platforms: { 2020: 255, 2021: 281, 2022: 306, 2023: 327 },
  'basic-research-share': { 2020: 12.8, 2021: cite(13.6, bulletin2021), 2022: 13.3, 2023: cite(12.96, innovationIndex2024) },
  'tech-contracts': { 2020: cite(2256, planText), 2021: cite(2413.11, techContracts2021), 2022: 2496.4, 2023: cite(2550.82, innovationIndex2024) },
  'hv-patents': { 2020: 13.2, 2021: 15.6, 2022: 18.4, 2023: 21.3 },
  incubators: { 2020: cite(41, planText), 2021: 45, 2022: 48, 2023: 52 },
  'industrial-rd-ratio': { 2020: 1.52, 2021: 1.61, 2022: 1.72, 2023: cite(1.83, innovationIndex2024) },
  'hitech-output-share': { 2020: cite(51, planText), 2021: 50.6, 2022: 50.3, 2023: 50.2 },
  'overseas-talent': { 2020: 0.31, 2021: 0.34, 2022: 0.35, 2023: 0.36 },
  'rd-researchers': { 2020: 118, 2021: 124, 2022: 131, 2023: 138 },
  // 2022's 3.43 appears only in a news article that does not name its year (U), so it is shown as illustrative.
  'rd-intensity': { 2020: cite(3.1, planText), 2021: cite(3.12, bulletin2021), 2022: 3.43, 2023: cite(3.44, innovationIndex2024) },
  'new-listed-firms': { 2020: 16, 2021: 13, 2022: 12, 2023: 10 },
  'sci-literacy': { 2020: 18.9, 2021: 19.8, 2022: 21.1, 2023: 22.4 },
  // The plan text and the 2024 index report give round figures ("about 12,000", "about 13,000").
  'hitech-firms': { 2020: cite(12000, planText), 2021: 12410, 2022: 12880, 2023: cite(13000, innovationIndex2024) },
  'tech-smes': { 2020: 11800, 2021: 14600, 2022: 17200, 2023: 19100 },
};

const DISTRICTS = ['荔湾区', '越秀区', '天河区', '海珠区', '番禺区', '黄埔区', '增城区', '白云区', '花都区', '从化区', '南沙区'] as const;
type District = (typeof DISTRICTS)[number];
type DistrictSeries = Record<number, Record<District, SampleValue>>;

/** By district, 2021–2023. 2021's 黄埔, 南沙 and 番禺 are public; the other seven were below the city's 3.12 %. */
const DISTRICT_RD_INTENSITY: DistrictSeries = {
  2021: { 荔湾区: 1.45, 越秀区: 1.02, 天河区: 2.81, 海珠区: 2.35, 番禺区: cite(3.17, bulletin2021), 黄埔区: cite(6.14, bulletin2021), 增城区: 2.05, 白云区: 1.62, 花都区: 1.28, 从化区: 1.41, 南沙区: cite(5.45, bulletin2021) },
  2022: { 荔湾区: 1.52, 越秀区: 1.08, 天河区: 2.95, 海珠区: 2.48, 番禺区: 3.29, 黄埔区: 6.21, 增城区: 2.12, 白云区: 1.7, 花都区: 1.35, 从化区: 1.46, 南沙区: 5.62 },
  2023: { 荔湾区: 1.58, 越秀区: 1.11, 天河区: 3.02, 海珠区: 2.55, 番禺区: 3.36, 黄埔区: 6.33, 增城区: 2.2, 白云区: 1.77, 花都区: 1.41, 从化区: 1.5, 南沙区: 5.74 },
};

/** Summed over districts they come to 99.6–99.7 % of the city total: contracts of city-level bodies are not placed in a district. */
const DISTRICT_TECH_CONTRACTS: DistrictSeries = {
  2021: { 荔湾区: 74.58, 越秀区: 235.78, 天河区: 731.57, 海珠区: 291.11, 番禺区: 163.6, 黄埔区: 531.7, 增城区: 45.71, 白云区: 117.89, 花都区: 50.52, 从化区: 19.25, 南沙区: 141.95 },
  2022: { 荔湾区: 74.67, 越秀区: 236.45, 天河区: 744.7, 海珠区: 308.62, 番禺区: 174.22, 黄埔区: 560, 增城区: 49.78, 白云区: 119.47, 花都区: 49.78, 从化区: 19.91, 南沙区: 149.33 },
  2023: { 荔湾区: 73.75, 越秀区: 236.51, 天河区: 750.23, 海珠区: 320.44, 番禺区: 180.56, 黄埔区: 579.84, 增城区: 53.41, 白云区: 119.53, 花都区: 50.86, 从化区: 20.35, 南沙区: 157.68 },
};

/** Counts: the districts add up to the city total exactly. */
const DISTRICT_INCUBATORS: DistrictSeries = {
  2021: { 荔湾区: 2, 越秀区: 3, 天河区: 12, 海珠区: 5, 番禺区: 4, 黄埔区: 9, 增城区: 2, 白云区: 3, 花都区: 1, 从化区: 1, 南沙区: 3 },
  2022: { 荔湾区: 2, 越秀区: 3, 天河区: 13, 海珠区: 5, 番禺区: 4, 黄埔区: 10, 增城区: 2, 白云区: 3, 花都区: 1, 从化区: 1, 南沙区: 4 },
  2023: { 荔湾区: 2, 越秀区: 3, 天河区: 14, 海珠区: 6, 番禺区: 4, 黄埔区: 11, 增城区: 2, 白云区: 3, 花都区: 1, 从化区: 1, 南沙区: 5 },
};

const BY_DISTRICT: Record<string, DistrictSeries> = {
  'rd-intensity': DISTRICT_RD_INTENSITY,
  'tech-contracts': DISTRICT_TECH_CONTRACTS,
  incubators: DISTRICT_INCUBATORS,
};

type SampleObservation = Omit<Observation, 'id' | 'projectId' | 'batchId'>;

/** Every value of the sample project, each cited or marked illustrative, stamped with the import time given. */
export function gzSampleObservations(importedAt: string): SampleObservation[] {
  const observe = (indicatorId: string, region: string, year: number, sample: SampleValue): SampleObservation => {
    const cited = typeof sample === 'object';
    const value = cited ? sample.value : sample;
    const citation = cited ? sample.citation : ILLUSTRATIVE_CITATION;
    return {
      indicatorId,
      region,
      year,
      value,
      source: { fileName: cited ? citation : ILLUSTRATIVE_FILE, fileHash: '', sheet: '', cell: '', rawText: String(value), importedAt, citation },
      illustrative: !cited,
    };
  };
  const city = Object.entries(CITY).flatMap(([indicatorId, series]) =>
    Object.entries(series).map(([year, sample]) => observe(indicatorId, WHOLE_AREA, Number(year), sample)),
  );
  const districts = Object.entries(BY_DISTRICT).flatMap(([indicatorId, byYear]) =>
    Object.entries(byYear).flatMap(([year, values]) =>
      DISTRICTS.map((district) => observe(indicatorId, district, Number(year), values[district])),
    ),
  );
  return [...city, ...districts];
}
