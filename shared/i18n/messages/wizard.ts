// Messages of the import wizard's clarity aids (renderer/src/screens/import): the summary line and the hints list that
// count the same hints, each hint in one language with the other on demand, and the list of what went to which indicator.
import type { MessageTable } from '../message';

export const wizard = {
  'wizard.summary': { zh: '{values}，{indicators}，{regions}，{years}；{hints}', en: '{values}, {indicators}, {regions}, {years}; {hints}' },
  // Counts: "<kind>.one" for exactly one, so that English says "1 value" and "2 values".
  'wizard.count.values': { zh: '{count} 个数值', en: '{count} values' },
  'wizard.count.values.one': { zh: '1 个数值', en: '1 value' },
  'wizard.count.indicators': { zh: '{count} 项指标', en: '{count} indicators' },
  'wizard.count.indicators.one': { zh: '1 项指标', en: '1 indicator' },
  'wizard.count.regions': { zh: '{count} 个地区', en: '{count} regions' },
  'wizard.count.regions.one': { zh: '1 个地区', en: '1 region' },
  'wizard.count.hints': { zh: '{count} 条提示', en: '{count} notes' },
  'wizard.count.hints.one': { zh: '1 条提示', en: '1 note' },
  'wizard.hints.none': { zh: '无提示', en: 'no notes' },
  // The toggle shows the name of the language it adds, in that language; its accessible name contains that name.
  'wizard.hints.other': { zh: 'English', en: '中文' },
  'wizard.hints.otherLabel': { zh: '同时显示英文（English）', en: 'Also show in Chinese (中文)' },

  'wizard.legend.flagged': { zh: '数值带注释标记', en: 'value with a footnote mark' },
  'wizard.legend.selected': { zh: '所选的对应项', en: 'the selected mapping' },

  'wizard.mapping.title': { zh: '对应关系', en: 'What went where' },
  'wizard.mapping.lead': {
    zh: '每个来源行或列对应的指标。选择一项，即在预览中突出显示该行或列。',
    en: 'The indicator each source row or column went to. Select one to highlight its row or column in the preview.',
  },
  'wizard.mapping.skipped': { zh: '此表不导入。', en: 'This table is left out.' },
  'wizard.mapping.empty': { zh: '此表没有可对应的行或列。', en: 'This table has no rows or columns to map.' },
  'wizard.mapping.wholeTable': { zh: '整张表', en: 'whole table' },
  'wizard.mapping.unnamed': { zh: '（未注明指标）', en: '(no indicator named)' },
  'wizard.mapping.outsidePreview': { zh: '（在预览范围外）', en: '(outside the preview)' },
  'wizard.mapping.goesTo': { zh: '导入为', en: 'goes to' },
  'wizard.mapping.reason.name': { zh: '未导入：名称未对应到指标', en: 'not imported: the name matches no indicator' },
  'wizard.mapping.reason.values': { zh: '未导入：没有读到数值', en: 'not imported: no value was read' },
} satisfies MessageTable;
