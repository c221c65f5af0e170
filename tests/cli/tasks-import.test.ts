// planeval tasks import, run as a user runs it: a 分工方案 written by the test read against the built-in ledger, the
// proposed changes and problems printed (nothing is stored by the command line), and the ledger as mapped in --json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIVISION_ROWS, divisionGbkCsv, divisionXlsx } from '../support/division-fixture';
import { REPO_ROOT } from '../support/shared-dir';

function planeval(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/bin.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'planeval-division-'));
function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('planeval tasks import', () => {
  it('prints each change before → after and every problem by sheet and cell, exiting 1 for a row in error', () => {
    const path = write('分工方案.xlsx', divisionXlsx([...DIVISION_ROWS, [4, '五（九）9', '', '市科技局', '', '']]));
    const { code, stdout } = planeval('tasks', 'import', path, '--plan', 'builtin:gz-st-14th');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('分工方案“分工方案.xlsx”对照《广州市科技创新“十四五”规划》台账：4行，3行将更新条目，1行有错误');
    expect(lines.slice(2, 6)).toEqual([
      '分工方案!B5 → t-5-1-2“高标准建设国家技术创新中心”',
      '  牵头单位：— → 市科技局',
      '  配合单位：— → 市发展改革委、市工业和信息化局',
      '  时间节点：— → 2023 建成/挂牌',
    ]);
    expect(stdout).toContain('  “分工方案”工作表 F7：时间节点“持续推进”中没有年份，作为备注保留\n');
    expect(stdout).toContain('  “分工方案”工作表 B8：台账中没有章节“五（九）9”\n');
  });

  it('prints the changes, problems and the mapped ledger as JSON, from a GBK CSV as from a workbook', () => {
    const path = write('分工方案.csv', divisionGbkCsv());
    const { code, stdout } = planeval('tasks', 'import', path, '--plan', 'builtin:gz-st-14th', '--json', '--lang', 'en');
    expect(code).toBe(0);
    const shown = JSON.parse(stdout);
    expect(shown.tables).toEqual([{ sheet: expect.any(String), headerRow: 3, columns: { ref: 1, title: 2, lead: 3, partners: 4, deadline: 5 } }]);
    expect(shown.changes.map((c: { itemId: string }) => c.itemId)).toEqual(['t-5-1-2', 't-5-1-3', 'p-gz-lab']);
    expect(shown.changes[1].after).toEqual({ lead: '市发展改革委', partners: ['市科技局', '黄埔区政府'], milestones: [{ year: 2022, stage: 'started' }, { year: 2025, stage: 'completed' }] });
    expect(shown.problems).toEqual([{ severity: 'warning', sheet: expect.any(String), cell: 'F7', key: 'division.problem.deadline.noYear', message: expect.stringContaining('The milestone "持续推进" names no year; kept as a note') }]);
    const lab = shown.ledger.items.find((i: { id: string }) => i.id === 'p-gz-lab');
    expect(lab).toMatchObject({ lead: '市科技局', partners: ['市卫生健康委', '广州医科大学'], milestoneNote: '持续推进' });
    expect(shown.ledger.items.filter((i: { lead: string }) => i.lead !== '')).toHaveLength(3);
  });

  it('shows its usage without --plan, and names a file it cannot open', () => {
    const misuse = planeval('tasks', 'import', join(dir, 'x.xlsx'));
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toContain('planeval tasks import <file> --plan builtin:gz-st-14th');
    const missing = planeval('tasks', 'import', join(dir, 'missing.xlsx'), '--plan', 'builtin:gz-st-14th');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.xlsx');
  });
});
