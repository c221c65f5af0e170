import type { MessageTable } from '../message';

// Target revisions (指标动态调整, plan section 十(三)): their checks, the methodology rule, the framework's form and
// history, the dashboard and the report.
export const revisions = {
  'revision.error.noTarget': {
    zh: '第 {n} 条目标调整：该指标没有规划目标（监测指标），不能调整目标',
    en: 'Revision {n}: the indicator has no plan target (a monitoring indicator), so its target cannot be revised',
  },
  'revision.error.effectiveYear': {
    zh: '第 {n} 条目标调整：生效年份 {value} 应为规划期 {start}–{end} 年内的整数年份',
    en: 'Revision {n}: the effective year {value} must be a whole year within the plan period {start}–{end}',
  },
  'revision.error.comparator': {
    zh: '第 {n} 条目标调整：比较方式“{value}”无效，应为 >=、>、<=、<、= 或 range',
    en: 'Revision {n}: the comparator "{value}" is not valid; use >=, >, <=, <, = or range',
  },
  'revision.error.notFinite': { zh: '第 {n} 条目标调整：调整后目标值 {value} 不是有效数字', en: 'Revision {n}: the revised target value {value} is not a valid number' },
  'revision.error.rangeReversed': {
    zh: '第 {n} 条目标调整：区间下限 {lo} 大于上限 {hi}',
    en: 'Revision {n}: the range\'s lower bound {lo} is above its upper bound {hi}',
  },
  'revision.error.reasonEmpty': { zh: '第 {n} 条目标调整：须填写调整原因', en: 'Revision {n}: the reason is empty' },
  'revision.error.basisEmpty': {
    zh: '第 {n} 条目标调整：须填写批准依据（文号或会议）',
    en: 'Revision {n}: the approval basis (document number or meeting) is empty',
  },
  'revision.error.recordedAt': { zh: '第 {n} 条目标调整：记录时间“{value}”不是有效日期', en: 'Revision {n}: the recording time "{value}" is not a valid date' },

  'revision.explain': {
    zh: '目标自 {year} 年起调整为 {target}（规划原目标 {original}，批准依据：{basis}），以下按调整后目标计算',
    en: 'The target was revised from {year} to {target} (plan target {original}; approved by {basis}); the figures below use the revised target',
  },

  'revision.sheet.name': { zh: '目标调整', en: 'Target revisions' },
  'revision.sheet.location': { zh: '工作表“{sheet}”第 {row} 行 {column} 列（{header}）：', en: 'Sheet "{sheet}", row {row}, column {column} ({header}): ' },
  'revision.sheet.unknownIndicator': { zh: '指标编号“{value}”不在指标表中', en: 'The indicator id "{value}" is not on the indicators sheet' },

  'attain.method.revision.heading': { zh: '指标动态调整', en: 'Target revisions' },
  'attain.method.revision.text': {
    zh: '规划目标经批准调整的，评估年份 {asOf} 年适用生效年份不晚于该年的最近一次调整（同一生效年份有多次调整的，取最后记录的一次），x* 与比较方式按调整后目标计，目标年 T 不变；完成度、状态、预测、所需增幅和得分均按调整后目标计算，结果同时列出规划原目标及调整依据。规划原目标始终保留，不被覆盖；生效年份晚于评估年份的调整不适用。',
    en: 'Where a plan target has been revised with approval, the evaluation year {asOf} uses the latest revision whose effective year is not after it (of several with the same effective year, the one recorded last); x* and the comparator are the revised ones, the target year T stays. Completion, status, projection, required effort and scores are computed against the revised target, and the result lists the plan\'s original target and the revision\'s basis beside it. The original target is always kept, never overwritten; a revision effective after the evaluation year does not apply.',
  },

  'revision.ui.action': { zh: '调整目标', en: 'Revise target' },
  'revision.ui.title': { zh: '调整目标：{name}', en: 'Revise the target: {name}' },
  'revision.ui.record': { zh: '记录调整', en: 'Record revision' },
  'revision.ui.original': { zh: '规划原目标：{target}', en: 'Plan target: {target}' },
  'revision.ui.note': {
    zh: '规划原目标保留不变；自生效年份起，完成度、状态、预测和得分按调整后目标计算，并与原目标并列显示。',
    en: 'The plan target is kept as it is; from the effective year on, completion, status, projection and scores are computed against the revised target and shown beside the original.',
  },
  'revision.ui.field.effectiveYear': { zh: '生效年份', en: 'Effective from (year)' },
  'revision.ui.field.value': { zh: '调整后目标值', en: 'Revised target value' },
  'revision.ui.field.reason': { zh: '调整原因', en: 'Reason' },
  'revision.ui.field.basis': { zh: '批准依据（文号或会议）', en: 'Approved by (document number or meeting)' },
  'revision.ui.recorded': { zh: '已记录“{name}”的目标调整', en: 'Recorded the target revision of "{name}"' },
  'revision.ui.deleteTitle': { zh: '删除目标调整', en: 'Delete target revision' },
  'revision.ui.deleteMessage': {
    zh: '删除“{name}”自 {year} 年起生效的目标调整（批准依据：{basis}）？删除后按此前适用的目标评估。',
    en: 'Delete the revision of "{name}" effective from {year} (approved by {basis})? The target in force before it applies again.',
  },
  'revision.ui.deleted': { zh: '已删除“{name}”的一条目标调整', en: 'Deleted a target revision of "{name}"' },
  'revision.ui.history': { zh: '目标调整记录（{count} 条）', en: 'Target revisions ({count})' },
  'revision.ui.historyEmpty': {
    zh: '尚无目标调整。规划目标经批准调整时，在指标行点“调整目标”记录。',
    en: 'No target revisions yet. When a plan target is revised with approval, record it with "Revise target" on the indicator\'s row.',
  },
  'revision.ui.badge': { zh: '已调整 {count} 次', en: 'revised ×{count}' },
  'revision.ui.badgeTitle': { zh: '目标经批准调整，见下方目标调整记录', en: 'The target was revised; see the target revisions below' },
  'revision.ui.dashboard': {
    zh: '规划原目标 {target}；自 {year} 年起调整（批准依据：{basis}）',
    en: 'Plan target {target}; revised from {year} (approved by {basis})',
  },

  'revision.report.heading': { zh: '指标动态调整情况', en: 'Target revisions' },
  'revision.report.summary': {
    zh: '规划实施期间，经批准调整目标的指标共 {count} 项，调整 {revisions} 次：{list}。各项指标的完成度、状态和预测均按评估年份适用的调整后目标计算，规划原目标并列于表中。',
    en: 'During the plan period the targets of {count} indicators were revised with approval, {revisions} revisions in all: {list}. Each indicator\'s completion, status and projection are computed against the revised target in force in the evaluation year; the plan\'s original target is listed beside it.',
  },
  'revision.report.item': {
    zh: '{name}目标自 {year} 年起由{original}调整为{revised}（{reason}；批准依据：{basis}）{standing}',
    en: '{name}, from {year}, {original} revised to {revised} ({reason}; approved by {basis}){standing}',
  },
  'revision.report.itemSeparator': { zh: '；', en: '; ' },
  'revision.report.note.notYet': { zh: '，本次评估尚未生效', en: ', not yet in force at this evaluation' },
  'revision.report.note.superseded': { zh: '，已被后续调整替代', en: ', replaced by a later revision' },
  'revision.report.table': { zh: '指标动态调整情况', en: 'Target revisions' },
  'revision.report.col.indicator': { zh: '指标', en: 'Indicator' },
  'revision.report.col.original': { zh: '规划原目标', en: 'Plan target' },
  'revision.report.col.revised': { zh: '调整后目标', en: 'Revised target' },
  'revision.report.col.effectiveYear': { zh: '生效年份', en: 'Effective from' },
  'revision.report.col.reason': { zh: '调整原因', en: 'Reason' },
  'revision.report.col.basis': { zh: '批准依据', en: 'Approved by' },
  'revision.report.col.standing': { zh: '本次评估', en: 'This evaluation' },
  'revision.report.col.recordedAt': { zh: '记录时间', en: 'Recorded' },
  'revision.report.standing.applied': { zh: '适用', en: 'Applied' },
  'revision.report.standing.notYet': { zh: '尚未生效', en: 'Not yet in force' },
  'revision.report.standing.superseded': { zh: '已被替代', en: 'Replaced' },
  'revision.report.originalCell': { zh: '（原{target}）', en: '(plan: {target})' },
  'revision.report.tableNote': {
    zh: '注：目标经批准调整的指标，目标值栏为评估年份适用的调整后目标，括号内为规划原目标，调整情况见“指标动态调整情况”。',
    en: 'Note: for an indicator whose target was revised, the target column gives the revised target in force in the evaluation year and the plan\'s original in brackets; see "Target revisions".',
  },
  'revision.report.narrative': {
    zh: '该指标目标自 {year} 年起调整为{revised}（规划原目标{original}，批准依据：{basis}），以上按调整后目标评价。',
    en: ' Its target was revised from {year} to {revised} (plan target {original}; approved by {basis}) and is assessed against the revised target.',
  },
  // The workbook's sheet, named and titled as its other sheets are.
  'report.xlsx.sheetRevisions': { zh: '目标调整', en: 'Target revisions' },
  'reportXlsx.table.revisions': { zh: '指标动态调整情况', en: 'target revisions' },
} satisfies MessageTable;
