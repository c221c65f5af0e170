import type { MessageTable } from '../message';

// The attainment engine: findings, the spelled-out computation and the methodology appendix.
export const attain = {
  'attain.source.unknown': { zh: '未注明来源', en: 'source not recorded' },
  'attain.verdict.met': { zh: '达到', en: 'meets' },
  'attain.verdict.notMet': { zh: '未达到', en: 'does not meet' },

  'attain.finding.conflict': {
    zh: '{indicator}（{region}）{year} 年有两个不同的值：{first}（来源：{firstSource}）与 {second}（来源：{secondSource}）；暂用后导入的 {second}，请核实后保留正确的值。',
    en: '{indicator} ({region}) {year} has two different values: {first} (source: {firstSource}) and {second} (source: {secondSource}); the later import, {second}, is used until you resolve it.',
  },
  'attain.finding.dataLag': {
    zh: '{indicator}（{region}）最新数据为 {latestYear} 年，评估年份为 {asOf} 年，数据滞后 {lag} 年。',
    en: '{indicator} ({region}): the latest data are for {latestYear}, the evaluation year is {asOf}: {lag} year(s) of data lag.',
  },
  'attain.finding.missingYears': {
    zh: '{indicator}（{region}）基期 {baseYear} 年至最新年份 {latestYear} 年之间缺少 {years} 年的数据。',
    en: '{indicator} ({region}) has no value for {years}, between the baseline year {baseYear} and the latest year {latestYear}.',
  },
  'attain.finding.yoyJump': {
    zh: '{indicator}（{region}）{year} 年数值 {value} 较上年 {previous} 变化 {change}，超过 ±{threshold} 的阈值，请核实。',
    en: '{indicator} ({region}) {year}: {value} changed by {change} from {previous} the year before, beyond the ±{threshold} threshold; please check.',
  },
  'attain.finding.spike': {
    zh: '{indicator}（{region}）{year} 年数值 {value} 与前后两年（{previous}、{next}）相比孤立突变，疑为录入错误。',
    en: '{indicator} ({region}) {year}: {value} is an isolated spike against the years either side ({previous}, {next}); possibly a data-entry error.',
  },
  'attain.finding.powerOfTen': {
    zh: '{indicator}（{region}）{year} 年数值 {value} 约为相邻年份中位数 {median} 的 {factor} 倍，疑为单位或小数点错误（如万元误作亿元、比重 3.1 误作 0.031）。',
    en: '{indicator} ({region}) {year}: {value} is about {factor} times the median of the neighbouring years, {median}; possibly a unit or decimal slip (万元 read as 亿元, a share of 3.1 stored as 0.031).',
  },
  'attain.finding.shareOutOfRange': {
    zh: '{indicator}（{region}）{year} 年比重 {value}{unit} 超出 {lo}–{hi} 的范围。',
    en: '{indicator} ({region}) {year}: the share {value}{unit} is outside {lo}–{hi}.',
  },
  'attain.finding.negativeCount': {
    zh: '{indicator}（{region}）{year} 年数值 {value} 为负数；可加总的计数或总量不应为负。',
    en: '{indicator} ({region}) {year}: {value} is negative; a count or amount that adds up across regions cannot be.',
  },
  'attain.finding.regionsDoNotAddUp': {
    zh: '{indicator} {year} 年各区合计 {sum} 与{whole} {total} 相差 {difference}（{share}），超过 ±{tolerance} 的容差。',
    en: '{indicator} {year}: the regions add up to {sum} against {total} for {whole}, a difference of {difference} ({share}), beyond the ±{tolerance} tolerance.',
  },
  'attain.finding.roundingDecides': {
    zh: '{indicator}（{region}）原始值 {raw} 按发布精度修约为 {rounded}，修约后{roundedVerdict}目标 {target}，按原始值则{rawVerdict}；以修约后的值判定。',
    en: '{indicator} ({region}): the raw value {raw} rounds to {rounded} at the published precision; rounded it {roundedVerdict} the target {target}, raw it {rawVerdict}; the rounded value decides.',
  },
  'attain.text.percentPoints': { zh: '{value}个百分点', en: '{value} percentage points' },
  'attain.effort.cagr': { zh: '需年均增长{rate}', en: 'needs to grow by {rate} a year' },
  'attain.effort.linearUp': { zh: '每年需提高{step}', en: 'needs to rise by {step} a year' },
  'attain.effort.linearDown': { zh: '每年需降低{step}', en: 'needs to fall by {step} a year' },
  'attain.effort.cumulative': { zh: '每年需新增{step}', en: 'needs {step} a year' },
  'attain.finding.baselineFromData': {
    zh: '{indicator}（{region}）规划未给出基期值，基期值取自导入数据：{year}年 {value}（{source}）。',
    en: '{indicator} ({region}): the plan gives no baseline value; the baseline is taken from the imported data: {value} in {year} ({source}).',
  },
  'attain.finding.bindingFlag': {
    zh: '约束性指标{indicator}（{region}）状态为“{status}”，列为重点关注。',
    en: 'Binding indicator {indicator} ({region}) is "{status}": flagged for attention.',
  },

  'attain.explain.completionLevel': {
    zh: '完成度 = ({latest} − {baseline}) / ({target} − {baseline}) = {result}',
    en: 'Completion = ({latest} − {baseline}) / ({target} − {baseline}) = {result}',
  },
  'attain.explain.completionCumulative': {
    zh: '完成度 = {start}–{latestYear} 年累计 {sum} / 目标 {target} = {result}',
    en: 'Completion = sum over {start}–{latestYear} {sum} / target {target} = {result}',
  },
  'attain.explain.completionGrowth': {
    zh: '完成度 = 年均增速 {actual} / 目标年均增速 {target} = {result}',
    en: 'Completion = average annual growth {actual} / target growth {target} = {result}',
  },
  'attain.explain.growthActual': {
    zh: '年均增速 = ({latest} / {baseline})^(1/{years}) − 1 = {result}',
    en: 'Average annual growth = ({latest} / {baseline})^(1/{years}) − 1 = {result}',
  },
  'attain.explain.noCompletion': { zh: '完成度无法计算：{reason}', en: 'Completion cannot be computed: {reason}' },
  'attain.explain.reason.noData': { zh: '评估年份及以前没有数据', en: 'no value at or before the evaluation year' },
  'attain.explain.reason.noTarget': { zh: '监测指标，没有数值目标', en: 'a monitoring indicator has no numeric target' },
  'attain.explain.reason.noBaseline': { zh: '缺少基期值', en: 'there is no baseline value' },
  'attain.explain.reason.targetIsBaseline': { zh: '目标值等于基期值（保持类目标）', en: 'the target equals the baseline (a "maintain" target)' },
  'attain.explain.reason.zeroTarget': { zh: '目标值为 0', en: 'the target is 0' },
  'attain.explain.reason.regionWithoutTarget': {
    zh: '该区没有自己的基期值与目标，只参与排名',
    en: 'this region has no baseline and target of its own; it is ranked instead',
  },
  'attain.explain.timeProgress': {
    zh: '时序进度 = ({latestYear} − {baseYear}) / ({targetYear} − {baseYear}) = {result}',
    en: 'Time progress = ({latestYear} − {baseYear}) / ({targetYear} − {baseYear}) = {result}',
  },
  'attain.explain.pace': {
    zh: '进度比 = 完成度 / 时序进度 = {completion} / {timeProgress} = {result}',
    en: 'Pace = completion / time progress = {completion} / {timeProgress} = {result}',
  },
  'attain.explain.achieved': {
    zh: '{value} {verdict}目标 {target}，状态：{status}',
    en: '{value} {verdict} the target {target}; status: {status}',
  },
  'attain.explain.dataLag': {
    zh: '最新数据为 {latestYear} 年，早于评估年份（数据滞后）',
    en: 'The latest data are for {latestYear}, before the evaluation year (data lag)',
  },
  'attain.explain.projectionCagr': {
    zh: '{targetYear} 年预测值（年均增长法）= {latest} × (1 + {growth})^{years} = {result}，{verdict}',
    en: 'Projection for {targetYear} (compound growth) = {latest} × (1 + {growth})^{years} = {result}; {verdict}',
  },
  'attain.explain.projectionGrowth': {
    zh: '其中年均增速 = ({latest} / {base})^(1/{elapsed}) − 1 = {growth}（{baseYear}–{latestYear} 年）',
    en: 'where average annual growth = ({latest} / {base})^(1/{elapsed}) − 1 = {growth} ({baseYear}–{latestYear})',
  },
  'attain.explain.projectionLinear': {
    zh: '{targetYear} 年预测值（线性外推）= {latest} + ({latest} − {base}) / ({latestYear} − {baseYear}) × {years} = {result}，{verdict}',
    en: 'Projection for {targetYear} (linear) = {latest} + ({latest} − {base}) / ({latestYear} − {baseYear}) × {years} = {result}; {verdict}',
  },
  'attain.explain.projectionCumulative': {
    zh: '{targetYear} 年累计预测值 = {sum} + {sum} / {elapsed} × {years} = {result}，{verdict}',
    en: 'Projected sum by {targetYear} = {sum} + {sum} / {elapsed} × {years} = {result}; {verdict}',
  },
  'attain.explain.projectionImpliedGrowth': {
    zh: '对应 {baseYear}–{targetYear} 年年均增速 {growth}',
    en: 'an average annual growth of {growth} over {baseYear}–{targetYear}',
  },
  'attain.explain.projectedMet': { zh: '预计可实现目标', en: 'the target is expected to be met' },
  'attain.explain.projectedNotMet': { zh: '预计难以实现目标', en: 'the target is not expected to be met' },
  'attain.explain.noProjection': {
    zh: '不作预测：需要至少两个年份的数据且尚未到目标年',
    en: 'No projection: it needs at least two years of data and time left before the target year',
  },
  'attain.explain.growthTargetLevel': {
    zh: '按目标年均增长 {target} 计，{targetYear} 年需达到 {level}',
    en: 'At the target growth of {target} a year, {targetYear} needs {level}',
  },
  'attain.explain.requiredCagr': {
    zh: '剩余年均需增长 = ({target} / {latest})^(1/{years}) − 1 = {result}',
    en: 'Annual growth still needed = ({target} / {latest})^(1/{years}) − 1 = {result}',
  },
  'attain.explain.requiredLinear': {
    zh: '每年需提高 = ({target} − {latest}) / {years} = {result}',
    en: 'Increase needed per year = ({target} − {latest}) / {years} = {result}',
  },
  'attain.explain.requiredCumulative': {
    zh: '每年需新增 = ({target} − {sum}) / {years} = {result}',
    en: 'Amount needed per year = ({target} − {sum}) / {years} = {result}',
  },
  'attain.explain.score': { zh: '得分 = {score}', en: 'Score = {score}' },
  'attain.explain.trend': {
    zh: '年均增长（自首个数据年份）= {trend}',
    en: 'Average annual growth since the first year with data = {trend}',
  },

  'attain.method.title': { zh: '评估方法说明', en: 'Evaluation method' },
  'attain.method.baseline.heading': { zh: '基期、目标年与目标值', en: 'Baseline, target year and target value' },
  'attain.method.baseline.text': {
    zh: 't 为评估年份 {asOf} 年及以前最近一个有数据的年份，x_t 为该年数值。t0 为指标基期年份；规划未给基期的指标取规划基年（规划期首年的上一年）。规划未给出基期值而导入数据有同一层级（全市）t0 年数值的水平类指标，以该数值为 x0，并在结果中注明“基期值取自导入数据”及其来源单元格；规划给出的基期值始终优先。T 为目标年。区间目标 [lo, hi] 取离基期值最近的边界为 x*（基期低于 lo 取 lo，高于 hi 取 hi）；基期值在区间内为“保持类”目标，x* = x0；没有基期值时取方向所指的边界（越大越好取 lo，越小越好取 hi）。',
    en: 't is the latest year up to the evaluation year {asOf} with a value, x_t that value. t0 is the indicator\'s baseline year; where the plan gives no baseline, the plan\'s base year (the year before the period starts). Where the plan gives a level indicator no baseline value but the imported data hold its value for t0 at the same level (the whole area), that value is x0, and the result says so ("baseline taken from the imported data", with its source cell); the plan\'s own baseline always wins. T is the target year. For a range target [lo, hi], x* is the bound nearest the baseline (lo when the baseline is below, hi when above); a baseline inside the range makes a "maintain" target with x* = x0; without a baseline value, x* is the bound the direction has to reach (lo when higher is better, hi when lower is better).',
  },
  'attain.method.completion.heading': { zh: '完成度 P', en: 'Completion P' },
  'attain.method.completion.text': {
    zh: '水平类指标：P = (x_t − x0) / (x* − x0)，所需变化的方向已含在公式中；缺少基期值或 x* = x0 时无法计算。累计类指标：P = Σ v_y（t0 < y ≤ t，且不超过目标年）/ x*。增速类指标：P = 实际年均增速 / 目标年均增速 g*，实际年均增速 = (x_t / x0)^(1/(t − t0)) − 1。',
    en: 'Level: P = (x_t − x0) / (x* − x0), which carries the sign of the desired change; undefined without a baseline value or when x* = x0. Cumulative: P = Σ v_y for t0 < y ≤ t (and not beyond the target year) divided by x*. Growth: P = actual average annual growth / target growth g*, the actual growth being (x_t / x0)^(1/(t − t0)) − 1.',
  },
  'attain.method.time.heading': { zh: '时序进度 S 与进度比 Q', en: 'Time progress S and pace Q' },
  'attain.method.time.text': {
    zh: 'S = (t − t0) / (T − t0)，按最新数据年份 t 而不是评估年份计算，目标年以后按 1 计；t 早于评估年份时标注“数据滞后”。Q = P / S（S > 0 时）。',
    en: 'S = (t − t0) / (T − t0), at the latest data year t rather than the evaluation year, and 1 after the target year; when t is before the evaluation year the result is marked "data lag". Q = P / S when S > 0.',
  },
  'attain.method.status.heading': { zh: '状态判定（按顺序，先符合者为准）', en: 'Status (in order; the first that applies)' },
  'attain.method.status.text': {
    zh: '无数据：评估年份及以前没有数据；监测：没有数值目标，只报告趋势；已实现：按发布精度修约后的 x_t（累计类为累计值，增速类为年均增速）满足目标，目标年之前实现为“提前实现”；快于预期：Q ≥ {ahead}；基本符合预期：{onTrack} ≤ Q < {ahead}；滞后：{lagging} ≤ Q < {onTrack}；明显滞后：{seriouslyLagging} ≤ Q < {lagging}；停滞：{stagnant} ≤ Q < {seriouslyLagging}；倒退：Q < {stagnant}；无法判断进度：未实现且 P 或 S 无法计算（无基期值、S = 0、x* = x0），只给出与目标的水平比较。Q 与分界值比较时忽略 10^-9 以下的浮点误差。',
    en: 'No data: no value at or before the evaluation year; monitoring: no numeric target, the trend only; achieved: x_t rounded to the published precision (the running sum for cumulative indicators, the average annual growth for growth indicators) meets the target, "achieved early" before the target year; ahead: Q ≥ {ahead}; on track: {onTrack} ≤ Q < {ahead}; lagging: {lagging} ≤ Q < {onTrack}; seriously lagging: {seriouslyLagging} ≤ Q < {lagging}; stagnant: {stagnant} ≤ Q < {seriouslyLagging}; regressing: Q < {stagnant}; not assessable: not achieved and P or S undefined (no baseline, S = 0, x* = x0), with the level comparison only. Q is compared with the cut-offs ignoring floating-point noise below 10^-9.',
  },
  'attain.method.rounding.heading': { zh: '修约', en: 'Rounding' },
  'attain.method.rounding.text': {
    zh: '全部计算保留完整精度，只在显示和“已实现”判定时修约：数值按指标的发布精度四舍五入，增速以百分数保留 1 位小数（统计公报的发布精度）。修约改变判定结果时，给出提示并同时列出原始值与修约值。',
    en: 'Everything is computed in full precision and rounded only for display and for the achieved test: values half away from zero to the indicator\'s published decimals, growth rates to 1 decimal of a percent (as statistical communiqués publish them). Where rounding changes the outcome, a finding shows the raw value beside the rounded one.',
  },
  'attain.method.projection.heading': { zh: '预测到目标年', en: 'Projection to the target year' },
  'attain.method.projection.text': {
    zh: '至少需要两个年份的数据（基期值算一个），且最新年份早于目标年。x0、x_t、x* 均大于 0 且单位不是 % 或 ‰ 时用年均增长法：g = (x_t / x0)^(1/(t − t0)) − 1，x̂_T = x_t · (1 + g)^(T − t)；否则线性外推：x̂_T = x_t + (x_t − x0) / (t − t0) · (T − t)。没有基期值时以第一个有数据的年份及其数值代替 t0 和 x0（仅用于预测和所需努力，不用于时序进度）。累计类指标对累计值线性外推：x̂_T = 累计值 + 累计值 / (t − t0) · (T − t)（基期累计值视为 0）。增速类指标按预测值折算 t0 至 T 的年均增速再与目标比较。项目可为单个指标指定预测方法{overrides}；指定年均增长法而数值为 0 或负数时改用线性外推。预测值按同样的修约规则判断能否实现目标。',
    en: 'A projection needs two years of data (the baseline counts as one) and a latest year before the target year. Compound growth when x0, x_t and x* are all > 0 and the unit is not % or ‰: g = (x_t / x0)^(1/(t − t0)) − 1, x̂_T = x_t · (1 + g)^(T − t); otherwise linear: x̂_T = x_t + (x_t − x0) / (t − t0) · (T − t). Without a baseline value, the first year with a value and its value replace t0 and x0 (for the projection and the required effort only, not for time progress). Cumulative indicators extrapolate the running sum linearly: x̂_T = sum + sum / (t − t0) · (T − t) (the sum is 0 at t0). Growth indicators compare the average annual growth from t0 to the projected value with the target. A project may force the method per indicator{overrides}; compound growth forced on a zero or negative value falls back to linear. The projected value is tested with the same rounding rule.',
  },
  'attain.method.overrides': { zh: '（本项目：{list}）', en: ' (this project: {list})' },
  'attain.method.required.heading': { zh: '剩余时期所需努力', en: 'Effort required for the rest of the period' },
  'attain.method.required.text': {
    zh: '未实现且最新年份早于目标年时计算，方法与预测相同。年均增长法：年均需增长 = (x* / x_t)^(1/(T − t)) − 1；线性：每年需提高 (x* − x_t) / (T − t)；累计类：每年需新增 (x* − Σ v_y) / (T − t)。增速类指标的 x* 为按目标增速从基期推算的目标年水平。',
    en: 'Computed when the target is not achieved and the latest year is before the target year, with the projection\'s method. Compound: growth needed a year = (x* / x_t)^(1/(T − t)) − 1; linear: increase needed a year = (x* − x_t) / (T − t); cumulative: amount needed a year = (x* − sum) / (T − t). For growth indicators x* is the level the target growth leads to from the baseline.',
  },
  'attain.method.score.heading': { zh: '指标得分', en: 'Indicator score' },
  'attain.method.score.text': {
    zh: '已实现得 100 分，否则得 100 × P（P 截取在 0 到 1 之间）；P 无法计算时不计分。',
    en: '100 when achieved, otherwise 100 × P with P clamped to 0–1; no score when P is undefined.',
  },
  'attain.method.rollup.heading': { zh: '分类与总体汇总', en: 'Category and overall roll-ups' },
  'attain.method.rollup.text': {
    zh: '分类与总体得分为有得分指标的加权平均（权重默认 1）。覆盖率 = 有得分指标的权重之和 / 全部指标权重之和。覆盖率低于 {threshold} 时得分显示为“数据不足”，不显示数值。监测指标不参与得分和覆盖率，在旁单列。各状态的指标个数始终与得分并列显示。',
    en: 'Category and overall scores are the weighted mean of the indicator scores that exist (weight 1 by default). Coverage = weight with a score / all weight. Below {threshold} coverage the score is shown as "insufficient data", not as a number. Monitoring indicators stay out of scores and coverage and are reported beside them. Status counts are always shown beside the score.',
  },
  'attain.method.redFlag.heading': { zh: '约束性指标红旗', en: 'Red flags on binding indicators' },
  'attain.method.redFlag.text': {
    zh: '约束性指标状态为滞后、明显滞后、停滞或倒退时一律标红；全市层面无数据或无法判断进度的约束性指标也标红，因为约束性目标必须能证明已达成。',
    en: 'A binding indicator that is lagging, seriously lagging, stagnant or regressing is always flagged red; for the whole area, so is one with no data or whose progress cannot be assessed, since a binding target has to be shown to be met.',
  },
  'attain.method.regions.heading': { zh: '分区结果与排名', en: 'Regions and rankings' },
  'attain.method.regions.text': {
    zh: '规划只给出全市的基期与目标。比重、比率类指标（不可加总）的目标适用于每个区：某区在基期年份有自己的数值时，以该值为其基期，按全市目标计算完成度、状态和得分。其他情况下各区只报告最新值、趋势和数据质量提示，状态为“无法判断进度”，并按最新值（按指标方向）和自基期年份以来的年均增长排名；某区基期年份没有数值时从其后第一个有数据的年份算起。数值按发布精度修约后相同者并列同一名次；相邻名次之间的差异未必有实际意义。',
    en: 'The plan gives the whole area\'s baseline and target only. The target of a share or ratio (one that does not add up) applies to every region: a region with its own value in the baseline year takes that value as its baseline and gets completion, status and score against the plan\'s target. Otherwise a region reports its latest value, trend and data-quality findings with the status "not assessable", and regions are ranked by the latest value (direction-aware) and by average annual growth since the baseline year (from the first later year with a value where the baseline year has none). Values equal at the published precision share a rank; neighbouring ranks are not meaningfully different.',
  },
  'attain.method.monitoring.heading': { zh: '监测指标与趋势', en: 'Monitoring indicators and trend' },
  'attain.method.monitoring.text': {
    zh: '没有数值目标的指标只报告趋势：自第一个有数据年份至最新年份的年均增长 (x_t / x_first)^(1/(t − first)) − 1；数值为 0 或负数时不计算。',
    en: 'Indicators without a numeric target report their trend only: the average annual growth from the first year with data to the latest, (x_t / x_first)^(1/(t − first)) − 1; not computed for zero or negative values.',
  },
  'attain.method.quality.heading': { zh: '数据质量检查', en: 'Data-quality checks' },
  'attain.method.quality.text': {
    zh: '每项检查都作为提示显示，从不自动修正：基期年份与最新年份之间缺少的年份；相邻年份变化超过 ±{yoy}，或一年孤立突变（与前后两年同向偏离超过 ±{yoy} 而前后两年彼此相差不超过 ±{yoy}）；数值约为相邻年份（前后各两年）中位数的 10 的整数次幂倍（误差在 2 倍以内，至少 3 个正值），疑为单位或小数点错误，此时不再就该值报告同比变化；单位为 % 的数值超出 0–100（‰ 超出 0–1000）；可加总指标出现负数；可加总指标各区之和与全市相差超过 ±{tolerance}（只比较规划所列各区都有数值的年份）；同一指标、地区、年份有两个不同的值时采用后导入的值并保留双方来源，由用户确认。',
    en: 'Each check is a visible finding, never a silent fix: missing years between the baseline year and the latest year; a year-on-year change beyond ±{yoy}, or an isolated spike (a year off both neighbours by more than ±{yoy} in the same direction while they agree within ±{yoy}); a value about a power of ten times the median of its neighbours (two years either side, within a factor of 2, at least 3 positive values), a likely unit or decimal slip, for which no year-on-year change is reported; a value in % outside 0–100 (‰ outside 0–1000); a negative value of an indicator that adds up across regions; regions that do not add up to the whole area within ±{tolerance} where the indicator adds up (compared only in years where every region of the plan has a value); two different values for the same indicator, region and year: the later import is used and both sources are kept for the user to resolve.',
  },
  'attain.method.numbers.heading': { zh: '数字格式', en: 'Number format' },
  'attain.method.numbers.text': {
    zh: '数值按指标发布精度保留固定小数位，不加千位分隔符；百分比保留 1 位小数。',
    en: 'Values are shown with the indicator\'s published number of decimals and no thousands separators; percentages with 1 decimal.',
  },
} satisfies MessageTable;
