// Messages of data safety: backups (.planeval), snapshots, restore, storage use (shared/backup, renderer/db, screens/safety).
import type { MessageTable } from '../message';

export const safety = {
  'safety.error.notZip': {
    zh: '“{file}”不是 PlanEval 备份文件：它不是 zip 压缩包，可能已损坏或不完整。',
    en: '“{file}” is not a PlanEval backup: it is not a zip archive (it may be damaged or incomplete).',
  },
  'safety.error.notBackup': {
    zh: '“{file}”不是 PlanEval 备份文件：缺少或无法读取 manifest.json。',
    en: '“{file}” is not a PlanEval backup: manifest.json is missing or unreadable.',
  },
  'safety.error.newerFormat': {
    zh: '“{file}”由较新版本的 PlanEval 创建（备份格式 {version}），本程序只能读取格式 {supported} 及更早版本。请先升级 PlanEval。',
    en: '“{file}” was made by a newer PlanEval (backup format {version}); this app reads format {supported} and older. Please update PlanEval first.',
  },
  'safety.error.checksum': {
    zh: '“{file}”已损坏：条目 {entry} 的校验和不符，未恢复任何数据。',
    en: '“{file}” is damaged: the checksum of entry {entry} does not match; nothing was restored.',
  },
  'safety.error.missingEntry': {
    zh: '“{file}”不完整：缺少条目 {entry}，未恢复任何数据。',
    en: '“{file}” is incomplete: entry {entry} is missing; nothing was restored.',
  },
  'safety.error.tooLarge': {
    zh: '“{file}”解压后将达到 {size} MB，超过上限 {limit} MB，已拒绝读取。',
    en: '“{file}” would expand to {size} MB, more than the limit of {limit} MB; it was refused.',
  },
  'safety.error.malformed': {
    zh: '“{file}”的内容无法识别（{detail}），未恢复任何数据。',
    en: 'The content of “{file}” is not as expected ({detail}); nothing was restored.',
  },
  'safety.error.replaceNeedsFullBackup': {
    zh: '这是单个项目的副本，不能用“替换”方式恢复（会删除其他项目）。请使用“合并”或“导入项目副本”。',
    en: 'This is a copy of a single project and cannot be restored with “replace” (it would delete the other projects). Use “merge” or “import project copy”.',
  },
  'safety.error.noSnapshot': { zh: '快照 {id} 已不存在。', en: 'Snapshot {id} no longer exists.' },
  'safety.restore.copyName': { zh: '{name}（恢复）', en: '{name} (restored)' },

  'safety.reason.delete-project': { zh: '删除项目“{detail}”之前', en: 'Before deleting project “{detail}”' },
  'safety.reason.undo-import': { zh: '撤销导入“{detail}”之前', en: 'Before undoing the import of “{detail}”' },
  'safety.reason.restore-backup': { zh: '从备份“{detail}”恢复之前', en: 'Before restoring from backup “{detail}”' },
  'safety.reason.restore-snapshot': { zh: '恢复快照之前', en: 'Before restoring a snapshot' },

  'safety.open': { zh: '数据与备份', en: 'Data & backups' },
  'safety.title': { zh: '数据安全', en: 'Data safety' },
  'safety.back': { zh: '返回项目列表', en: 'Back to projects' },
  'safety.lead': {
    zh: '所有项目和导入的原始文件都保存在本机。定期备份到其他磁盘，可在换电脑或误操作后恢复。',
    en: 'All projects and the original imported files are stored on this computer. Back them up to another disk regularly to recover after a mistake or when moving to a new computer.',
  },
  'safety.backup.title': { zh: '备份', en: 'Backup' },
  'safety.backup.text': {
    zh: '把全部项目、数据、导入记录、报告、设置和原始文件保存为一个 .planeval 文件。',
    en: 'Saves every project, value, import record, report, setting and original file into one .planeval file.',
  },
  'safety.backup.all': { zh: '备份全部数据', en: 'Back up all data' },
  'safety.backup.saved': { zh: '已保存备份“{file}”。', en: 'Saved the backup “{file}”.' },
  'safety.filter': { zh: 'PlanEval 备份', en: 'PlanEval backup' },
  'safety.backup.fileName': { zh: 'PlanEval-备份', en: 'PlanEval-backup' },

  'safety.restore.title': { zh: '从备份恢复', en: 'Restore from a backup' },
  'safety.restore.choose': { zh: '选择备份文件…', en: 'Choose a backup file…' },
  'safety.restore.dialogTitle': { zh: '选择 PlanEval 备份文件', en: 'Choose a PlanEval backup file' },
  'safety.restore.contains': {
    zh: '“{file}”创建于 {createdAt}（PlanEval {appVersion}），包含 {projects} 个项目、{observations} 个数值、{batches} 次导入、{reports} 份报告和 {files} 个原始文件。',
    en: '“{file}” was made on {createdAt} (PlanEval {appVersion}) and holds {projects} projects, {observations} values, {batches} imports, {reports} reports and {files} original files.',
  },
  'safety.restore.projects': { zh: '项目：{names}', en: 'Projects: {names}' },
  'safety.restore.merge': { zh: '合并（保留现有数据，同名项目另存为“（恢复）”）', en: 'Merge (keep current data; a project that exists already is added as “(恢复)”)' },
  'safety.restore.replace': { zh: '替换（删除当前全部数据，换成备份中的数据）', en: 'Replace (delete all current data and load the backup)' },
  'safety.restore.mode': { zh: '恢复方式', en: 'How to restore' },
  'safety.restore.run': { zh: '恢复', en: 'Restore' },
  'safety.restore.confirmTitle': { zh: '确认恢复', en: 'Confirm restore' },
  'safety.restore.confirmReplace': {
    zh: '当前全部数据将被备份中的数据替换。替换前会自动保存一个快照，可在下方恢复。继续吗？',
    en: 'All current data will be replaced by the backup. A snapshot is taken first and can be restored below. Continue?',
  },
  'safety.restore.confirmMerge': { zh: '备份中的项目将加入当前数据。继续吗？', en: 'The backup’s projects will be added to the current data. Continue?' },
  'safety.restore.done': { zh: '已恢复 {projects} 个项目。', en: 'Restored {projects} projects.' },

  'safety.snapshots.title': { zh: '自动快照', en: 'Automatic snapshots' },
  'safety.snapshots.text': {
    zh: '删除项目、撤销导入或替换恢复之前会自动保存快照，保留最近 {count} 个（不含原始文件，原始文件不会被删除）。',
    en: 'A snapshot is taken automatically before deleting a project, undoing an import or a replacing restore; the last {count} are kept (without the original files, which are never deleted).',
  },
  'safety.snapshots.none': { zh: '还没有快照。', en: 'No snapshots yet.' },
  'safety.snapshots.colTime': { zh: '时间', en: 'Time' },
  'safety.snapshots.colReason': { zh: '原因', en: 'Reason' },
  'safety.snapshots.colSize': { zh: '大小', en: 'Size' },
  'safety.snapshots.restore': { zh: '恢复', en: 'Restore' },
  'safety.snapshots.confirm': {
    zh: '将用 {time} 的快照替换当前全部数据。替换前会先为当前数据保存一个快照。继续吗？',
    en: 'All current data will be replaced by the snapshot of {time}. The current data is saved as a snapshot first. Continue?',
  },
  'safety.snapshots.restored': { zh: '已恢复 {time} 的快照。', en: 'Restored the snapshot of {time}.' },

  'safety.original.open': { zh: '打开原始文件', en: 'Open the original' },
  'safety.original.openTitle': { zh: '保存导入时的原始文件“{file}”', en: 'Save the original imported file “{file}”' },
  'safety.original.missing': { zh: '没有保存“{file}”的原始文件（该文件在保存原始文件之前导入）。', en: 'The original of “{file}” was not kept (it was imported before originals were kept).' },
  'safety.original.showCell': { zh: '在原始文件中查看', en: 'Show in the original' },
  'safety.original.hideCell': { zh: '收起', en: 'Hide' },
  'safety.original.reading': { zh: '正在读取原始文件…', en: 'Reading the original file…' },
  'safety.original.cellTitle': { zh: '“{file}”工作表“{sheet}”单元格 {cell} 及其周围', en: 'Cell {cell} of sheet “{sheet}” in “{file}” and its neighbourhood' },
  'safety.original.noSheet': { zh: '原始文件中没有工作表“{sheet}”。', en: 'The original file has no sheet “{sheet}”.' },
  'safety.original.unreadable': { zh: '无法读取原始文件：{message}', en: 'The original file could not be read: {message}' },
  'safety.storage.title': { zh: '存储空间', en: 'Storage' },
  'safety.storage.usage': { zh: '已使用 {used}，可用 {available}。', en: '{used} used, {available} available.' },
  'safety.storage.unknown': { zh: '无法获取存储用量。', en: 'The storage use is not available.' },
  'safety.storage.where': {
    zh: '数据保存在本机 PlanEval 的用户数据文件夹（IndexedDB）中。',
    en: 'Data is kept in PlanEval’s user-data folder on this computer (IndexedDB).',
  },

  'safety.copy.export': { zh: '导出项目副本', en: 'Export project copy' },
  'safety.copy.import': { zh: '导入项目副本…', en: 'Import project copy…' },
  'safety.copy.exported': { zh: '已导出“{name}”的副本。', en: 'Exported a copy of “{name}”.' },
  'safety.copy.imported': { zh: '已导入项目“{name}”。', en: 'Imported the project “{name}”.' },
} satisfies MessageTable;
