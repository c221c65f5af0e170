// Task progress templates for the departments (shared/templates), the report's chapter 重点任务推进情况 with its
// table of platforms and projects and the evidence annex (shared/report), and the command line's --tasks.
import type { MessageTable } from '../message';

export const tasksReport = {
  'tasksReport.notReportedBy': { zh: '{department}未报送', en: 'not reported by {department}' },

  'tasksReport.template.fileTitle': { zh: '《{plan}》重点任务{year}年进展填报表', en: 'Progress of the key tasks of 《{plan}》 in {year}' },
  'tasksReport.template.fileName': { zh: '重点任务进展填报表_{year}.xlsx', en: 'task-progress_{year}.xlsx' },
  'tasksReport.template.sheetTitle': { zh: '《{plan}》重点任务{year}年进展填报表（{department}）', en: 'Progress of the key tasks of 《{plan}》 in {year} ({department})' },
  'tasksReport.template.sheetLead': {
    zh: '请在黄色单元格填写{year}年进展：评价和所处阶段从下拉列表选择，评为滞后或未启动须填写滞后原因和下一步措施，评为不再实施须说明原因。{deadline}',
    en: 'Fill in the yellow cells for {year}: choose the rating and the stage from the lists; behind schedule or not started needs the reason and the next steps, no longer carried out its reason. {deadline}',
  },
  'tasksReport.template.year': { zh: '填报年份：{year}年', en: 'Year: {year}' },
  'tasksReport.template.column.id': { zh: '编号', en: 'Id' },
  'tasksReport.template.column.section': { zh: '规划章节', en: 'Plan section' },
  'tasksReport.template.column.title': { zh: '任务名称', en: 'Item' },
  'tasksReport.template.column.kind': { zh: '类别', en: 'Kind' },
  'tasksReport.template.column.verb': { zh: '完成标准', en: 'Verb' },
  'tasksReport.template.column.rubric': { zh: '评价口径', en: 'Rubric' },
  'tasksReport.template.column.previous.rating': { zh: '{year}年评价', en: 'Rating {year}' },
  'tasksReport.template.column.previous.stage': { zh: '{year}年所处阶段', en: 'Stage {year}' },
  'tasksReport.template.column.previous.text': { zh: '{year}年进展情况', en: 'Progress {year}' },
  'tasksReport.template.column.rating': { zh: '{year}年评价', en: 'Rating {year}' },
  'tasksReport.template.column.stage': { zh: '{year}年所处阶段', en: 'Stage {year}' },
  'tasksReport.template.column.text': { zh: '{year}年进展情况', en: 'Progress {year}' },
  'tasksReport.template.column.lagReason': { zh: '滞后原因', en: 'Reason for the delay' },
  'tasksReport.template.column.nextSteps': { zh: '下一步措施', en: 'Next steps' },
  'tasksReport.template.column.dropReason': { zh: '不再实施原因', en: 'Why no longer carried out' },
  'tasksReport.template.step1': { zh: '1. 在工作表{sheets}的黄色单元格填写{year}年进展，灰色列为上年情况，仅供参考。', en: '1. Fill in the yellow cells of the sheets {sheets} for {year}; the grey columns show last year, for reference.' },
  'tasksReport.template.step2': { zh: '2. 评价从下拉列表中选择（已完成、超序时推进、序时推进、滞后、未启动、不再实施），评价口径见“评价口径”列。', en: '2. Choose the rating from the list; the rubric column says how.' },
  'tasksReport.template.step3': { zh: '3. 评为滞后或未启动的，须填写滞后原因和下一步措施；评为不再实施的，须说明原因。', en: '3. Behind schedule or not started needs the reason and the next steps; no longer carried out needs its reason.' },
  'tasksReport.template.step4': { zh: '4. 平台和项目请选择年末所处阶段；以“建成”为完成标志的条目，达到“建成/挂牌”阶段并提交佐证材料方可评为已完成。', en: '4. For platforms and projects choose the stage reached by the end of the year; an item whose verb is build is completed only at the stage built or inaugurated, with evidence.' },
  'tasksReport.template.step5': { zh: '5. 佐证材料（文件、图片）请另行报送评估单位，文件名注明条目编号。', en: '5. Send evidence files to the evaluating unit separately, named with the item id.' },
  'tasksReport.template.step6': { zh: '6. 不要修改其他单元格，不要增删行、列或工作表；未填写评价的条目记为未报送。', en: '6. Do not change other cells or add or delete rows, columns or sheets; an item left without a rating counts as not reported.' },
  'tasksReport.template.summary': {
    zh: '填写黄色单元格中{year}年的评价、阶段和进展；评为滞后或未启动须写明原因和措施。',
    en: 'Fill in the yellow cells with the rating, stage and progress of {year}; behind schedule or not started needs the reason and the next steps. Items left without a rating count as not reported.',
  },
  'tasksReport.template.promptTitle': { zh: '选择', en: 'Choose' },
  'tasksReport.template.errorTitle': { zh: '不在列表中', en: 'Not on the list' },
  'tasksReport.template.prompt.rating': { zh: '从列表中选择评价；未填写的记为未报送。', en: 'Choose the rating from the list; left empty, the item counts as not reported.' },
  'tasksReport.template.prompt.stage': { zh: '从列表中选择年末所处阶段。', en: 'Choose the stage reached by the end of the year.' },
  'tasksReport.template.error.rating': { zh: '请从列表中选择评价。', en: 'Choose a rating from the list.' },
  'tasksReport.template.error.stage': { zh: '请从列表中选择阶段。', en: 'Choose a stage from the list.' },
  'tasksReport.template.error.unknownItems': { zh: '台账中没有这些条目：{ids}', en: 'The ledger has no items {ids}' },
  'tasksReport.template.error.noItems': { zh: '没有要填报的条目', en: 'No items to ask about' },
  'tasksReport.template.finding.invalid': {
    zh: '工作表“{sheet}”单元格 {cell}（条目 {item}）：{reason}；该条目的填报未导入',
    en: 'Sheet "{sheet}", cell {cell} (item {item}): {reason}; the item\'s answer is not imported',
  },
  'tasksReport.template.finding.ratingUnknown': {
    zh: '工作表“{sheet}”单元格 {cell}（条目 {item}）：评价“{value}”不在评价等级之列；该条目的填报未导入',
    en: 'Sheet "{sheet}", cell {cell} (item {item}): the rating "{value}" is not on the scale; the item\'s answer is not imported',
  },
  'tasksReport.template.finding.stageUnknown': {
    zh: '工作表“{sheet}”单元格 {cell}（条目 {item}）：阶段“{value}”不在阶段之列；该条目的填报未导入',
    en: 'Sheet "{sheet}", cell {cell} (item {item}): the stage "{value}" is not one of the stages; the item\'s answer is not imported',
  },
  'tasksReport.template.finding.ratingMissing': {
    zh: '工作表“{sheet}”单元格 {cell}（条目 {item}）：填写了进展但未选择评价，按{department}未报送处理',
    en: 'Sheet "{sheet}", cell {cell} (item {item}): progress is given without a rating; counted as not reported by {department}',
  },
  'tasksReport.template.finding.itemUnknown': {
    zh: '工作表“{sheet}”单元格 {cell}：条目 {item} 已不在台账中，其填报未导入',
    en: 'Sheet "{sheet}", cell {cell}: item {item} is no longer in the ledger; its answer is not imported',
  },
  'tasksReport.template.finding.otherProject': {
    zh: '此填报表来自另一个项目“{project}”，不是当前项目；进展按条目编号读取，请确认后再导入',
    en: 'This template comes from another project, "{project}", not the open one; progress is read by item id, check before importing',
  },
  'tasksReport.template.finding.sheetMissing': {
    zh: '填报表中找不到{department}的工作表“{sheet}”（可能被改名或删除），该部门的进展未导入',
    en: 'The sheet "{sheet}" of {department} is missing (renamed or deleted?); its progress is not imported',
  },
  'tasksReport.template.finding.ledgerChanged': {
    zh: '此填报表按{created}的台账生成，台账此后有变化；进展按条目编号读取',
    en: 'This template was made from the ledger of {created}, which has changed since; progress is read by item id',
  },
} satisfies MessageTable;
