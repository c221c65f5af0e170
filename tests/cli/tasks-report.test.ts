// planeval template --tasks and planeval report --tasks, run as a user runs them: the task progress template written
// for a year, filled as a department would, and read into the report's chapter 重点任务推进情况.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../shared/backup';
import { readWorkbook } from '../../shared/ingest';
import { emptyProgress } from '../../shared/ledger';
import { defaultSettings, type ImportBatch, type Observation, type Project } from '../../shared/model';
import { guangzhouLedger, guangzhouPlan, gzSampleObservations } from '../../shared/plans';
import { readTaskTemplate, UNSPECIFIED_DEPARTMENT } from '../../shared/templates';
import { REPO_ROOT } from '../support/shared-dir';
import { fillCells } from '../unit/templates/fill';
import { answerCells } from '../unit/templates/task-fill';

const dir = mkdtempSync(join(tmpdir(), 'planeval-tasks-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function planeval(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/bin.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const template = join(dir, 'tasks.xlsx');
const filled = join(dir, 'filled.xlsx');

describe('planeval template --tasks', { timeout: 90_000 }, () => {
  it('writes the task progress template of the year asked, one sheet of every item while the ledger names no lead', async () => {
    const run = planeval('template', '--plan', 'builtin:gz-st-14th', '--tasks', '--year', '2023', '--deadline', '2024-03-31', '--out', template);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${template}（重点任务2023年进展填报表：${UNSPECIFIED_DEPARTMENT} 148）\n`);
    const bytes = new Uint8Array(readFileSync(template));
    const reading = readTaskTemplate(await readWorkbook(bytes, 'tasks.xlsx'), guangzhouLedger(), { importedAt: '' })!;
    expect(reading.info).toMatchObject({ year: 2023, deadline: '2024-03-31', planId: 'gz-st-14th' });
    expect(reading.info.sheets.map((s) => [s.department, s.rows.length])).toEqual([[UNSPECIFIED_DEPARTMENT, 148]]);
    expect(reading.progress.every((p) => p.rating === null)).toBe(true);
  });

  it('refuses a year that is not one, and the indicator options with --tasks', () => {
    expect(planeval('template', '--plan', 'builtin:gz-st-14th', '--tasks', '--year', 'next', '--out', template)).toMatchObject({ code: 2, stderr: expect.stringContaining('--year 应为年份，收到“next”') });
    expect(planeval('template', '--plan', 'builtin:gz-st-14th', '--tasks', '--regions', '全市', '--out', template).code).toBe(2);
  });
});

describe('planeval report --tasks', { timeout: 90_000 }, () => {
  it('writes the chapter from the filled template and says on stderr what it read and refused', () => {
    const bytes = new Uint8Array(readFileSync(template));
    const answers = {
      [UNSPECIFIED_DEPARTMENT]: {
        't-3-1': { rating: '序时推进', text: '完成年度任务' },
        't-4-1-2': { rating: '滞后', text: '进度偏慢', lagReason: '用地未落实', nextSteps: '年内完成供地' },
        't-5-1-1': { rating: '滞后' },
      },
    };
    writeFileSync(filled, fillCells(bytes, answerCells(bytes, 2023, answers)));
    const out = join(dir, 'report.html');
    const run = planeval('report', '--sample', '--tasks', filled, '--format', 'html', '--out', out, '--date', '2024-06-01');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe('filled.xlsx：2023年进展，已报送 2 项，未报送 145 项，问题 2 处 (filled.xlsx: progress of 2023, 2 answered, 145 not reported, 2 problems)');
    expect(lines[1]).toMatch(new RegExp(`^ {2}工作表“${UNSPECIFIED_DEPARTMENT}”单元格 M\\d+（条目 t-5-1-1）：评为滞后或未启动时须填写滞后原因；该条目的填报未导入`));
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('六、重点任务推进情况');
    expect(html).toContain('进度滞后的有：海洋科技（四（一）2），滞后原因：用地未落实，下一步措施：年内完成供地。');
    expect(html).toContain('附件2　佐证材料清单');
    expect(html).toContain('七、存在问题');
  });

  it('adds the task sheets to the xlsx', () => {
    const out = join(dir, 'report.xlsx');
    const run = planeval('report', '--sample', '--tasks', filled, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const wb = XLSX.read(readFileSync(out), { type: 'array' });
    expect(wb.SheetNames.slice(-3)).toEqual(['重点任务', '任务分章节统计', '佐证材料']);
  });

  it('says when the templates report another year than the report, and refuses a file that is no task template', () => {
    const other = planeval('report', '--sample', '--as-of', '2022', '--tasks', filled, '--format', 'html', '--out', join(dir, 'r2022.html'));
    expect(other.code, other.stderr).toBe(0);
    expect(other.stderr).toContain('任务填报表为2023年进展，报告年份为2022年；报告按2022年的进展撰写');
    const plain = join(dir, 'plain.xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['编号', '评价'], ['t-3-1', '滞后']]), 'Sheet1');
    writeFileSync(plain, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    const refused = planeval('report', '--sample', '--tasks', plain, '--format', 'html', '--out', join(dir, 'never.html'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('“plain.xlsx”不是重点任务进展填报表');
  });
});

describe('a round frozen with the task progress', { timeout: 120_000 }, () => {
  const EARLY = '2024-03-01T02:00:00.000Z';
  const LATE = '2024-05-01T02:00:00.000Z';

  it('freezes the filled templates given with --plan and --data, and its report states their chapter alone', () => {
    const roundFile = join(dir, 'with-tasks.json');
    const data = join(dir, 'data.xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['指标', '地区', '年份', '数值', '单位'], ['研究与试验发展经费投入强度', '全市', 2023, 3.44, '%']]), '数据');
    writeFileSync(data, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    const frozen = planeval('round', 'freeze', '--plan', 'builtin:gz-st-14th', '--data', data, '--tasks', filled, '--kind', 'midterm', '--as-of', '2023', '--cutoff', '2024-03-31', '--out', roundFile);
    expect(frozen.code, frozen.stderr).toBe(0);
    const round = JSON.parse(readFileSync(roundFile, 'utf8')).round;
    expect(round.inputs.tasks.progress.filter((p: { rating: string | null }) => p.rating).map((p: { itemId: string; rating: string }) => [p.itemId, p.rating])).toEqual([
      ['t-3-1', 'on-track'],
      ['t-4-1-2', 'lagging'],
    ]);
    const out = join(dir, 'round-report.html');
    const run = planeval('report', '--round', roundFile, '--format', 'html', '--out', out, '--date', '2024-06-01');
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('进度滞后的有：海洋科技（四（一）2），滞后原因：用地未落实，下一步措施：年内完成供地。');
    const refused = planeval('report', '--round', roundFile, '--tasks', filled, '--format', 'html', '--out', join(dir, 'never.html'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--tasks');
  });

  it('freezes a project file’s ledger with each record as it stood at the cut-off', async () => {
    const plan = guangzhouPlan();
    const project: Project = { id: 'p1', name: '测试项目', plan, settings: defaultSettings(2023), createdAt: EARLY, updatedAt: EARLY, mappingDecisions: {} };
    const observations: Observation[] = gzSampleObservations(EARLY).map((o, i) => ({ ...o, id: i + 1, projectId: 'p1', batchId: 'b1' }));
    const batches: ImportBatch[] = [{ id: 'b1', projectId: 'p1', fileName: 'b1.xlsx', fileHash: 'b1', importedAt: EARLY, count: 0, replaced: [] }];
    const lagging = { ...emptyProgress('t-3-1', 2023), rating: 'lagging' as const, lagReason: '用地未落实', nextSteps: '年内完成供地', updatedAt: EARLY };
    const progress = [
      { ...lagging, rating: 'on-track' as const, lagReason: '', nextSteps: '', updatedAt: LATE, projectId: 'p1', earlier: [lagging] },
      { ...emptyProgress('t-3-2', 2023), rating: 'ahead' as const, updatedAt: LATE, projectId: 'p1' },
    ];
    const bytes = await writeBackup(
      { scope: 'project', projectIds: ['p1'], tables: { projects: [project], batches, observations, reports: [], templates: [], meta: [], rounds: [], ledgers: [], progress }, files: [] },
      { appVersion: 'test', createdAt: EARLY },
    );
    const file = join(dir, 'project.planeval');
    writeFileSync(file, bytes);
    const roundFile = join(dir, 'project-round.json');
    const frozen = planeval('round', 'freeze', '--project', file, '--kind', 'midterm', '--as-of', '2023', '--cutoff', '2024-03-31', '--out', roundFile);
    expect(frozen.code, frozen.stderr).toBe(0);
    const round = JSON.parse(readFileSync(roundFile, 'utf8')).round;
    expect(round.inputs.tasks.ledger).toEqual(guangzhouLedger());
    expect(round.inputs.tasks.progress).toEqual([lagging]);
    expect(planeval('round', 'freeze', '--project', file, '--tasks', filled, '--kind', 'midterm', '--as-of', '2023', '--out', roundFile)).toMatchObject({ code: 2, stderr: expect.stringContaining('--tasks 不能与 --project 同用') });
  });
});
