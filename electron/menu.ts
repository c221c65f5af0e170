// The application menu, in Chinese (the app's first language): 文件 / 编辑 / 视图 / 帮助.
import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { t } from '../shared/i18n';

const zh = (key: string): string => t(key, 'zh');

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: zh('desktop.menu.about'),
    message: `${zh('common.appName')} PlanEval`,
    detail: t('desktop.about.detail', 'zh', { version: app.getVersion() }),
  });
}

/** Builds the menu; developer tools are offered only in unpackaged (development) builds. */
export function buildApplicationMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    {
      label: zh('desktop.menu.file'),
      submenu: [
        { label: zh('desktop.menu.closeWindow'), role: 'close' },
        { type: 'separator' },
        { label: zh('desktop.menu.quit'), role: 'quit' },
      ],
    },
    {
      label: zh('desktop.menu.edit'),
      submenu: [
        { label: zh('desktop.menu.undo'), role: 'undo' },
        { label: zh('desktop.menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: zh('desktop.menu.cut'), role: 'cut' },
        { label: zh('desktop.menu.copy'), role: 'copy' },
        { label: zh('desktop.menu.paste'), role: 'paste' },
        { label: zh('desktop.menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: zh('desktop.menu.view'),
      submenu: [
        { label: zh('desktop.menu.reload'), role: 'reload' },
        ...(app.isPackaged ? [] : [{ label: zh('desktop.menu.devTools'), role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { label: zh('desktop.menu.resetZoom'), role: 'resetZoom' },
        { label: zh('desktop.menu.zoomIn'), role: 'zoomIn' },
        { label: zh('desktop.menu.zoomOut'), role: 'zoomOut' },
        { type: 'separator' },
        { label: zh('desktop.menu.fullScreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: zh('desktop.menu.help'),
      submenu: [{ label: zh('desktop.menu.about'), click: showAbout }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
