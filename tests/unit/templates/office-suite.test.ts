// A template rewritten by other spreadsheet software keeps what the import needs: the data validation, the sheet
// protection and the hidden cell map; after filling the rewritten file, the import still recognises it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { buildTemplates, frameworkVersion } from '../../../shared/templates';
import { fillCells, inputCellOf, sheetXml, xlsxParts } from './fill';
import { importFile } from '../../../shared/import';

const plan = guangzhouPlan();
const work = mkdtempSync(join(tmpdir(), 'planeval-templates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const [file] = buildTemplates({
  plan,
  projectId: 'project-a',
  projectName: '中期评估',
  indicators: ['rd-intensity', 'rd-researchers'],
  years: [2023],
  regions: ['全市'],
  grouping: 'per-file',
  previousValues: [],
  frameworkVersion: frameworkVersion(plan),
  createdAt: '2024-01-15T08:00:00.000Z',
});
const share = inputCellOf(file!.bytes, '市统计局', 'rd-intensity', '全市', 2023);
const count = inputCellOf(file!.bytes, '市统计局', 'rd-researchers', '全市', 2023);

/** The checks every rewritten copy must pass. */
async function expectUsable(rewritten: Uint8Array): Promise<void> {
  const parts = xlsxParts(rewritten);
  expect(parts['xl/workbook.xml']).toMatch(/<sheet [^>]*name="_planeval"[^>]*state="(very)?[hH]idden"/);
  const xml = sheetXml(parts, '市统计局');
  const validations = [...xml.matchAll(/<dataValidation [^>]*>.*?<\/dataValidation>/gs)].map((m) => m[0]);
  const shareRule = validations.find((v) => new RegExp(`sqref="[^"]*\\b${share}\\b`).test(v))!;
  expect(shareRule).toMatch(/type="decimal"/);
  expect(shareRule).toMatch(/<formula1>0<\/formula1>\s*<formula2>100<\/formula2>/);
  const countRule = validations.find((v) => new RegExp(`sqref="[^"]*\\b${count}\\b`).test(v))!;
  expect(countRule).toMatch(/operator="greaterThanOrEqual"/);
  expect(xml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);

  const filled = fillCells(rewritten, { 市统计局: { [share]: 3.52, [count]: 141 } });
  const result = await importFile(filled, 'filled.xlsx', plan, { projectId: 'project-a' });
  const values = result.sheets.flatMap((s) => s.tables.flatMap((t) => t.observations)).map((o) => [o.indicator, o.region, o.year, o.value]);
  expect(values).toEqual([
    ['rd-researchers', '全市', 2023, 141],
    ['rd-intensity', '全市', 2023, 3.52],
  ]);
  expect(result.sheets.flatMap((s) => s.tables.flatMap((t) => t.findings))).toEqual([]);
}

const SOFFICE_CALC = '/usr/lib/libreoffice/program/libsclo.so';
const HAS_CALC = existsSync('/usr/bin/soffice') && existsSync(SOFFICE_CALC);

describe.skipIf(!HAS_CALC)('a template converted by LibreOffice Calc (skipped: soffice without Calc — install libreoffice-calc-nogui)', () => {
  it('keeps the validation, the protection and the hidden ids, and imports after filling', async () => {
    const source = join(work, 'lo-in', 'template.xlsx');
    const out = join(work, 'lo-out');
    spawnSync('mkdir', ['-p', join(work, 'lo-in'), out]);
    writeFileSync(source, file!.bytes);
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, source], { encoding: 'utf8', timeout: 180_000 });
    expect(run.status, run.stderr).toBe(0);
    await expectUsable(new Uint8Array(readFileSync(join(out, 'template.xlsx'))));
  }, 200_000);
});

const HAS_OPENPYXL = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!HAS_OPENPYXL)('a template rewritten by openpyxl (skipped: /usr/bin/python3 has no openpyxl)', () => {
  it('keeps the validation, the protection and the hidden ids, and imports after filling', async () => {
    const source = join(work, 'py-in.xlsx');
    const target = join(work, 'py-out.xlsx');
    writeFileSync(source, file!.bytes);
    // openpyxl reads every part into its own model and writes the file anew, as an office suite does.
    const run = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl, sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])', source, target], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    await expectUsable(new Uint8Array(readFileSync(target)));
  });
});
