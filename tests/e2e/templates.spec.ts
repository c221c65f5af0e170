// Data-collection templates end to end: generate the sample project's templates (one file per department), fill the
// 市科协 one as the department would, import it with no mapping, and see the tracker mark it returned and complete.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fillCells, inputCellOf } from '../unit/templates/fill';
import { ImportPage } from './pages/import';
import { TemplatesPage } from './pages/templates';
import { WorkspacePage } from './pages/WorkspacePage';

const WORK = '.tmp/e2e-templates';
const SHOTS = '.tmp/screenshots';
mkdirSync(WORK, { recursive: true });
mkdirSync(SHOTS, { recursive: true });

test('generates templates from the sample project, imports a filled one, and the tracker shows it returned', async ({ page }) => {
  test.setTimeout(180_000);
  const workspace = new WorkspacePage(page);
  const templates = new TemplatesPage(page);
  const wizard = new ImportPage(page);
  await workspace.openSampleOn('数据采集');

  const file = '数据采集表_市科协_2023.xlsx';
  const path = join(WORK, file);
  await test.step('generating: one file per department of the plan’s sources', async () => {
    await expect(templates.cell('市科协', 'sent')).toHaveText('未发送');
    const downloads = await templates.generate({ extraRegions: ['黄埔区'], deadline: '2024-03-31', contact: '规划处 李四 020-87654321' }, 6);
    expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual(
      ['市人社局', '市地方金融监管局', '市市场监管局', '市科协', '市科技局', '市统计局'].map((d) => `数据采集表_${d}_2023.xlsx`).sort(),
    );
    await downloads.find((d) => d.suggestedFilename() === file)!.saveAs(path);
    await expect(templates.cell('市科协', 'sent')).toContainText(file);
    await expect(templates.cell('市科协', 'sent')).toContainText('截止 2024-03-31');
    await expect(templates.cell('市科协', 'returned')).toHaveText('未收回');
    // The sample has the city's 2023 figure but none for 黄埔区, which the template asks for too.
    await expect(templates.cell('市科协', 'missing')).toHaveText('公民具备科学素质比例');
    await page.screenshot({ path: `${SHOTS}/templates-sent.png`, fullPage: true });
  });

  await test.step('the department fills its input cells; the import needs no mapping', async () => {
    const bytes = new Uint8Array(readFileSync(path));
    const city = inputCellOf(bytes, '市科协', 'sci-literacy', '全市', 2023);
    const district = inputCellOf(bytes, '市科协', 'sci-literacy', '黄埔区', 2023);
    const filled = join(WORK, `filled-${file}`);
    writeFileSync(filled, fillCells(bytes, { 市科协: { [city]: 22.4, [district]: 25.1 } }));
    await workspace.openTab('导入');
    await wizard.chooseFiles(filled);
    const name = `filled-${file}`;
    await expect(wizard.summary(name)).toHaveText('2 个数值，1 项指标，2 个地区，2023 年；无提示');
    await expect(wizard.card(name)).toContainText('数据采集表 · 市科协');
    // A template is read from its cell map: no table corrections, only the line that says so (and 不导入此表).
    await expect(wizard.card(name).getByTestId('import-template')).toContainText('已识别为数据采集表（市科协）');
    await expect(wizard.card(name).getByLabel('表格类型')).toHaveCount(0);
    await expect(wizard.previewCell(name, district)).toHaveClass(/pv-value/);
    await page.screenshot({ path: `${SHOTS}/templates-import.png`, fullPage: true });
    await wizard.commit(name);
  });

  await test.step('the tracker shows 市科协 returned and nothing missing', async () => {
    await workspace.openTab('数据采集');
    await expect(templates.cell('市科协', 'returned')).toContainText('导入');
    await expect(templates.cell('市科协', 'returned')).toContainText(`filled-${file}`);
    await expect(templates.cell('市科协', 'missing')).toHaveText('齐全');
    await expect(templates.cell('市统计局', 'returned')).toHaveText('未收回');
    await page.screenshot({ path: `${SHOTS}/templates-returned.png`, fullPage: true });
  });
});
