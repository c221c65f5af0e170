// Messages of the planeval command line (cli/): command summaries and help, misuse and file errors, output labels.
import type { MessageTable } from '../message';

export const cli = {
  'cli.usage.commands': { zh: '命令', en: 'Commands' },
  'cli.usage.more': { zh: '运行 planeval <command> --help 查看命令的选项。', en: 'Run "planeval <command> --help" for a command\'s options.' },

  'cli.plan.summary': { zh: '显示或检查规划的指标框架（内置规划或规划表）', en: 'show or validate a plan framework (built-in or a plan spreadsheet)' },
  'cli.plan.help': {
    zh: 'show：列出规划的类别和指标（--json 时输出 JSON）。\nvalidate：按行和列列出每处错误；有错误时退出码为 1，否则为 0。',
    en: 'show: prints the plan\'s categories and indicators (as JSON with --json).\nvalidate: lists every error by row and column; exits 1 when there is any, 0 otherwise.',
  },
  'cli.plan.title': { zh: '{name}（{id}），{from}—{to}年', en: '{name} ({id}), {from}–{to}' },
  'cli.plan.heading.id': { zh: '编号', en: 'id' },
  'cli.plan.heading.name': { zh: '指标名称', en: 'name' },
  'cli.plan.heading.unit': { zh: '单位', en: 'unit' },
  'cli.plan.heading.baseline': { zh: '基期', en: 'baseline' },
  'cli.plan.heading.target': { zh: '目标', en: 'target' },
  'cli.plan.heading.direction': { zh: '方向', en: 'dir.' },
  'cli.plan.heading.kind': { zh: '类型', en: 'kind' },
  'cli.plan.heading.nature': { zh: '属性', en: 'nature' },
  'cli.plan.heading.weight': { zh: '权重', en: 'weight' },
  'cli.plan.heading.aggregation': { zh: '汇总', en: 'aggr.' },

  'cli.import.summary': { zh: '读取统计表格并匹配到规划（只输出，不保存）', en: 'read statistics spreadsheets and map them to a plan (prints, does not store)' },
  'cli.import.help': {
    zh: '读取 .xlsx/.xlsm/.xls/.ods/.csv/.txt 文件，识别其中的表格并匹配到规划的指标。\n表格未注明指标、年份或地区时，使用 --indicator、--year 和 --region；--year 也替代从表格标题、说明行或工作表名称读出的年份。不保存任何数据。\n有文件无法读取时退出码为 1。\n--benchmarks all 或 名称,名称：把规划地区以外的地区（全国、广东……）作为对标地区保留，与本市数值并列展示，不评判；不给时不导入其数值。',
    en: 'Reads .xlsx/.xlsm/.xls/.ods/.csv/.txt files, finds their tables and maps them to the plan\'s indicators.\n--indicator, --year and --region apply where a table does not name them; --year also replaces a year read from a table\'s title, notes or sheet name. Nothing is stored.\nExits 1 when any file cannot be read.\n--benchmarks all|NAME,NAME keeps the values of regions outside the plan (全国, 广东 …) as benchmarks, shown beside the plan\'s figures and never judged; without it they are left out.',
  },
  'cli.import.unmapped': { zh: '个未匹配指标', en: 'unmapped' },
  'cli.import.findings': { zh: '条提示', en: 'findings' },

  'cli.evaluate.summary': { zh: '按截至年份，用数据文件评估规划', en: 'evaluate a plan on data files at an as-of year' },
  'cli.evaluate.help': {
    zh: '导入数据文件（只用已匹配的数值），在 --as-of 年份评估每项指标并输出结果。\n不给 --region 时评估全市。数值不取整；完成度、时序进度、覆盖率和增速以小数表示。\n--benchmarks all 或 名称,名称：把规划地区以外的地区（全国、广东……）作为对标地区保留，与本市数值并列展示，不评判；不给时不导入其数值。',
    en: 'Imports the data files (mapped values only), evaluates every indicator at the as-of year and prints the result.\nWithout --region, the whole area. Numbers are unrounded; completion, time progress, coverage and growth are fractions.\n--benchmarks all|NAME,NAME keeps the values of regions outside the plan (全国, 广东 …) as benchmarks, shown beside the plan\'s figures and never judged; without it they are left out.',
  },
  'cli.evaluate.overall': { zh: '总体得分', en: 'overall' },
  'cli.evaluate.coverage': { zh: '覆盖', en: 'coverage' },
  'cli.evaluate.completion': { zh: '完成度', en: 'completion' },
  'cli.evaluate.timeProgress': { zh: '时序', en: 'time' },
  'cli.evaluate.benchmarks': { zh: '对标', en: 'benchmarks' },

  'cli.report.summary': { zh: '根据规划和数据文件撰写评估报告（docx、xlsx 或 html）', en: 'write the evaluation report (docx, xlsx or html) from a plan and data files' },
  'cli.report.help': {
    zh: '根据数据文件撰写规划的评估报告（--type：annual 为年度监测报告，midterm 为中期评估报告，final 为总结评估报告）。\n--data 可重复，也可把文件列在选项之后。--format 默认取 --out 的扩展名。\n--sample 用内置规划的示例数据代替数据文件；--as-of 默认为 {asOf}。\n--date 印在标题下方（默认为当天）。\n--benchmarks all 或 名称,名称：把规划地区以外的地区（全国、广东……）作为对标地区保留，与本市数值并列展示，不评判；不给时不导入其数值。',
    en: 'Writes the evaluation report of the plan on the data files (--type annual, midterm or final).\n--data may be repeated, or the files listed after the options. --format defaults to the --out extension.\n--sample uses the built-in plan\'s sample data instead of data files; --as-of defaults to {asOf}.\n--date is printed under the title (default: today).\n--benchmarks all|NAME,NAME keeps the values of regions outside the plan (全国, 广东 …) as benchmarks, shown beside the plan\'s figures and never judged; without it they are left out.',
  },

  'cli.template.summary': { zh: '为各部门生成数据采集表（每个部门一个 .xlsx，或合为一个工作簿）', en: 'write data-collection templates for the departments (one .xlsx each, or one workbook)' },
  'cli.template.help': {
    zh: '为指标数据来源中的每个部门生成数据采集表：填报说明、带输入校验的受保护工作表，\n以及隐藏的编号，填好的文件可直接导入。\n默认：全部指标、规划的全市地区、每个部门一个文件。示例：--regions 全市,黄埔区。',
    en: 'Writes a data-collection template for each department named in the indicators\' source: instructions,\na protected sheet with validated input cells, and hidden ids so the filled file imports as is.\nDefaults: all indicators, the plan\'s whole area, one file per department. Example: --regions 全市,黄埔区.',
  },
  'cli.template.projectName': { zh: '{plan}（命令行生成）', en: '{plan} (command line)' },

  'cli.values': { zh: '个数值', en: 'values' },

  'cli.error.needPlanAndData': { zh: '需要 --plan 和 --data', en: 'need --plan and --data files' },
  'cli.error.needPlanAndDataOrSample': { zh: '需要 --plan 和 --data，或 --sample', en: 'need --plan and --data files, or --sample' },
  'cli.error.asOf': { zh: '--as-of 应为年份，收到“{value}”', en: '--as-of must be a year, got "{value}"' },
  'cli.error.regionNotInPlan': { zh: '地区“{region}”不是规划的地区；对标地区的数值列在全市结果的 benchmarks 中', en: 'region "{region}" is not one of the plan\'s; benchmark values are listed with the whole area' },
  'cli.error.date': { zh: '--date 应为 YYYY-MM-DD，收到“{value}”', en: '--date must be YYYY-MM-DD, got "{value}"' },
  'cli.error.missingOut': { zh: '缺少 --out', en: 'missing --out FILE' },
  'cli.error.format': { zh: '不支持的格式“{format}”，可用 {formats}', en: 'unsupported format "{format}"; use {formats}' },
  'cli.error.reportType': { zh: '不支持的报告类型“{type}”', en: 'unknown --type "{type}"' },
  'cli.error.lang': { zh: '不支持的语言“{lang}”', en: 'unknown --lang "{lang}"' },
  'cli.error.sampleWithData': { zh: '--sample 不能与数据文件同时使用', en: '--sample takes no data files' },
  'cli.error.sampleBuiltinOnly': { zh: '--sample 只适用于内置规划 {plan}', en: 'the sample data belong to the built-in plan {plan}' },
  'cli.error.unknownCategories': { zh: '规划中没有领域 {unknown}（规划的领域：{known}）', en: 'unknown categories {unknown}; the plan has {known}' },
  'cli.error.noBuiltinPlan': { zh: '没有内置规划“{spec}”，可用：{available}', en: 'no built-in plan "{spec}"; available: {available}' },
  'cli.error.planSheet': { zh: '规划表“{file}”有 {count} 处错误：', en: 'the plan sheet "{file}" has {count} error(s):' },
  'cli.error.cannotOpen': { zh: '无法打开文件“{path}”', en: 'cannot open "{path}"' },
  'cli.error.cannotOpenData': { zh: '无法打开数据文件“{path}”', en: 'cannot open data file "{path}"' },
  'cli.error.noCjkFont': { zh: '找不到中文字体（已查找 {files}），图表标签无法显示', en: 'no CJK font found (looked for {files}); chart labels cannot be drawn' },
} satisfies MessageTable;
