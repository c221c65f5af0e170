// planeval tasks show, run as a user runs it: node cli/bin.mjs in a child process.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ledgerVersion } from '../../shared/ledger';
import { guangzhouLedger } from '../../shared/plans';
import { REPO_ROOT } from '../support/shared-dir';

function planeval(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/bin.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('planeval tasks show', () => {
  it('prints the built-in ledger as JSON: its version, sections, and every item with the fields the issue lists', () => {
    const { code, stdout } = planeval('tasks', 'show', 'builtin:gz-st-14th', '--json');
    expect(code).toBe(0);
    const shown = JSON.parse(stdout);
    const ledger = guangzhouLedger();
    expect(shown).toMatchObject({ planId: 'gz-st-14th', version: ledgerVersion(ledger), sections: ledger.sections });
    expect(shown.items).toHaveLength(ledger.items.length);
    for (const item of shown.items) expect(Object.keys(item)).toEqual(['id', 'section', 'title', 'kind', 'verb', 'lead', 'partners', 'milestones', 'indicators']);
    expect(shown.items.find((i: { id: string }) => i.id === 'p-gz-lab')).toEqual({
      id: 'p-gz-lab', section: '五（一）1', title: '广州实验室', kind: 'platform', verb: 'build', lead: '', partners: [], milestones: [], indicators: ['platforms'],
    });
    expect(shown.items.find((i: { id: string }) => i.id === 't-6-2-2')).toMatchObject({ section: '六（二）2', title: '完善转移转化服务体系', kind: 'task', verb: 'establish', indicators: ['tech-contracts'] });
  });

  it('prints a readable table under the plan\'s chapter and part headings without --json', () => {
    const { code, stdout } = planeval('tasks', 'show', 'builtin:gz-st-14th');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('《广州市科技创新“十四五”规划》（gz-st-14th）重点任务与重大平台台账：任务 75 项，平台 73 个，项目 0 个；台账版本 ' + ledgerVersion(guangzhouLedger()));
    expect(lines[2]).toMatch(/^ {2}章节\s+编号\s+类别\s+完成标准\s+名称\s+牵头单位\s+配合单位\s+时间节点\s+关联指标$/);
    const chapter = lines.indexOf('五、聚焦科学发现，增强源头创新供给能力');
    expect(lines[chapter + 1]).toBe('（一）强化国家战略科技力量');
    expect(lines[chapter + 2]).toMatch(/^ {2}五（一）1\s+t-5-1-1\s+任务\s+建成\s+构建科学高效的多层次实验室体系\s+—\s+—\s+—\s+platforms$/);
    expect(stdout).toMatch(/\n {2}五（一）1\s+p-gz-lab\s+平台\s+建成\s+广州实验室\s+—/);
    const itemRows = lines.filter((line) => /^ {2}[三四五六七八九]（/.test(line));
    expect(itemRows).toHaveLength(guangzhouLedger().items.length);
  });

  it('speaks English with --lang en, the plan\'s own words left as they are', () => {
    const { stdout } = planeval('tasks', 'show', 'builtin:gz-st-14th', '--lang', 'en');
    expect(stdout.split('\n')[0]).toMatch(/^Ledger of key tasks and major platforms of 《广州市科技创新“十四五”规划》 \(gz-st-14th\): 75 tasks, 73 platforms, 0 projects/);
    expect(stdout).toMatch(/p-gz-lab\s+platform\s+build\s+广州实验室/);
  });

  it('names the built-in plans with a ledger when asked for another, and shows its usage when misused', () => {
    const unknown = planeval('tasks', 'show', 'builtin:nowhere');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('builtin:gz-st-14th');
    const sheet = planeval('tasks', 'show', 'fixtures/plans/custom-plan.en.xlsx');
    expect(sheet.code).toBe(1);
    expect(sheet.stderr).toContain('has no ledger');
    for (const misuse of [['tasks', 'list', 'builtin:gz-st-14th'], ['tasks', 'show'], ['tasks', 'show', 'builtin:gz-st-14th', '--lang', 'fr']]) {
      const run = planeval(...misuse);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('planeval tasks show <builtin:gz-st-14th>');
    }
  });

  it('is listed among the commands', () => {
    expect(planeval().stderr).toMatch(/tasks\s+显示规划的重点任务与重大平台台账/);
  });
});
