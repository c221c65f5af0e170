import type { MessageTable } from '../message';

// The indicator framework: field checks (shared/model/validate.ts) and plan spreadsheets (shared/plan-sheet/).
export const plan = {
  'plan.error.idEmpty': { zh: '编号不能为空', en: 'The id is empty' },
  'plan.error.idPattern': {
    zh: '编号“{value}”只能包含字母、数字和连字符，且以字母或数字开头',
    en: 'The id "{value}" may contain only letters, digits and hyphens, starting with a letter or digit',
  },
  'plan.error.idDuplicate': { zh: '编号“{value}”已被其他指标使用', en: 'The id "{value}" is already used by another indicator' },
  'plan.error.nameEmpty': { zh: '指标名称不能为空', en: 'The indicator name is empty' },
  'plan.error.unitEmpty': { zh: '单位不能为空', en: 'The unit is empty' },
  'plan.error.categoryEmpty': { zh: '类别不能为空', en: 'The category is empty' },
  'plan.error.categoryUnknown': { zh: '类别“{value}”不在规划的类别列表中', en: 'The category "{value}" is not one of the plan\'s categories' },
  'plan.error.precision': { zh: '小数位应为 0 到 6 的整数，现为 {value}', en: 'The precision must be a whole number from 0 to 6, not {value}' },
  'plan.error.year': { zh: '年份 {value} 不合理（应为 1900 到 2100 的整数）', en: 'The year {value} is not plausible (a whole number from 1900 to 2100)' },
  'plan.error.notFinite': { zh: '数值 {value} 不是有效数字', en: 'The value {value} is not a valid number' },
  'plan.error.targetBeforeBaseline': {
    zh: '目标年 {targetYear} 必须晚于基期年 {baselineYear}',
    en: 'The target year {targetYear} must be after the baseline year {baselineYear}',
  },
  'plan.error.rangeReversed': { zh: '区间下限 {lo} 大于上限 {hi}', en: 'The range\'s lower bound {lo} is above its upper bound {hi}' },
  'plan.error.weight': { zh: '权重应为大于 0 的数，现为 {value}', en: 'The weight must be a number above 0, not {value}' },
  'plan.error.comparator': {
    zh: '比较方式“{value}”无效，应为 >=、>、<=、<、= 或 range',
    en: 'The comparator "{value}" is not valid; use >=, >, <=, <, = or range',
  },
  'plan.error.direction': { zh: '方向“{value}”无效，应为 +1（正向）或 -1（逆向）', en: 'The direction "{value}" is not valid; use +1 or -1' },
  'plan.error.kind': {
    zh: '类型“{value}”无效，应为 水平、累计 或 增速',
    en: 'The kind "{value}" is not valid; use level, cumulative or growth',
  },
  'plan.error.nature': { zh: '属性“{value}”无效，应为 预期性 或 约束性', en: 'The nature "{value}" is not valid; use expected or binding' },
  'plan.error.aggregation': { zh: '汇总方式“{value}”无效，应为 sum 或 none', en: 'The aggregation "{value}" is not valid; use sum or none' },

  'plan.sheet.location': { zh: '第 {row} 行 {column} 列（{header}）：', en: 'Row {row}, column {column} ({header}): ' },
  'plan.sheet.rowLocation': { zh: '第 {row} 行：', en: 'Row {row}: ' },
  'plan.sheet.fileLocation': { zh: '文件“{fileName}”：', en: 'File "{fileName}": ' },
  'plan.sheet.unreadable': { zh: '无法读取该文件（{reason}）', en: 'The file cannot be read ({reason})' },
  'plan.sheet.empty': { zh: '工作表没有内容', en: 'The sheet is empty' },
  'plan.sheet.noIndicators': { zh: '表头下没有任何指标行', en: 'There are no indicator rows under the header' },
  'plan.sheet.missingColumn': { zh: '缺少必需的列“{expected}”', en: 'The required column "{expected}" is missing' },
  'plan.sheet.unknownColumn': {
    zh: '无法识别的列名“{value}”（可用列名见规划表格式说明）',
    en: 'The column name "{value}" is not recognised (see the plan sheet format)',
  },
  'plan.sheet.duplicateColumn': { zh: '列“{value}”重复出现（已在 {other} 列）', en: 'The column "{value}" appears twice (also column {other})' },
  'plan.sheet.cellError': { zh: '单元格是错误值 {value}', en: 'The cell holds the error value {value}' },
  'plan.sheet.notNumber': { zh: '“{value}”不是数字', en: '"{value}" is not a number' },
  'plan.sheet.notYear': { zh: '“{value}”不是年份', en: '"{value}" is not a year' },
  'plan.sheet.notInteger': { zh: '“{value}”不是整数', en: '"{value}" is not a whole number' },
  'plan.sheet.baselineValueMissing': {
    zh: '给出了基期年 {year}，但基期值为空：该指标暂无基期值，评估按无基期值处理',
    en: 'The baseline year {year} is given without a baseline value: the indicator has no baseline value, and is evaluated without one',
  },
  'plan.sheet.baselineIncomplete': {
    zh: '基期年和基期值须同时填写或同时留空',
    en: 'Give both the baseline year and the baseline value, or neither',
  },
  'plan.sheet.targetIncomplete': {
    zh: '有目标时，目标年、目标值和比较方式都须填写',
    en: 'A target needs its year, value and comparator',
  },
  'plan.sheet.directionRequired': {
    zh: '有目标的指标必须填写方向（+1 正向 / -1 逆向），不从比较方式推断',
    en: 'An indicator with a target needs a direction (+1 or -1); it is never guessed from the comparator',
  },
  'plan.sheet.rangeFormat': {
    zh: '比较方式为 range 时目标值应写成“下限~上限”，现为“{value}”',
    en: 'A range target is written "lo~hi", not "{value}"',
  },
  'plan.sheet.rangeNotAllowed': {
    zh: '目标值“{value}”是区间，但比较方式不是 range',
    en: 'The target "{value}" is a range but the comparator is not range',
  },
  'plan.sheet.noYears': {
    zh: '没有任何基期年或目标年，无法确定规划期',
    en: 'No baseline or target year anywhere, so the plan period cannot be inferred',
  },
  'plan.sheet.noErrors': { zh: '无错误', en: 'no errors' },
  'plan.sheet.name': { zh: '指标', en: 'Indicators' },
  'plan.unknownIndicator': { zh: '规划中没有指标“{indicator}”', en: 'The plan has no indicator "{indicator}"' },
  'plan.noWholeRegion': { zh: '规划《{plan}》没有标记为全市（whole）的地区', en: 'Plan "{plan}" has no whole-area region' },
} satisfies MessageTable;
