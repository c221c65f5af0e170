// A statistics file with an opening password of its own: the wizard asks for it, says so when it is wrong, and
// reads the file once it is right.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import officeCrypto from 'officecrypto-tool';
import { GONGBAO } from '../../fixtures/generate-statistics';
import { ImportPage } from './pages/import';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';

const LOCKED = '加密的公报.xlsx';
const PASSWORD = 'tongji-2024';

test('a password-protected workbook opens after a wrong and then the right password', async ({ page }, testInfo) => {
  // Each try derives the key the slow way (100,000 rounds of SHA-512 in the page): more than the default time on a busy machine.
  test.setTimeout(180_000);
  const path = testInfo.outputPath(LOCKED);
  writeFileSync(path, await officeCrypto.encrypt(readFileSync(`fixtures/statistics/${GONGBAO.file}`), { password: PASSWORD }));
  const start = new StartPage(page);
  const wizard = new ImportPage(page);
  await start.goto();
  await start.createFromBuiltIn('密码文件');
  await new WorkspacePage(page).openTab('导入');

  await wizard.chooseFiles(path);
  const dialog = page.getByRole('dialog', { name: '输入文件密码' });
  await expect(dialog).toContainText(`文件“${LOCKED}”设置了打开密码。`);
  const open = dialog.getByRole('button', { name: '打开' });
  const field = dialog.getByLabel('密码');
  // Nothing typed, nothing to try.
  await expect(open).toBeDisabled();
  await field.fill('not-the-password');
  await open.click();
  await expect(dialog.getByRole('alert')).toHaveText('密码不正确，请重新输入。');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(open).toBeDisabled();

  await field.fill(PASSWORD);
  await field.press('Enter');
  await expect(dialog).toBeHidden();
  // The same table as the unprotected 公报: two names map by alias, 2 indicators × 3 years.
  await expect(wizard.summary(LOCKED)).toHaveText('6 个数值，2 项指标，1 个地区，2021–2023 年；无提示');
  await expect(wizard.card(LOCKED)).toContainText('文件已加密，已解密打开。');
});
