import type { MessageTable } from '../message';

// The 报告 tab of the app: drafting, listing, editing, refreshing and exporting reports.
export const reportUi = {
  'reportUi.tab': { zh: '报告', en: 'Report' },
  'reportUi.loading': { zh: '正在读取数据和报告…', en: 'Loading the data and reports…' },
  'reportUi.none': { zh: '还没有报告。在左侧选择报告类型和评估年份,然后点“生成报告”。', en: 'No report yet. Choose the type and year on the left, then “Generate report”.' },

  'reportUi.new.title': { zh: '新建报告', en: 'New report' },
  'reportUi.new.type': { zh: '报告类型', en: 'Report type' },
  'reportUi.new.asOf': { zh: '评估年份', en: 'Evaluation year' },
  'reportUi.new.year': { zh: '截至{year}年', en: 'As of {year}' },
  'reportUi.new.categories': { zh: '纳入的领域', en: 'Areas to include' },
  'reportUi.new.regions': { zh: '包含分区评估', en: 'Include the district evaluation' },
  'reportUi.new.noCategory': { zh: '请至少选择一个领域。', en: 'Choose at least one area.' },
  'reportUi.new.generate': { zh: '生成报告', en: 'Generate report' },
  'reportUi.generated': { zh: '已生成《{title}》。', en: 'Generated “{title}”.' },

  'reportUi.list.title': { zh: '本项目的报告', en: 'Reports of this project' },
  'reportUi.list.empty': { zh: '暂无报告。', en: 'No reports yet.' },
  'reportUi.list.meta': { zh: '截至{year}年 · 修改于 {date}', en: 'As of {year} · changed {date}' },
  'reportUi.list.delete': { zh: '删除《{name}》', en: 'Delete “{name}”' },
  'reportUi.delete.title': { zh: '删除报告?', en: 'Delete the report?' },
  'reportUi.delete.message': {
    zh: '将删除《{title}》及其中所有修改过的文字。删除后可在提示中撤销。',
    en: '“{title}” and every text edited in it will be deleted. You can undo from the notice that follows.',
  },
  'reportUi.delete.done': { zh: '已删除《{title}》。', en: 'Deleted “{title}”.' },

  'reportUi.toolbar': { zh: '报告操作', en: 'Report actions' },
  'reportUi.info': { zh: '{type} · 截至{year}年', en: '{type} · as of {year}' },
  'reportUi.editedCount': { zh: '已编辑 {count} 段', en: '{count} paragraph(s) edited' },
  'reportUi.staleCount': { zh: '{count} 段需核对', en: '{count} to check' },
  'reportUi.refresh': { zh: '刷新数据', en: 'Refresh data' },
  'reportUi.refreshHint': {
    zh: '按当前的指标框架、数据和评估设置重新起草;编辑过的段落保留,数字有变化的会标出。',
    en: 'Redraft from the current framework, data and settings; edited paragraphs are kept and marked when their figures changed.',
  },
  'reportUi.refreshed': { zh: '已按最新数据刷新报告。', en: 'The report was refreshed from the current data.' },
  'reportUi.refreshedStale': {
    zh: '已按最新数据刷新报告;{count} 段编辑过的文字所依据的数据已变化,请核对。',
    en: 'The report was refreshed; the figures behind {count} edited paragraph(s) have changed, please check them.',
  },

  'reportUi.export.as': { zh: '导出 {format}', en: 'Export {format}' },
  'reportUi.export.docx': { zh: 'Word', en: 'Word' },
  'reportUi.export.pdf': { zh: 'PDF', en: 'PDF' },
  'reportUi.export.xlsx': { zh: 'Excel', en: 'Excel' },
  'reportUi.export.html': { zh: '网页', en: 'HTML' },
  'reportUi.export.done': { zh: '已导出 {format} 文件。', en: 'Exported the {format} file.' },
  'reportUi.busy.generate': { zh: '正在起草报告…', en: 'Drafting the report…' },
  'reportUi.busy.refresh': { zh: '正在按最新数据刷新…', en: 'Refreshing from the current data…' },
  'reportUi.busy.export': { zh: '正在导出 {format}(绘制图表并写入文件)…', en: 'Exporting {format} (drawing the charts and writing the file)…' },

  'reportUi.edit.help': {
    zh: '点击任一段落(或选中后按 Enter)即可修改文字;修改随报告保存。',
    en: 'Click any paragraph (or focus it and press Enter) to rewrite it; edits are saved with the report.',
  },
  'reportUi.edit.hint': { zh: '点击或按 Enter 编辑此段', en: 'Click or press Enter to edit this paragraph' },
  'reportUi.edit.label': { zh: '编辑段落', en: 'Edit paragraph' },
  'reportUi.edit.keys': { zh: 'Ctrl+Enter 或点击别处保存,Esc 取消。', en: 'Ctrl+Enter or click elsewhere to save, Esc to cancel.' },
  'reportUi.edit.edited': { zh: '已编辑', en: 'Edited' },
  'reportUi.edit.stale': { zh: '数据已变化,请核对', en: 'The data have changed, please check' },
  'reportUi.edit.showDraft': { zh: '查看原稿', en: 'Show the draft' },
  'reportUi.edit.showNewDraft': { zh: '查看新草稿', en: 'Show the new draft' },
  'reportUi.edit.hideDraft': { zh: '收起草稿', en: 'Hide the draft' },
  'reportUi.edit.useDraft': { zh: '恢复原稿', en: 'Revert to the draft' },
  'reportUi.edit.useNewDraft': { zh: '改用新草稿', en: 'Use the new draft' },
  'reportUi.edit.keep': { zh: '已核对,保留我的文字', en: 'Checked, keep my text' },
  'reportUi.edit.write': { zh: '点击此处撰写', en: 'Click here to write' },
} satisfies MessageTable;
