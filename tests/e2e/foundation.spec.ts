// The workbench foundation, end to end: projects from the built-in plan, from a plan spreadsheet and the
// sample; framework edits that survive a reload; the 示例数据 mark; language switching; project management.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { customPlan } from '../../fixtures/generate-plan-sheets';
import { DataPage } from './pages/DataPage';
import { FrameworkPage } from './pages/FrameworkPage';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';

const TWO_BAD_CELLS = 'fixtures/plans/two-bad-cells.xlsx';
const CUSTOM_PLAN = 'fixtures/plans/custom-plan.en.xlsx';
const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

test('a project from the built-in plan keeps an edited target after a reload', async ({ page }) => {
  const start = new StartPage(page);
  const workspace = new WorkspacePage(page);
  const framework = new FrameworkPage(page);
  await start.goto();
  await start.createFromBuiltIn('广州中期评估');
  await workspace.expectOpen('广州中期评估');

  // The built-in plan's 14 indicators, e.g. 技术合同成交额 with its 2025 target "> 3000".
  await expect(page.locator('tr[data-indicator-id]')).toHaveCount(14);
  await expect(framework.targetOf('tech-contracts')).toHaveText('2025年 > 3000');
  await page.screenshot({ path: `${SHOTS}/framework.png`, fullPage: true });

  const editor = await framework.edit('tech-contracts');
  await editor.getByLabel('目标值').fill('3200');
  await page.screenshot({ path: `${SHOTS}/editor.png` });
  const busy = await workspace.recordBusy();
  await framework.save(editor);
  await expect(framework.targetOf('tech-contracts')).toHaveText('2025年 > 3200');
  // The edit is shown at once; the workspace says it is busy until the edit is stored, then that it is not.
  await expect.poll(busy).toEqual(['true', 'false']);

  await workspace.reload();
  await workspace.expectOpen('广州中期评估');
  await expect(framework.targetOf('tech-contracts')).toHaveText('2025年 > 3200');

  await workspace.backToProjects();
  await page.reload();
  await expect(start.row('广州中期评估')).toBeVisible();
});

test('an invalid edit is refused with the message at the field', async ({ page }) => {
  const start = new StartPage(page);
  const framework = new FrameworkPage(page);
  await start.goto();
  await start.createFromBuiltIn('校验');
  const editor = await framework.edit('tech-contracts');
  // The baseline is 2020, so a 2019 target year must be refused.
  await editor.getByLabel('目标年').fill('2019');
  await framework.save(editor);
  const field = editor.locator('[data-field="targetYear"]');
  await expect(field.getByRole('alert')).toContainText('目标年 2019 必须晚于基期年 2020');
  await expect(editor.getByLabel('目标年')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${SHOTS}/editor-error.png` });
  await editor.getByLabel('目标年').press('Escape');
  await expect(editor).toBeHidden();
  await expect(framework.targetOf('tech-contracts')).toHaveText('2025年 > 3000');
});

test('deleting an indicator asks first and can be undone', async ({ page }) => {
  const start = new StartPage(page);
  const framework = new FrameworkPage(page);
  await start.goto();
  await start.createFromBuiltIn('撤销');
  await framework.row('incubators').focus();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog', { name: '删除指标' });
  await expect(confirm).toContainText('国家级科技企业孵化器数');
  await page.keyboard.press('Enter');
  await expect(framework.row('incubators')).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(framework.row('incubators')).toBeVisible();
  await new WorkspacePage(page).reload();
  await expect(framework.row('incubators')).toBeVisible();
});

test('Alt+↓ moves an indicator down within its category and the order is kept', async ({ page }) => {
  const start = new StartPage(page);
  const framework = new FrameworkPage(page);
  await start.goto();
  await start.createFromBuiltIn('排序');
  const order = () => page.locator('tbody[data-category="技术攻关水平"] tr[data-indicator-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-indicator-id')));
  await expect.poll(order).toEqual(['tech-contracts', 'hv-patents', 'incubators']);
  // The row must hold the focus when the key goes down, or the keystroke reaches nothing.
  await framework.row('tech-contracts').focus();
  await expect(framework.row('tech-contracts')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(order).toEqual(['hv-patents', 'tech-contracts', 'incubators']);
  await expect(framework.row('tech-contracts')).toBeFocused();
  await new WorkspacePage(page).reload();
  await expect.poll(order).toEqual(['hv-patents', 'tech-contracts', 'incubators']);
});

test('categories are added, renamed, refused when the name is taken, deleted when empty and restored by undo', async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.createFromBuiltIn('类别');
  const categories = () => page.locator('tbody[data-category]').evaluateAll((bodies) => bodies.map((b) => b.getAttribute('data-category')));

  await page.getByRole('button', { name: '添加类别' }).click();
  await start.answerPrompt('添加类别', '开放合作');
  await expect.poll(categories).toEqual(['创新策源能力', '技术攻关水平', '科技赋能发展', '创新人才资源', '科技创新生态', '开放合作']);

  const group = page.locator('tbody[data-category="开放合作"]');
  await group.getByRole('button', { name: '重命名' }).click();
  const prompt = page.getByRole('dialog', { name: '重命名类别' });
  await prompt.getByRole('textbox').fill('技术攻关水平');
  await prompt.getByRole('textbox').press('Enter');
  await expect(prompt.getByRole('alert')).toHaveText(/已有名为“技术攻关水平”的类别/);
  await prompt.getByRole('textbox').fill('开放创新');
  await prompt.getByRole('textbox').press('Enter');
  await expect(prompt).toBeHidden();

  // A category with indicators cannot be deleted; the empty one can, and Undo brings it back.
  await expect(page.locator('tbody[data-category="技术攻关水平"]').getByRole('button', { name: '删除', exact: true }).first()).toBeDisabled();
  await page.locator('tbody[data-category="开放创新"]').getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('alertdialog', { name: '删除类别' }).getByRole('button', { name: '删除' }).click();
  await expect.poll(categories).not.toContain('开放创新');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(categories).toContain('开放创新');
  await new WorkspacePage(page).reload();
  await expect.poll(categories).toContain('开放创新');
});

test.describe(`importing ${TWO_BAD_CELLS}`, () => {
  test('lists both bad cells with row and column and creates no project', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    await start.importPlanSheet(TWO_BAD_CELLS);
    const dialog = page.getByRole('alertdialog', { name: '规划表有错误，未创建项目' });
    const errors = dialog.getByTestId('error-list').locator('li');
    // The fixture breaks the first indicator's target_year (column H, sheet row 2: 2019, before its 2020
    // baseline) and the third indicator's comparator (column J, sheet row 4: "≈").
    await expect(errors).toHaveCount(2);
    await expect(errors.nth(0)).toContainText('第 2 行 H 列');
    await expect(errors.nth(0)).toContainText('2019');
    await expect(errors.nth(1)).toContainText('第 4 行 J 列');
    await expect(errors.nth(1)).toContainText('≈');
    await page.screenshot({ path: `${SHOTS}/sheet-errors.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('还没有评估项目')).toBeVisible();
    await page.reload();
    await expect(page.getByText('还没有评估项目')).toBeVisible();
  });
});

test.describe(`dropping ${CUSTOM_PLAN}`, () => {
  test('creates a project with the spreadsheet\'s framework', async ({ page }) => {
    const start = new StartPage(page);
    const workspace = new WorkspacePage(page);
    const framework = new FrameworkPage(page);
    const plan = customPlan();
    await start.goto();
    await start.dropPlanSheet(CUSTOM_PLAN);
    await start.answerPrompt('新建评估项目', '自定义规划评估');
    await workspace.expectOpen('自定义规划评估');
    await expect(page.locator('tr[data-indicator-id]')).toHaveCount(plan.indicators.length);
    await expect(page.locator('tbody[data-category]')).toHaveCount(plan.categories.length);
    // forest-cover's target is the range 42–45 in 2025.
    await expect(framework.targetOf('forest-cover')).toHaveText('2025年 42~45');
  });
});

test('the sample project marks its illustrative values and cites the public ones', async ({ page }) => {
  const start = new StartPage(page);
  const workspace = new WorkspacePage(page);
  const data = new DataPage(page);
  await start.goto();
  await start.openSample();
  await workspace.expectOpen('示例：广州科技创新“十四五”规划中期评估');
  await workspace.openTab('数据');
  await expect(data.banner()).toContainText('并非官方统计');

  // 省级以上战略科技创新平台数 has no public figures: every year is illustrative.
  const platforms = data.rowsOf('platforms');
  await expect(platforms).toHaveCount(4);
  for (const row of await platforms.all()) await expect(row).toContainText('示例数据');
  await page.screenshot({ path: `${SHOTS}/data.png` });

  // 技术合同成交额 2020 is the plan text's 2256: cited, so it carries no mark.
  await page.getByLabel('按指标筛选').selectOption({ label: '技术合同成交额' });
  const cited = data.rowsOf('tech-contracts').filter({ hasText: '全市' }).filter({ hasText: '2020' });
  // Four integer digits are written without a separator, as on the dashboard and in the report.
  await expect(cited).toContainText('2256.00 亿元');
  await expect(cited).toContainText('引自：《广州市科技创新“十四五”规划》');
  await expect(cited).not.toContainText('示例数据');

  // Opening the sample again reuses it instead of creating a second one.
  await workspace.backToProjects();
  await start.openSample();
  await workspace.backToProjects();
  await expect(start.projectRows()).toHaveCount(1);
});

test('the interface switches to English and back, and remembers the choice', async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.setLanguage('English');
  await expect(page.getByRole('heading', { name: 'Start a plan evaluation' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open sample project' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/start-en.png`, fullPage: true });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Start a plan evaluation' })).toBeVisible();

  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('dialog', { name: 'New evaluation project' }).getByLabel('Project name').press('Enter');
  await expect(page.getByRole('tab', { name: 'Framework' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Indicator framework (5 categories, 14 indicators)' })).toBeVisible();
  await expect(new FrameworkPage(page).targetOf('incubators')).toHaveText('2025: > 60');
  await page.screenshot({ path: `${SHOTS}/framework-en.png`, fullPage: true });

  await start.setLanguage('中文');
  await expect(page.getByRole('tab', { name: '指标框架' })).toBeVisible();
  await page.getByRole('button', { name: '← 全部项目' }).click();
  await expect(page.getByRole('heading', { name: '开始一项规划评估' })).toBeVisible();
});

test('projects are renamed, duplicated and deleted after confirmation', async ({ page }) => {
  const start = new StartPage(page);
  const workspace = new WorkspacePage(page);
  await start.goto();
  await start.createFromBuiltIn('原项目');
  await workspace.backToProjects();

  await start.rowAction('原项目', '重命名');
  await start.answerPrompt('重命名项目', '改名后');
  await expect(start.row('改名后')).toBeVisible();
  await expect(start.row('原项目')).toHaveCount(0);

  await start.rowAction('改名后', '复制');
  await start.answerPrompt('复制项目', '改名后的副本');
  await expect(start.projectRows()).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/start.png`, fullPage: true });

  // Cancelling the confirmation keeps the project; confirming deletes it.
  await start.rowAction('改名后', '删除');
  const confirm = page.getByRole('alertdialog', { name: '删除项目' });
  await expect(confirm).toContainText('改名后');
  await page.screenshot({ path: `${SHOTS}/confirm-delete.png` });
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(start.row('改名后')).toBeVisible();

  await start.rowAction('改名后', '删除');
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(start.row('改名后')).toHaveCount(0);
  await expect(start.row('改名后的副本')).toBeVisible();
  await page.reload();
  await expect(start.projectRows()).toHaveCount(1);
});
