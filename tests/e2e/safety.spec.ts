// Data safety, end to end: a backup of everything is saved and merged back; the snapshot taken before a project
// is deleted brings it back; a snapshot can be deleted.
import { expect, test, type Page } from '@playwright/test';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';

const PROJECT = '备份项目';

async function openSafety(page: Page): Promise<void> {
  await page.getByRole('button', { name: '数据与备份' }).click();
  await expect(page.getByRole('heading', { name: '数据安全', level: 1 })).toBeVisible();
}

async function backToProjects(page: Page): Promise<void> {
  await page.getByRole('button', { name: '返回项目列表' }).click();
  await expect(page.getByRole('heading', { name: '开始一项规划评估' })).toBeVisible();
}

test('a deleted project comes back from its snapshot and from a backup, and snapshots can be deleted', async ({ page }, testInfo) => {
  const start = new StartPage(page);
  const toasts = page.getByRole('status');
  await start.goto();
  await start.createFromBuiltIn(PROJECT);
  await new WorkspacePage(page).backToProjects();

  await openSafety(page);
  const snapshots = page.getByTestId('snapshot-list').locator('tbody tr');
  await expect(page.getByText('还没有快照。')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份全部数据' }).click();
  const backupPath = testInfo.outputPath('backup.planeval');
  await (await download).saveAs(backupPath);
  await expect(toasts).toContainText('已保存备份“PlanEval-备份-');

  // Deleting the project takes a snapshot of everything before it.
  await backToProjects(page);
  await start.rowAction(PROJECT, '删除');
  await page.getByRole('alertdialog', { name: '删除项目' }).getByRole('button', { name: '删除' }).click();
  await expect(start.row(PROJECT)).toHaveCount(0);

  await openSafety(page);
  await expect(snapshots).toHaveCount(1);
  await expect(snapshots.first()).toContainText(`删除项目“${PROJECT}”之前`);
  await snapshots.first().getByRole('button', { name: '恢复' }).click();
  // Restoring replaces everything, so the confirmation's button is the red one.
  const confirm = page.getByRole('alertdialog', { name: '确认恢复' });
  await expect(confirm.getByRole('button', { name: '恢复' })).toHaveClass(/button-danger/);
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(toasts).toContainText('已恢复');
  // The restore saved the data it replaced as a snapshot of its own; deleting that one leaves the first.
  await expect(snapshots).toHaveCount(2);
  const beforeRestore = snapshots.filter({ hasText: '恢复快照之前' });
  await beforeRestore.getByRole('button', { name: '删除' }).click();
  await expect(snapshots).toHaveCount(1);
  await expect(snapshots.first()).toContainText(`删除项目“${PROJECT}”之前`);

  // Merging the backup adds its project beside the restored one, under a new name.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件…' }).click();
  await (await chooser).setFiles(backupPath);
  const choice = page.getByTestId('restore-choice');
  await expect(choice).toContainText('包含 1 个项目');
  await expect(choice.getByRole('radio', { name: /合并/ })).toBeChecked();
  await choice.getByRole('button', { name: '恢复' }).click();
  await expect(confirm).toContainText('备份中的项目将加入当前数据');
  await expect(confirm.getByRole('button', { name: '恢复' })).toHaveClass(/button-primary/);
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(toasts).toContainText('已恢复 1 个项目。');
  await expect(choice).toHaveCount(0);

  await backToProjects(page);
  await expect(start.row(PROJECT)).toBeVisible();
  await expect(start.row(`${PROJECT}（恢复）`)).toBeVisible();
});
