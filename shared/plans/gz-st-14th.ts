// The built-in plan: Guangzhou S&T 14th Five-Year Plan (穗府办〔2022〕1号), rebuilt from its prose
// (../shared/data/guangzhou-indicators.md). Missing baselines stay missing; nature defaults to 预期性.
import type { Indicator, Plan, Region } from '../model';

export const GZ_PLAN_ID = 'gz-st-14th';

const DISTRICTS = ['荔湾区', '越秀区', '天河区', '海珠区', '番禺区', '黄埔区', '增城区', '白云区', '花都区', '从化区', '南沙区'];

const regions: Region[] = [
  { name: '全市', aliases: ['广州市', '广州', '合计', '全市合计', '总计', '全市总计'], whole: true },
  ...DISTRICTS.map((name) => ({ name, aliases: [name.replace(/区$/, '')] })),
];

type Draft = Omit<Indicator, 'precision' | 'nature' | 'weight' | 'aliases' | 'source' | 'direction' | 'kind' | 'aggregation'> &
  Partial<Pick<Indicator, 'precision' | 'aliases' | 'source' | 'kind' | 'aggregation'>>;

function indicator(d: Draft): Indicator {
  return {
    precision: 0,
    aliases: [],
    source: '',
    kind: 'level',
    aggregation: 'none',
    ...d,
    direction: 1,
    nature: 'expected',
    weight: 1,
  };
}

const indicators: Indicator[] = [
  indicator({ id: 'platforms', category: '创新策源能力', name: '省级以上战略科技创新平台数', unit: '个', baseline: null, target: { year: 2025, comparator: '>=', value: 320 }, aggregation: 'sum', source: '市科技局' }),
  indicator({ id: 'basic-research-share', category: '创新策源能力', name: '基础研究经费支出占全社会研发支出比重', unit: '%', precision: 1, baseline: null, target: { year: 2025, comparator: '>=', value: 15 }, aliases: ['基础研究经费占R&D经费比重', '基础研究经费占比'], source: '市统计局' }),
  indicator({ id: 'tech-contracts', category: '技术攻关水平', name: '技术合同成交额', unit: '亿元', precision: 2, baseline: { year: 2020, value: 2256 }, target: { year: 2025, comparator: '>', value: 3000 }, aliases: ['技术合同成交金额', '技术市场成交额'], aggregation: 'sum', source: '市科技局' }),
  indicator({ id: 'hv-patents', category: '技术攻关水平', name: '每万人口高价值发明专利拥有量', unit: '件', precision: 1, baseline: null, target: { year: 2025, comparator: '>=', value: 30 }, aliases: ['每万人口高价值发明专利拥有数'], source: '市市场监管局' }),
  indicator({ id: 'incubators', category: '技术攻关水平', name: '国家级科技企业孵化器数', unit: '家', baseline: { year: 2020, value: 41 }, target: { year: 2025, comparator: '>', value: 60 }, aliases: ['国家级科技企业孵化器数量', '国家级孵化器数'], aggregation: 'sum', source: '市科技局' }),
  indicator({ id: 'industrial-rd-ratio', category: '科技赋能发展', name: '规上工业企业研发经费与营业收入之比', unit: '%', precision: 2, baseline: null, target: { year: 2025, comparator: '>=', value: 1.7 }, aliases: ['规模以上工业企业研发经费与营业收入之比', '规上工业企业R&D经费与营业收入之比'], source: '市统计局' }),
  indicator({ id: 'hitech-output-share', category: '科技赋能发展', name: '高新技术产品产值占规模以上工业总产值比重', unit: '%', precision: 1, baseline: { year: 2020, value: 51 }, target: { year: 2025, comparator: '>=', value: 55 }, aliases: ['高新技术产品产值占规上工业总产值比重'], source: '市统计局' }),
  indicator({ id: 'overseas-talent', category: '创新人才资源', name: '引进海外人才数', unit: '万人', precision: 2, baseline: null, target: { year: 2025, comparator: '>=', value: 1.8 }, kind: 'cumulative', aggregation: 'sum', source: '市人社局' }),
  indicator({ id: 'rd-researchers', category: '创新人才资源', name: '每万名从业人员中从事R&D研究人员', unit: '人年/万人', precision: 0, baseline: null, target: { year: 2025, comparator: '>=', value: 150 }, aliases: ['每万名从业人员中R&D研究人员数', '每万名就业人员中研发人员'], source: '市统计局' }),
  indicator({ id: 'rd-intensity', category: '科技创新生态', name: 'R&D投入强度', unit: '%', precision: 2, baseline: { year: 2020, value: 3.1 }, target: { year: 2025, comparator: '>', value: 3.4 }, aliases: ['R&D经费支出占GDP比重', '研究与试验发展(R&D)经费投入强度', 'R&D经费投入强度', '研发投入强度', '全社会研发经费支出占地区生产总值比重'], definition: 'R&D经费支出占地区生产总值（GDP）的比重', source: '市统计局' }),
  indicator({ id: 'new-listed-firms', category: '科技创新生态', name: '新增上市科技型企业数', unit: '家', baseline: null, target: { year: 2025, comparator: '>', value: 60 }, kind: 'cumulative', aggregation: 'sum', source: '市地方金融监管局' }),
  indicator({ id: 'sci-literacy', category: '科技创新生态', name: '公民具备科学素质比例', unit: '%', precision: 1, baseline: null, target: { year: 2025, comparator: '>=', value: 24.5 }, aliases: ['公民具备科学素质的比例'], source: '市科协' }),
  indicator({ id: 'hitech-firms', category: '科技赋能发展', name: '高新技术企业数', unit: '家', baseline: { year: 2020, value: 12000 }, target: null, aliases: ['高新技术企业数量', '国家高新技术企业数'], aggregation: 'sum', source: '市科技局' }),
  indicator({ id: 'tech-smes', category: '科技赋能发展', name: '国家科技型中小企业备案入库数', unit: '家', baseline: null, target: null, aliases: ['科技型中小企业备案入库数', '科技型中小企业入库数'], aggregation: 'sum', source: '市科技局' }),
];

/** A fresh copy each call: projects edit their own plan. */
export function guangzhouPlan(): Plan {
  return structuredClone({
    id: GZ_PLAN_ID,
    name: '广州市科技创新“十四五”规划',
    period: { start: 2021, end: 2025 },
    baseYear: 2020,
    categories: ['创新策源能力', '技术攻关水平', '科技赋能发展', '创新人才资源', '科技创新生态'],
    indicators,
    regions,
  });
}
