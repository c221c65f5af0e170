// Messages of data-collection templates: findings when a filled template is imported (shared/templates) and the
// 数据采集 tab (renderer/src/screens/templates).
import type { MessageTable } from '../index';

export const templates = {
  'templates.caption': { zh: '数据采集表 · {department}(编号 {templateId})', en: 'Data-collection template · {department} (id {templateId})' },
  'templates.finding.not-provided': { zh: '{department}未提供:{indicator}({region},{year}年)', en: 'Not provided by {department}: {indicator} ({region}, {year})' },
  'templates.finding.out-of-range': {
    zh: '单元格 {cell} 的数值 {value} 超出填报范围 {range}({indicator},{region},{year}年),未导入',
    en: 'Cell {cell}: {value} is outside the allowed range {range} ({indicator}, {region}, {year}); not imported',
  },
  'templates.finding.not-a-number': { zh: '单元格 {cell} 的内容“{text}”不是数值({indicator},{region},{year}年),未导入', en: 'Cell {cell} ("{text}") is not a number ({indicator}, {region}, {year}); not imported' },
  'templates.finding.edited-outside': {
    zh: '单元格 {cell} 不是填报单元格,但内容被改动(原为“{was}”,现为“{now}”);改动未导入,请与填报部门核实',
    en: 'Cell {cell} is not an input cell but was changed (was "{was}", now "{now}"); the change is not imported, check with the department',
  },
  'templates.finding.other-project': {
    zh: '此采集表来自另一个项目“{project}”,不是当前项目;数值按指标编号读取,请确认后再导入',
    en: 'This template comes from another project, "{project}", not the open one; values are read by indicator id, check before importing',
  },
  'templates.finding.framework-changed': {
    zh: '指标框架已更新:此采集表生成于 {created},之后指标框架有改动。{changes}',
    en: 'The indicator framework has changed since this template was made ({created}). {changes}',
  },
  'templates.finding.framework-unchanged-here': { zh: '本表涉及的指标没有变化。', en: 'The indicators of this template are unchanged.' },
  'templates.change.removed': { zh: '指标“{name}”({id})已不在框架中,其数值未导入。', en: 'Indicator "{name}" ({id}) is no longer in the framework; its values are not imported.' },
  'templates.change.unit': { zh: '指标“{name}”的单位由“{from}”改为“{to}”,其数值未导入。', en: 'The unit of "{name}" changed from "{from}" to "{to}"; its values are not imported.' },
  'templates.change.renamed': { zh: '指标 {id} 的名称由“{from}”改为“{to}”,数值按编号导入。', en: 'Indicator {id} was renamed from "{from}" to "{to}"; values are imported by id.' },
  'templates.change.definition': { zh: '指标“{name}”的口径已修改,数值按编号导入,请核实口径。', en: 'The definition of "{name}" changed; values are imported by id, check the definition.' },
  'templates.finding.region-unknown': { zh: '地区“{region}”已不在规划的地区列表中,单元格 {cell} 的数值未导入', en: 'Region "{region}" is no longer one of the plan\'s regions; cell {cell} is not imported' },
  'templates.finding.sheet-missing': {
    zh: '采集表中找不到{department}的工作表“{sheet}”(可能被改名或删除),该部门的数值未导入',
    en: 'The sheet "{sheet}" of {department} is missing from the template (renamed or deleted?); its values are not imported',
  },
} satisfies MessageTable;
