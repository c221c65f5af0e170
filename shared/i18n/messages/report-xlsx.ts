// The report's workbook (shared/report/xlsx.ts): sheet titles, the page footer and the words that stand for codes.
// Chinese follows GB/T 15834: full-width punctuation, 《》 around the plan's title.
import type { MessageTable } from '../message';

export const reportXlsx = {
  'reportXlsx.title.annual': { zh: '《{plan}》{year}年度监测 {table}', en: '{plan}: Monitoring {year}, {table}' },
  'reportXlsx.title.midterm': { zh: '《{plan}》{year}年中期评估 {table}', en: '{plan}: Mid-term Evaluation {year}, {table}' },
  'reportXlsx.title.final': { zh: '《{plan}》{year}年总结评估 {table}', en: '{plan}: Final Evaluation {year}, {table}' },
  'reportXlsx.table.scorecard': { zh: '指标完成情况', en: 'indicator attainment' },
  'reportXlsx.table.sources': { zh: '数据及来源', en: 'values and their sources' },
  'reportXlsx.table.quality': { zh: '数据质量检查', en: 'data-quality checks' },
  'reportXlsx.table.benchmarks': { zh: '对标比较', en: 'benchmarks' },
  'reportXlsx.ownLatest': { zh: '{region}现值', en: '{region} latest' },
  'reportXlsx.ownLatestYear': { zh: '{region}现值年份', en: '{region} latest year' },
  'reportXlsx.benchmark': { zh: '对标地区', en: 'Benchmark region' },
  /** Excel's header/footer codes: &P is the page number, &N the number of pages. */
  'reportXlsx.footer': { zh: '第&P页，共&N页', en: 'Page &P of &N' },

  'reportXlsx.kind': { zh: '类型', en: 'Kind' },
  'reportXlsx.kind.level': { zh: '水平', en: 'Level' },
  'reportXlsx.kind.cumulative': { zh: '累计', en: 'Cumulative' },
  'reportXlsx.kind.growth': { zh: '增速', en: 'Growth rate' },
  'reportXlsx.direction': { zh: '方向', en: 'Direction' },
  'reportXlsx.direction.1': { zh: '正向', en: 'Higher is better' },
  'reportXlsx.direction.-1': { zh: '逆向', en: 'Lower is better' },
  'reportXlsx.comparator.>=': { zh: '不低于', en: 'At least' },
  'reportXlsx.comparator.>': { zh: '高于', en: 'More than' },
  'reportXlsx.comparator.<=': { zh: '不高于', en: 'At most' },
  'reportXlsx.comparator.<': { zh: '低于', en: 'Less than' },
  'reportXlsx.comparator.=': { zh: '等于', en: 'Equal to' },
  'reportXlsx.comparator.range': { zh: '介于{lo}与{hi}之间', en: 'Between {lo} and {hi}' },
  'reportXlsx.method.cagr': { zh: '几何增长', en: 'Compound growth' },
  'reportXlsx.method.linear': { zh: '线性增长', en: 'Linear' },
  'reportXlsx.method.cumulative': { zh: '累计', en: 'Cumulative' },
} satisfies MessageTable;
