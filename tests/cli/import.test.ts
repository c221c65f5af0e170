// `planeval import … --json` runs the import engine from the command line and prints the documented JSON.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../unit/ingest/support';
import { REPO_ROOT } from '../support/shared-dir';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'planeval-import-'));

async function planeval(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('node', [join(REPO_ROOT, 'cli/bin.mjs'), ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('planeval import', () => {
  const districts = join(dir, 'districts.xlsx');
  writeFileSync(
    districts,
    buildWorkbook([
      {
        name: '各区',
        rows: [
          ['各区技术合同成交额'],
          ['单位:万元'],
          ['地区', '2022年', '2023年'],
          ['黄 埔 区', 3500000, '4,200,000'],
          ['全市', 26455000, 30005000],
        ],
      },
    ]),
  );

  it('prints files → sheets → tables with observations in the indicator unit and A1 cells', async () => {
    const { code, stdout } = await planeval(['import', districts, '--plan', 'builtin:gz-st-14th', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.files).toHaveLength(1);
    const [file] = out.files;
    expect(file.file).toBe('districts.xlsx');
    expect(file.error).toBeUndefined();
    const [table] = file.sheets[0].tables;
    expect(file.sheets[0].sheet).toBe('各区');
    expect(table).toMatchObject({ range: 'A1:C5', layout: 'regions-by-years' });
    // 4,200,000 万元 = 420 亿元 (tech-contracts is in 亿元); 全市 is the whole area.
    expect(table.observations).toEqual([
      { indicator: 'tech-contracts', region: '黄埔区', year: 2022, value: 350, unit: '亿元', cell: 'B4' },
      { indicator: 'tech-contracts', region: '黄埔区', year: 2023, value: 420, unit: '亿元', cell: 'C4' },
      { indicator: 'tech-contracts', region: '全市', year: 2022, value: 2645.5, unit: '亿元', cell: 'B5' },
      { indicator: 'tech-contracts', region: '全市', year: 2023, value: 3000.5, unit: '亿元', cell: 'C5' },
    ]);
    expect(table.findings).toEqual([]);
  });

  it('lists an unknown indicator as unmapped with suggestions, and --indicator forces it', async () => {
    const unknown = join(dir, 'unknown.xlsx');
    writeFileSync(unknown, buildWorkbook([{ rows: [['各区科技成果登记成交额'], ['地区', '2022年', '2023年'], ['天河区', 120.5, 130]] }]));
    const plain = JSON.parse((await planeval(['import', unknown, '--plan', 'builtin:gz-st-14th', '--json'])).stdout);
    const [table] = plain.files[0].sheets[0].tables;
    expect(table.observations).toEqual([]);
    expect(table.unmapped).toHaveLength(1);
    expect(table.unmapped[0]).toMatchObject({ name: '科技成果登记成交额', cell: 'A1' });
    expect(table.unmapped[0].suggestions[0]).toBe('tech-contracts');

    const forced = JSON.parse((await planeval(['import', unknown, '--plan', 'builtin:gz-st-14th', '--indicator', 'tech-contracts', '--json'])).stdout);
    expect(forced.files[0].sheets[0].tables[0].observations.map((o: { region: string; year: number; value: number }) => [o.region, o.year, o.value])).toEqual([
      ['天河区', 2022, 120.5],
      ['天河区', 2023, 130],
    ]);
  });

  it('--indicator forces the lone value column of a regions-by-indicators table', async () => {
    const single = join(dir, 'single.xlsx');
    writeFileSync(single, buildWorkbook([{ rows: [['2023年各区科技成果登记情况'], ['地区', '科技成果登记成交额(亿元)'], ['天河区', 120.5], ['黄埔区', 98]] }]));
    const plain = JSON.parse((await planeval(['import', single, '--plan', 'builtin:gz-st-14th', '--json'])).stdout);
    const [table] = plain.files[0].sheets[0].tables;
    expect(table.layout).toBe('regions-by-indicators');
    expect(table.observations).toEqual([]);
    expect(table.unmapped.map((u: { name: string; cell: string }) => [u.name, u.cell])).toEqual([['科技成果登记成交额', 'B2']]);

    const forced = JSON.parse((await planeval(['import', single, '--plan', 'builtin:gz-st-14th', '--indicator', 'tech-contracts', '--json'])).stdout);
    const [forcedTable] = forced.files[0].sheets[0].tables;
    expect(forcedTable.unmapped).toEqual([]);
    expect(forcedTable.observations.map((o: { indicator: string; region: string; year: number; value: number }) => [o.indicator, o.region, o.year, o.value])).toEqual([
      ['tech-contracts', '天河区', 2023, 120.5],
      ['tech-contracts', '黄埔区', 2023, 98],
    ]);
  });

  it('takes the year from the sheet name, says so in each observation, and --year overrides it', async () => {
    const sheetYear = join(dir, 'sheet-year.xlsx');
    writeFileSync(sheetYear, buildWorkbook([{ name: '2021年分区', rows: [['各区技术合同情况'], ['地区', '技术合同成交额(亿元)'], ['天河区', 120.5]] }]));
    const found = JSON.parse((await planeval(['import', sheetYear, '--plan', 'builtin:gz-st-14th', '--json'])).stdout);
    expect(found.files[0].sheets[0].tables[0].observations).toEqual([{ indicator: 'tech-contracts', region: '天河区', year: 2021, value: 120.5, unit: '亿元', cell: 'B3', yearFrom: 'sheet' }]);
    const given = JSON.parse((await planeval(['import', sheetYear, '--plan', 'builtin:gz-st-14th', '--year', '2022', '--json'])).stdout);
    expect(given.files[0].sheets[0].tables[0].observations[0]).toMatchObject({ year: 2022, yearFrom: 'given' });
  });

  it('says for each sheet without a table why, in the JSON and the text output', async () => {
    const mixed = join(dir, 'mixed.xlsx');
    writeFileSync(mixed, buildWorkbook([{ name: '数据', rows: [['地区', '2022年'], ['天河区', 1]] }, { name: 'CNKI', rows: [['http://www.cnki.net/']] }]));
    const json = JSON.parse((await planeval(['import', mixed, '--plan', 'builtin:gz-st-14th', '--json'])).stdout);
    expect(json.files[0].sheets[0].noTable).toBeUndefined();
    expect(json.files[0].sheets[1]).toEqual({ sheet: 'CNKI', noTable: { reason: 'only-text', message: expect.stringContaining('工作表“CNKI”只有文字') }, tables: [] });
    const text = (await planeval(['import', mixed, '--plan', 'builtin:gz-st-14th'])).stdout;
    expect(text).toContain('Sheet "CNKI" holds only text, no numbers: no table.');
  });

  it('reports a file that is not a spreadsheet in the JSON and exits 1', async () => {
    const bad = join(dir, 'notes.xlsx');
    writeFileSync(bad, Buffer.from('%PDF-1.7\n'));
    const { code, stdout } = await planeval(['import', bad, '--plan', 'builtin:gz-st-14th', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ file: 'notes.xlsx', error: { code: 'not-a-spreadsheet' }, sheets: [] });
  });
});
