// A task template through LibreOffice Calc and back: the rewritten file keeps the drop-down lists, the protection
// and the hidden cell map; filled and rewritten again, every filled answer imports and a missing answer stays missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../shared/ingest';
import { guangzhouLedger, guangzhouPlan } from '../../../shared/plans';
import { buildTaskTemplate, readTaskTemplate, TASK_METADATA_SHEET, UNSPECIFIED_DEPARTMENT } from '../../../shared/templates';
import { fillCells, sheetXml, xlsxParts } from './fill';
import { answerCells } from './task-fill';

const SOFFICE_CALC = '/usr/lib/libreoffice/program/libsclo.so';
const HAS_CALC = existsSync('/usr/bin/soffice') && existsSync(SOFFICE_CALC);
const work = mkdtempSync(join(tmpdir(), 'planeval-task-templates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The file as LibreOffice Calc saves it again as .xlsx. */
function throughCalc(bytes: Uint8Array, name: string): Uint8Array {
  const dir = join(work, name);
  mkdirSync(join(dir, 'out'), { recursive: true });
  writeFileSync(join(dir, 'tasks.xlsx'), bytes);
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), join(dir, 'tasks.xlsx')], { encoding: 'utf8', timeout: 180_000 });
  expect(run.status, run.stderr).toBe(0);
  return new Uint8Array(readFileSync(join(dir, 'out', 'tasks.xlsx')));
}

describe.skipIf(!HAS_CALC)('a task template through LibreOffice Calc (skipped: soffice without Calc — install libreoffice-calc-nogui)', () => {
  it('keeps its lists, protection and cell map, and imports every filled answer with the missing ones missing', async () => {
    const ledger = guangzhouLedger();
    const sheet = UNSPECIFIED_DEPARTMENT;
    const file = buildTaskTemplate({ plan: guangzhouPlan(), ledger, projectId: 'project-a', projectName: '中期评估', year: 2023, previous: [], createdAt: '2024-01-15T08:00:00.000Z' });
    const rewritten = throughCalc(file.bytes, 'blank');
    const parts = xlsxParts(rewritten);
    expect(parts['xl/workbook.xml']).toMatch(new RegExp(`<sheet [^>]*name="${TASK_METADATA_SHEET}"[^>]*state="(very)?[hH]idden"`));
    const xml = sheetXml(parts, sheet);
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    // Calc writes the list's quotes as &quot;.
    const lists = [...xml.matchAll(/<dataValidation [^>]*type="list"[^>]*>\s*<formula1>(?:"|&quot;)([^<&"]*)(?:"|&quot;)<\/formula1>/g)].map((m) => m[1]);
    expect(lists).toEqual(['已完成,超序时推进,序时推进,滞后,未启动,不再实施', '立项,开工,建成/挂牌,验收,运行']);

    const answers = {
      't-3-1': { rating: '序时推进', text: '完成年度任务' },
      'p-gz-lab': { rating: '超序时推进', stage: '开工', text: '主体工程封顶' },
      't-4-1-2': { rating: '滞后', text: '进度偏慢', lagReason: '用地未落实', nextSteps: '年内完成供地' },
      't-6-2-1': { rating: '不再实施', dropReason: '并入其他任务' },
      't-9-1-1': { rating: '未启动', lagReason: '资金未到位', nextSteps: '争取专项资金' },
    };
    const filled = throughCalc(fillCells(rewritten, answerCells(rewritten, 2023, { [sheet]: answers })), 'filled');
    const reading = readTaskTemplate(await readWorkbook(filled, 'filled.xlsx'), ledger, { importedAt: '2024-02-01T00:00:00.000Z', projectId: 'project-a' })!;
    expect(reading.findings).toEqual([]);
    const answered = reading.progress.filter((p) => p.rating !== null);
    expect(answered.map((p) => [p.itemId, p.rating, p.stage, p.text, p.lagReason, p.nextSteps, p.dropReason])).toEqual([
      ['t-3-1', 'on-track', null, '完成年度任务', '', '', ''],
      ['t-4-1-2', 'lagging', null, '进度偏慢', '用地未落实', '年内完成供地', ''],
      ['p-gz-lab', 'ahead', 'started', '主体工程封顶', '', '', ''],
      ['t-6-2-1', 'dropped', null, '', '', '', '并入其他任务'],
      ['t-9-1-1', 'not-started', null, '', '资金未到位', '争取专项资金', ''],
    ]);
    expect(reading.notReported).toHaveLength(ledger.items.length - 5);
    expect(reading.progress.filter((p) => p.rating === null).every((p) => p.reportedBy === sheet && p.text === '')).toBe(true);
  }, 400_000);
});
