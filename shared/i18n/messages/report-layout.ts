// The report's page furniture and its 评估方法 chapter: cover, 目录, the 待填写 mark, chart keys, the typeset method.
import type { MessageTable } from '../message';

// Chinese follows GB/T 15834 (full-width ，；：（）and “”); the symbols of the formulas stay Latin.
export const reportLayout = {
  'reportLayout.cover.unit': { zh: '评估单位：{unit}', en: 'Evaluated by: {unit}' },
  'reportLayout.cover.unitPlaceholder': { zh: '（评估单位）', en: '(evaluating unit)' },
  'reportLayout.toc.title': { zh: '目　录', en: 'Contents' },
  'reportLayout.pending': { zh: '（待填写）', en: '(To be written.)' },

  'reportLayout.legend.score': { zh: '得分', en: 'Score' },
  'reportLayout.legend.rawScore': { zh: '数据不足（原始得分）', en: 'Insufficient data (raw score)' },

  'reportLayout.method.title': { zh: '评估方法', en: 'Evaluation method' },
  'reportLayout.method.intro': {
    zh: '本报告以规划确定的基期值和目标值为两端，逐项计算指标截至最新数据年份的完成度，与规划期已过去的比例（时序进度）对照，据此判断实施状态。计算规则如下，其余规则见附录。',
    en: 'Each indicator\'s completion up to its latest year with data is measured between the plan\'s baseline and target and set against the share of the period that has passed (time progress); the status follows from the two. The rules are below; the appendix gives the rest.',
  },
  'reportLayout.method.level': {
    zh: '水平类指标（规划期末应达到的水平）按下式计算，所需变化的方向已含在公式中：',
    en: 'A level indicator (a level to reach by the target year) is measured as below, which carries the direction of the desired change:',
  },
  'reportLayout.method.where': { zh: '式中：', en: 'where ' },
  'reportLayout.method.means': { zh: '——', en: ' — ' },
  'reportLayout.method.symbol.t': { zh: '评估年份{asOf}年及以前最近一个有数据的年份；', en: 'the latest year up to the evaluation year {asOf} with a value;' },
  'reportLayout.method.symbol.xt': { zh: '该年的数值；', en: 'the value in that year;' },
  'reportLayout.method.symbol.t0': { zh: '基期年份，规划未给出时取规划基年（规划期首年的上一年）；', en: 'the baseline year, or the plan\'s base year (the year before the period starts) where the plan gives none;' },
  'reportLayout.method.symbol.x0': { zh: '基期值；', en: 'the baseline value;' },
  'reportLayout.method.symbol.T': { zh: '目标年份；', en: 'the target year;' },
  'reportLayout.method.symbol.target': {
    zh: '目标值；区间目标取离基期值最近的边界，基期值在区间内时为保持类目标，目标值等于基期值。',
    en: 'the target value; for a range, the bound nearest the baseline, and the baseline itself when it lies inside the range (a "maintain" target).',
  },
  'reportLayout.method.undefined': {
    zh: '缺少基期值，或目标值等于基期值时，完成度无法计算。累计类指标以规划期内逐年数值之和（不超过目标年）计算：',
    en: 'Completion is undefined without a baseline value or when the target equals the baseline. A cumulative indicator sums its yearly values over the period (up to the target year):',
  },
  'reportLayout.method.symbol.vy': { zh: '第 y 年的数值。', en: 'the value in year y.' },
  'reportLayout.method.growth': {
    zh: '增速类指标以实际年均增速与目标年均增速之比计算：',
    en: 'A growth indicator compares its actual average annual growth with the target rate:',
  },
  'reportLayout.method.symbol.g': { zh: '实际年均增速，即复合年均增长率，按下式计算；', en: 'the actual average annual growth, the compound annual growth rate below;' },
  'reportLayout.method.symbol.gTarget': { zh: '规划的目标年均增速。', en: 'the plan\'s target average annual growth.' },
  'reportLayout.method.time': {
    zh: '时序进度按最新数据年份而不是评估年份计算，目标年以后按 1 计；最新数据年份早于评估年份时标注“数据滞后”。进度比为完成度与时序进度之比（时序进度大于 0 时）：',
    en: 'Time progress is taken at the latest year with data rather than the evaluation year, and is 1 after the target year; a latest year before the evaluation year is marked "data lag". The pace is completion over time progress (when time progress is above 0):',
  },
  'reportLayout.method.status': {
    zh: '状态按下表从上到下判定，先符合者为准；进度比与分界值比较时忽略 10 的负 9 次方以下的计算误差。',
    en: 'The status is the first row of the table that applies; the pace is compared with the cut-offs ignoring floating-point noise below one billionth.',
  },
  'reportLayout.method.statusColumn': { zh: '状态', en: 'Status' },
  'reportLayout.method.ruleColumn': { zh: '判定条件', en: 'Rule' },
  'reportLayout.method.rule.noData': { zh: '评估年份及以前没有数据', en: 'no value at or before the evaluation year' },
  'reportLayout.method.rule.monitoring': { zh: '没有数值目标，只报告趋势', en: 'no numeric target: the trend only' },
  'reportLayout.method.rule.achieved': {
    zh: '按发布精度修约后的最新值（累计类为累计值，增速类为年均增速）满足目标；目标年之前实现为“提前实现”',
    en: 'the latest value rounded to the published precision (the running sum, or the average annual growth) meets the target; before the target year, "achieved early"',
  },
  'reportLayout.method.rule.notAssessable': {
    zh: '未实现，且完成度或时序进度无法计算，只给出与目标的水平比较',
    en: 'not achieved, and completion or time progress undefined: the level comparison only',
  },
  'reportLayout.method.projection': {
    zh: '至少需要两个年份的数据（基期值算一个），且最新年份早于目标年。基期值、最新值和目标值均大于 0 且单位不是 % 或 ‰ 时，按年均增长法预测：',
    en: 'A projection needs two years of data (the baseline counts as one) and a latest year before the target year. When the baseline, the latest value and the target are all above 0 and the unit is not % or ‰, it compounds:',
  },
  'reportLayout.method.linear': { zh: '其他情况按线性外推：', en: 'otherwise it extrapolates linearly:' },
  'reportLayout.method.projectionRest': {
    zh: '没有基期值时，以第一个有数据的年份及其数值代替基期（只用于预测和所需努力，不用于时序进度）；累计类指标对累计值线性外推，基期累计值为 0；增速类指标按预测值折算年均增速后与目标比较；监测指标的趋势按上式的年均增速计算，以第一个有数据的年份代替基期。{overrides}预测值按同样的修约规则判断能否实现目标。',
    en: 'Without a baseline value, the first year with a value and its value replace the baseline (for the projection and the required effort, not for time progress); a cumulative indicator extrapolates its running sum linearly from 0 at the baseline; a growth indicator compares the growth to the projected value with its target; a monitoring indicator\'s trend is the average annual growth above from its first year with data. {overrides}The projected value is tested with the same rounding rule.',
  },
  'reportLayout.method.overrides': { zh: '本项目指定了预测方法的指标：{list}。', en: 'This project sets the method of: {list}. ' },
  'reportLayout.method.required': {
    zh: '目标尚未实现且最新年份早于目标年时，计算剩余时期每年所需的努力，方法与预测相同。年均增长法下为年均需增长：',
    en: 'When the target is not yet met and the latest year is before the target year, the effort needed a year for the rest of the period uses the projection\'s method. Compounding, the growth needed a year:',
  },
  'reportLayout.method.requiredLinear': { zh: '线性外推下为每年需提高：', en: 'linearly, the increase needed a year:' },
  'reportLayout.method.requiredRest': {
    zh: '累计类指标每年需新增的数量为目标值与累计值之差除以剩余年数；增速类指标的目标值为按目标增速从基期推算的目标年水平。',
    en: 'A cumulative indicator needs the gap between its target and running sum divided by the years left; for a growth indicator the target is the level the target rate leads to from the baseline.',
  },
  'reportLayout.method.score': {
    zh: '已实现的指标得 100 分，其余指标按完成度计分（完成度截取在 0 到 1 之间）；完成度无法计算时不计分：',
    en: 'An achieved indicator scores 100, any other its completion clamped to 0–1; there is no score when completion is undefined:',
  },
  'reportLayout.method.name.cagr': { zh: '年均增长法', en: 'compound growth' },
  'reportLayout.method.name.linear': { zh: '线性外推', en: 'linear' },
} satisfies MessageTable;
