// Text of the desktop shell (Electron main process): the application menu, dialogs and file errors.
import type { MessageTable } from '../message';

export const desktop = {
  'desktop.menu.file': { zh: '文件', en: 'File' },
  'desktop.menu.closeWindow': { zh: '关闭窗口', en: 'Close Window' },
  'desktop.menu.quit': { zh: '退出', en: 'Quit' },
  'desktop.menu.edit': { zh: '编辑', en: 'Edit' },
  'desktop.menu.undo': { zh: '撤销', en: 'Undo' },
  'desktop.menu.redo': { zh: '重做', en: 'Redo' },
  'desktop.menu.cut': { zh: '剪切', en: 'Cut' },
  'desktop.menu.copy': { zh: '复制', en: 'Copy' },
  'desktop.menu.paste': { zh: '粘贴', en: 'Paste' },
  'desktop.menu.selectAll': { zh: '全选', en: 'Select All' },
  'desktop.menu.view': { zh: '视图', en: 'View' },
  'desktop.menu.reload': { zh: '重新加载', en: 'Reload' },
  'desktop.menu.devTools': { zh: '开发者工具', en: 'Developer Tools' },
  'desktop.menu.resetZoom': { zh: '实际大小', en: 'Actual Size' },
  'desktop.menu.zoomIn': { zh: '放大', en: 'Zoom In' },
  'desktop.menu.zoomOut': { zh: '缩小', en: 'Zoom Out' },
  'desktop.menu.fullScreen': { zh: '全屏', en: 'Full Screen' },
  'desktop.menu.help': { zh: '帮助', en: 'Help' },
  'desktop.menu.about': { zh: '关于规划评估工作台', en: 'About PlanEval' },
  'desktop.about.detail': {
    zh: '版本 {version}。离线规划评估工作台：数据只保存在本机。',
    en: 'Version {version}. Offline plan evaluation workbench: your data stays on this computer.',
  },
  'desktop.dialog.openTitle': { zh: '打开文件', en: 'Open Files' },
  'desktop.dialog.saveTitle': { zh: '保存文件', en: 'Save File' },
  'desktop.dialog.pdfFilter': { zh: 'PDF 文件', en: 'PDF document' },
  'desktop.ipc.refused': { zh: 'IPC 请求被拒绝（{channel}）', en: 'IPC request refused on {channel}' },
  'desktop.ipc.invalid': { zh: 'IPC 请求无效（{channel}）', en: 'Invalid IPC request on {channel}' },
  'desktop.file.tooLarge': {
    zh: '文件过大：“{name}” 为 {megabytes} MB，单个文件不能超过 {limit} MB。',
    en: 'File too large: "{name}" is {megabytes} MB; each file must be at most {limit} MB.',
  },
} satisfies MessageTable;
