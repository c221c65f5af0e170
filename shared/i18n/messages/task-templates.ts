// Messages of the task progress templates in the app: generated on the 数据采集 tab, tracked there, and imported
// (without a question) on the 导入 tab.
import type { MessageTable } from '../message';

export const taskTemplates = {
  'taskTemplates.noLedger': { zh: '本项目还没有重点任务台账，无法读取重点任务进展表。', en: 'This project has no task ledger, so a task progress template cannot be read.' },
  'taskTemplates.card.recognised': { zh: '已识别为{year}年重点任务进展表，按表中记录的单元格读取，无需确认映射。', en: 'Recognised as the task progress template of {year}; read from the cells it records, with nothing to map.' },
  'taskTemplates.card.answered': { zh: '{answered}/{total} 项已填报评价', en: '{answered} of {total} items rated' },
  'taskTemplates.card.notReported': { zh: '未报送：{departments}', en: 'Not reported: {departments}' },
  'taskTemplates.card.department': { zh: '{department}（{count} 项）', en: '{department} ({count} items)' },
  'taskTemplates.card.allReported': { zh: '各部门均已填报。', en: 'Every department has answered.' },
  'taskTemplates.card.findings': { zh: '需要注意的单元格（{count} 处，相应填报未导入或已说明）', en: 'Cells to look at ({count}; those answers were not taken, or are explained)' },
  'taskTemplates.card.nothing': { zh: '表中没有可导入的记录。', en: 'The file holds no record to import.' },
  'taskTemplates.stored': {
    zh: '已从“{file}”导入重点任务进展：{rated} 项评价，{missing} 项记为未报送（保留已有记录 {kept} 项，未通过校验 {refused} 项）。',
    en: 'Imported task progress from "{file}": {rated} items rated, {missing} recorded as not reported ({kept} stored records kept, {refused} refused).',
  },
  'taskTemplates.undone': { zh: '已撤销从“{file}”导入的重点任务进展。', en: 'The task progress imported from "{file}" was undone.' },
  'taskTemplates.generate.open': { zh: '生成重点任务进展表…', en: 'Generate task progress templates…' },
  'taskTemplates.generate.title': { zh: '生成重点任务进展表', en: 'Generate task progress templates' },
  'taskTemplates.generate.lead': { zh: '按牵头单位每个部门一张工作表，列出台账中的任务、平台和项目；上一年度的进展只读显示。', en: 'One sheet per lead department listing the ledger’s tasks, platforms and projects; last year’s progress is shown read-only.' },
  'taskTemplates.generate.year': { zh: '填报年度', en: 'Year reported' },
  'taskTemplates.generate.badYear': { zh: '请输入四位数年份。', en: 'Enter a four-digit year.' },
  'taskTemplates.generate.submit': { zh: '生成并保存', en: 'Generate and save' },
  'taskTemplates.saved': { zh: '已保存{year}年重点任务进展表（{count} 个部门）。', en: 'Saved the task progress template of {year} ({count} departments).' },
  'taskTemplates.tracker.title': { zh: '重点任务进展表回收情况', en: 'Task progress templates returned' },
  'taskTemplates.tracker.none': { zh: '尚未生成重点任务进展表。', en: 'No task progress template has been generated yet.' },
  'taskTemplates.tracker.year': { zh: '{year}年', en: '{year}' },
  'taskTemplates.tracker.items': { zh: '{count} 项', en: '{count} items' },
  'taskTemplates.tracker.answered': { zh: '已填报 {answered}/{total} 项', en: '{answered} of {total} rated' },
  'taskTemplates.tracker.notReported': { zh: '{department}未报送', en: '{department}: not reported' },
} satisfies MessageTable;
