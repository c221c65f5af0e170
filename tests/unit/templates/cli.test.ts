// planeval template, run as a user runs it: one file per department (or one workbook), each recognised on import.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../shared/ingest';
import { recogniseTemplate } from '../../../shared/templates';
import { REPO_ROOT } from '../../support/shared-dir';

const out = mkdtempSync(join(tmpdir(), 'planeval-template-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function planeval(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/bin.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('planeval template', () => {
  it('writes one recognisable template per department with the years, regions and deadline asked for', async () => {
    const dir = join(out, 'by-department');
    const { code, stdout } = planeval('template', '--plan', 'builtin:gz-st-14th', '--years', '2023', '--regions', '全市,黄埔区', '--by-department', '--deadline', '2024-03-31', '--out', dir);
    expect(code).toBe(0);
    const names = readdirSync(dir).sort();
    expect(names).toEqual(['市人社局', '市地方金融监管局', '市市场监管局', '市科协', '市科技局', '市统计局'].map((d) => `数据采集表_${d}_2023.xlsx`).sort());
    expect(stdout.trim().split('\n')).toHaveLength(6);
    const info = recogniseTemplate(await readWorkbook(new Uint8Array(readFileSync(join(dir, '数据采集表_市统计局_2023.xlsx'))), 'x.xlsx'))!;
    expect(info.deadline).toBe('2024-03-31');
    expect(info.templates.map((t) => [t.department, t.years, t.regions])).toEqual([['市统计局', [2023], ['全市', '黄埔区']]]);
  });

  it('writes one workbook with a sheet per department when asked', () => {
    const dir = join(out, 'one');
    expect(planeval('template', '--plan', 'builtin:gz-st-14th', '--years', '2022-2023', '--one-workbook', '--out', dir).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['数据采集表_2022-2023.xlsx']);
  });

  it('refuses a region the plan does not have, naming it', () => {
    const { code, stderr } = planeval('template', '--plan', 'builtin:gz-st-14th', '--years', '2023', '--regions', '火星区', '--out', join(out, 'bad'));
    expect(code).toBe(2);
    expect(stderr).toContain('火星区');
  });
});
