// Messages of the import engine (shared/ingest): errors that stop a file and findings about cells.
import type { MessageTable } from '../message';

export const ingest = {
  'ingest.error.file-too-large': { zh: '文件“{file}”过大({size} MB),上限为 {limit} MB', en: 'File "{file}" is too large ({size} MB); the limit is {limit} MB' },
  'ingest.error.empty-file': { zh: '文件“{file}”是空文件', en: 'File "{file}" is empty' },
  'ingest.error.archive-too-large': { zh: '文件“{file}”解压后过大({size} MB),上限为 {limit} MB,可能是压缩炸弹', en: 'File "{file}" expands to {size} MB, past the {limit} MB limit (possibly a zip bomb)' },
  'ingest.error.sheet-too-large': { zh: '文件“{file}”的工作表“{sheet}”有 {cells} 个单元格,上限为 {limit} 个', en: 'Sheet "{sheet}" of "{file}" has {cells} cells; the limit is {limit}' },
  'ingest.error.not-a-spreadsheet': { zh: '文件“{file}”不是电子表格(识别为 {kind})', en: 'File "{file}" is not a spreadsheet (looks like {kind})' },
  'ingest.error.truncated': { zh: '文件“{file}”不完整(可能下载或复制时被截断)', en: 'File "{file}" is truncated (cut short while downloading or copying)' },
  'ingest.error.unreadable': { zh: '无法读取文件“{file}”:{reason}', en: 'Cannot read file "{file}": {reason}' },
  'ingest.error.password-required': { zh: '文件“{file}”设置了打开密码,请输入密码', en: 'File "{file}" is protected by a password; enter it to open the file' },
  'ingest.error.password-wrong': { zh: '文件“{file}”的密码不正确', en: 'The password for "{file}" is wrong' },
  'ingest.finding.footnote': { zh: '单元格 {cell} 的注释标记“{mark}”已去除', en: 'Footnote mark "{mark}" removed from cell {cell}' },
  'ingest.finding.formula-no-cache': { zh: '单元格 {cell} 是公式但文件未保存计算结果,按缺失处理', en: 'Cell {cell} holds a formula without a stored result; treated as missing' },
  'ingest.finding.not-a-number': { zh: '单元格 {cell} 的内容“{text}”不是数值', en: 'Cell {cell} ("{text}") is not a number' },
  'ingest.finding.unit-unconvertible': { zh: '单元格 {cell} 的单位“{from}”无法换算为指标单位“{to}”', en: 'Cell {cell}: unit "{from}" cannot be converted to the indicator\'s unit "{to}"' },
  'ingest.finding.unit-assumed': { zh: '表格未注明单位,按指标单位“{unit}”读取(起始单元格 {cell})', en: 'The table gives no unit; values read in the indicator\'s unit "{unit}" (from cell {cell})' },
  'ingest.finding.year-unknown': { zh: '表格 {cell} 未注明年份,请指定年份', en: 'Table at {cell} names no year; choose the year' },
  'ingest.finding.indicator-unknown': { zh: '表格 {cell} 未注明指标,请指定指标', en: 'Table at {cell} names no indicator; choose the indicator' },
  'ingest.finding.bad-year': { zh: '单元格 {cell} 的年份“{text}”无法识别', en: 'Cell {cell}: year "{text}" is not recognised' },
  'ingest.finding.region-left-out': {
    zh: '地区“{region}”（单元格 {cell}）不是规划的地区，其数值未导入；如需对标比较，可将其作为对标地区保留。',
    en: 'Region "{region}" (cell {cell}) is not one of the plan\'s regions: its values are left out; keep it as a benchmark to compare with it.',
  },
  'ingest.finding.region-benchmark': {
    zh: '地区“{region}”（单元格 {cell}）不是规划的地区，作为对标地区保留：与本市数值并列展示，不按规划目标评判，也不参与分区排名。',
    en: 'Region "{region}" (cell {cell}) is not one of the plan\'s regions; kept as a benchmark: shown beside the city\'s figures, never judged against the plan\'s targets or ranked with its districts.',
  },
} satisfies MessageTable;
