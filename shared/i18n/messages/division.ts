// 分工方案 import (shared/division/): the problems a responsibility table can have, the 重点任务 screen's import
// preview, and `planeval tasks import`.
import type { MessageTable } from '../message';

export const division = {
  'division.problem.at': { zh: '“{sheet}”工作表 {cell}：', en: 'Sheet "{sheet}", {cell}: ' },
  'division.problem.noTable': {
    zh: '未找到分工方案表格（工作表：{sheets}）。表头须有“章节”或“任务”列，并有“牵头单位”“配合单位”或“时间节点”列',
    en: 'No responsibility table found (sheets: {sheets}). The header needs a section or task column, and a lead unit, partner units or milestones column',
  },
  'division.problem.unknownSection': { zh: '台账中没有章节“{value}”', en: 'The ledger has no section "{value}"' },
  'division.problem.unmatched': { zh: '台账中没有名为“{value}”的条目', en: 'The ledger has no item titled "{value}"' },
  'division.problem.noItem': { zh: '此行未写明章节或任务名称', en: 'The row names neither a section nor a task' },
  'division.problem.ambiguous': {
    zh: '“{value}”对应{count}个条目（{items}），无法确定是哪一个；请写明章节和名称',
    en: '"{value}" could mean {count} items ({items}); give both the section and the title',
  },
  'division.problem.duplicate': { zh: '条目“{id}”在多行出现（{rows}），各行均未导入', en: 'Item "{id}" appears in several rows ({rows}); none of them is imported' },
  'division.problem.leadIsPartner': { zh: '“{value}”已是牵头单位，不能同时列为配合单位', en: '"{value}" is the lead unit and cannot also be a partner' },
  'division.problem.jointLead': { zh: '牵头单位有多个，按联合牵头“{value}”导入', en: 'Several lead units: imported as the joint lead "{value}"' },
  'division.problem.deadline.noYear': { zh: '时间节点“{value}”中没有年份，作为备注保留', en: 'The milestone "{value}" names no year; kept as a note' },
  'division.problem.deadline.severalYears': { zh: '时间节点“{value}”含多个年份，作为备注保留', en: 'The milestone "{value}" names several years; kept as a note' },
  'division.problem.deadline.noStage': {
    zh: '时间节点“{value}”中没有可识别的阶段（立项、开工、建成/挂牌、验收、运行），作为备注保留',
    en: 'The milestone "{value}" names no stage this reader knows (approved, started, built, accepted, operating); kept as a note',
  },

  'division.role.ref': { zh: '章节', en: 'Section' },
  'division.role.title': { zh: '任务名称', en: 'Task' },
  'division.role.lead': { zh: '牵头单位', en: 'Lead unit' },
  'division.role.partners': { zh: '配合单位', en: 'Partner units' },
  'division.role.deadline': { zh: '时间节点', en: 'Milestones' },
  'division.role.none': { zh: '（不读取）', en: '(not read)' },

  'division.ui.open': { zh: '导入分工方案', en: 'Import responsibilities' },
  'division.ui.dialogTitle': { zh: '选择分工方案表格', en: 'Choose a responsibility table' },
  'division.ui.reading': { zh: '正在读取“{file}”…', en: 'Reading "{file}"…' },
  'division.ui.title': { zh: '导入分工方案：{file}', en: 'Import responsibilities: {file}' },
  'division.ui.mapping': { zh: '“{sheet}”工作表第{row}行为表头，各列含义：', en: 'Sheet "{sheet}", header in row {row}; the columns hold:' },
  'division.ui.remembered': { zh: '（沿用上次为同样表头保存的对应关系）', en: '(the mapping saved last time for this header)' },
  'division.ui.summary': {
    zh: '共{rows}行：{changes}行将更新条目，{refused}行有错误不导入，{unchanged}行与台账一致。',
    en: '{rows} rows: {changes} update their item, {refused} have errors and are left out, {unchanged} match the ledger already.',
  },
  'division.ui.col.row': { zh: '行', en: 'Row' },
  'division.ui.col.written': { zh: '表中写法', en: 'As written' },
  'division.ui.col.item': { zh: '台账条目', en: 'Ledger item' },
  'division.ui.col.lead': { zh: '牵头单位', en: 'Lead unit' },
  'division.ui.col.partners': { zh: '配合单位', en: 'Partner units' },
  'division.ui.col.milestones': { zh: '时间节点', en: 'Milestones' },
  'division.ui.col.problems': { zh: '问题', en: 'Problems' },
  'division.ui.none': { zh: '—', en: '—' },
  'division.ui.unchanged': { zh: '不变', en: 'unchanged' },
  'division.ui.item': { zh: '{section} {title}（{id}）', en: '{section} {title} ({id})' },
  'division.ui.milestone': { zh: '{year}年{stage}', en: '{stage} {year}' },
  'division.ui.milestoneSeparator': { zh: '；', en: '; ' },
  'division.ui.noteMark': { zh: '备注：{note}', en: 'note: {note}' },
  'division.ui.confirmPartial': {
    zh: '仅导入无误的{changes}行，有错误的{refused}行不导入（见上表）',
    en: 'Import only the {changes} rows without errors, leaving out the {refused} with errors (listed above)',
  },
  'division.ui.nothing': { zh: '没有可导入的更改。', en: 'Nothing to import.' },
  'division.ui.apply': { zh: '导入{count}项更改', en: 'Import {count} changes' },
  'division.ui.cancel': { zh: '取消', en: 'Cancel' },
  'division.ui.applied': { zh: '已按分工方案“{file}”更新{count}个条目。', en: 'Updated {count} items from the responsibility table "{file}".' },
  'division.ui.undone': { zh: '已撤销分工方案“{file}”的导入。', en: 'The import of "{file}" was undone.' },

  'division.error.refused': {
    zh: '分工方案有{refused}行错误，未导入；确认仅导入无误的行后方可导入',
    en: 'The responsibility table has {refused} rows with errors and was not imported; confirm importing only the rows without errors',
  },
  'division.error.nothing': { zh: '分工方案中没有可导入的更改', en: 'The responsibility table changes nothing' },
  'division.error.stale': {
    zh: '条目“{id}”在预览后已被修改，未导入；请重新导入分工方案',
    en: 'Item "{id}" changed after the preview; nothing was imported; import the table again',
  },
  'division.error.noLedger': { zh: '本项目没有重点任务台账', en: 'This project has no ledger' },

  'division.cli.help': {
    zh: 'import：按规划台账读取分工方案（--plan 指定规划），列出每行对应的条目及牵头单位、配合单位、时间节点的变化（原值 → 新值）和各项问题（工作表和单元格）；命令行不保存项目，--json 时另输出映射后的台账。有错误行时退出码为 1。',
    en: 'import: reads a responsibility table against the ledger of the plan given by --plan and lists each row\'s item with its lead, partners and milestones before → after, and every problem by sheet and cell; the command line keeps no project, and --json also prints the ledger as mapped. Exits 1 when a row has an error.',
  },
  'division.cli.title': {
    zh: '分工方案“{file}”对照《{plan}》台账：{rows}行，{changes}行将更新条目，{refused}行有错误',
    en: 'Responsibility table "{file}" against the ledger of 《{plan}》: {rows} rows, {changes} update their item, {refused} with errors',
  },
  'division.cli.problems': { zh: '问题：', en: 'Problems:' },
  'division.cli.noProblems': { zh: '没有问题。', en: 'No problems.' },
  'division.cli.change': { zh: '{cell} → {id}“{title}”', en: '{cell} → {id} "{title}"' },
  'division.cli.field': { zh: '{field}：{before} → {after}', en: '{field}: {before} → {after}' },
} satisfies MessageTable;
