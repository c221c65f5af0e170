// planeval round freeze|list|diff and --round, run as a user runs them over a project file (the app's backup format):
// every output of a frozen round (docx, xlsx, html, JSON) states the same figures, before and after the project's
// data change (a later import replacing a value, a new value, an edited target).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../shared/backup';
import { defaultSettings, type ImportBatch, type Observation, type Project } from '../../shared/model';
import { gzSampleObservations, guangzhouPlan } from '../../shared/plans';
import { docxFigures, htmlFigures, jsonFigures, xlsxFigures, type Figures } from '../support/report-figures';
import { REPO_ROOT } from '../support/shared-dir';

const dir = mkdtempSync(join(tmpdir(), 'planeval-round-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function planeval(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/bin.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const EARLY = '2024-01-10T02:00:00.000Z';
const LATE = '2024-06-10T02:00:00.000Z';
const plan = guangzhouPlan();
const project: Project = { id: 'p1', name: '测试项目', plan, settings: defaultSettings(2023), createdAt: EARLY, updatedAt: EARLY, mappingDecisions: {} };
const values: Observation[] = gzSampleObservations(EARLY).map((o, i) => ({ ...o, id: i + 1, projectId: 'p1', batchId: 'b1' }));
const batch = (id: string, importedAt: string, replaced: Observation[] = []): ImportBatch => ({ id, projectId: 'p1', fileName: `${id}.xlsx`, fileHash: id, importedAt, count: 0, replaced });

async function projectFile(name: string, p: Project, observations: Observation[], batches: ImportBatch[], rounds: unknown[] = []): Promise<string> {
  const bytes = await writeBackup(
    { scope: 'project', projectIds: [p.id], tables: { projects: [p], batches, observations, reports: [], templates: [], meta: [], rounds }, files: [] },
    { appVersion: 'test', createdAt: EARLY },
  );
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The project changed after the cut-off: the 2023 R&D intensity re-imported as 核实数, a value added, a target edited. */
function changed(): { p: Project; observations: Observation[]; batches: ImportBatch[] } {
  const old = values.find((o) => o.indicatorId === 'rd-intensity' && o.region === '全市' && o.year === 2023)!;
  const verified: Observation = { ...old, id: 5000, batchId: 'b2', value: old.value + 0.3, source: { ...old.source, fileName: 'verified.xlsx', fileHash: 'b2', sheet: 'S', cell: 'B2', importedAt: LATE } };
  const added: Observation = { ...values.find((o) => o.indicatorId === 'tech-contracts' && o.region === '全市')!, id: 5001, batchId: 'b2', year: 2023, value: 9999, source: { ...verified.source, cell: 'B3' } };
  const observations = [...values.filter((o) => o !== old && !(o.indicatorId === added.indicatorId && o.region === '全市' && o.year === 2023)), verified, added];
  const p = structuredClone(project);
  const target = p.plan.indicators.find((i) => i.id === 'rd-intensity')!.target!;
  if (target.comparator !== 'range') target.value = 9;
  return { p, observations, batches: [batch('b1', EARLY), batch('b2', LATE, [old])] };
}

describe('planeval round over a project file', { timeout: 180_000 }, () => {
  it('freezes a round, and every format of its report states the figures of the JSON, before and after the data change', async () => {
    const before = await projectFile('before.planeval', project, values, [batch('b1', EARLY)]);
    const roundFile = join(dir, 'midterm.json');
    const frozen = planeval('round', 'freeze', '--project', before, '--kind', 'midterm', '--as-of', '2023', '--cutoff', '2024-03-31', '--out', roundFile, '--json');
    expect(frozen.code, frozen.stderr).toBe(0);
    const stamp = JSON.parse(frozen.stdout);
    expect(stamp).toMatchObject({ kind: 'midterm', asOf: 2023, cutoff: '2024-03-31', name: '2023年中期评估', from: roundFile });
    expect(stamp.values).toBe(values.filter((o) => o.year <= 2023).length);

    const exportAll = (tag: string, round: string[]) => {
      const figures: Figures[] = [];
      for (const format of ['docx', 'xlsx', 'html']) {
        const out = join(dir, `${tag}.${format}`);
        const run = planeval('report', ...round, '--out', out, '--date', '2024-06-01');
        expect(run.code, run.stderr).toBe(0);
        figures.push(format === 'docx' ? docxFigures(plan, new Uint8Array(readFileSync(out))) : format === 'xlsx' ? xlsxFigures(plan, new Uint8Array(readFileSync(out))) : htmlFigures(plan, readFileSync(out, 'utf8')));
      }
      const json = planeval('evaluate', ...round, '--json');
      expect(json.code, json.stderr).toBe(0);
      figures.push(jsonFigures(plan, json.stdout));
      return figures;
    };
    const first = exportAll('first', ['--round', roundFile]);
    expect(Object.keys(first[0]!)).toHaveLength(plan.indicators.length);
    for (const figures of first) expect(figures).toEqual(first[0]);

    // The round frozen in the app travels in the changed project's file; the outputs read it by its id.
    const { p, observations, batches } = changed();
    const row = JSON.parse(readFileSync(roundFile, 'utf8')).round;
    const after = await projectFile('after.planeval', p, observations, batches, [row]);
    const again = exportAll('again', ['--round', stamp.id, '--project', after]);
    for (const figures of again) expect(figures).toEqual(first[0]);

    // The change is real: a freeze of the changed project with a later cut-off states other figures.
    const laterFile = join(dir, 'later.json');
    expect(planeval('round', 'freeze', '--project', after, '--kind', 'midterm', '--as-of', '2023', '--cutoff', '2024-07-01', '--out', laterFile).code).toBe(0);
    const later = planeval('evaluate', '--round', laterFile, '--json');
    expect(jsonFigures(plan, later.stdout)).not.toEqual(first[0]);
    // The same cut-off from the changed project gives the round's values back (the 初步数 the later import replaced).
    const sameCutoff = join(dir, 'same.json');
    expect(planeval('round', 'freeze', '--project', after, '--kind', 'midterm', '--as-of', '2023', '--cutoff', '2024-03-31', '--out', sameCutoff).code).toBe(0);
    const diffSame = JSON.parse(planeval('round', 'diff', roundFile, sameCutoff, '--json').stdout);
    expect(diffSame.revised).toEqual([]);

    const diff = planeval('round', 'diff', stamp.id, laterFile, '--project', after, '--json');
    expect(diff.code, diff.stderr).toBe(0);
    const revised = JSON.parse(diff.stdout).revised;
    expect(revised).toContainEqual(expect.objectContaining({ indicatorId: 'rd-intensity', region: '全市', year: 2023, valueChanged: true }));
    expect(revised.find((r: { indicatorId: string }) => r.indicatorId === 'rd-intensity').now.source.fileName).toBe('verified.xlsx');

    const annex = join(dir, 'annex.html');
    expect(planeval('report', '--round', laterFile, '--compare', roundFile, '--out', annex).code).toBe(0);
    const html = readFileSync(annex, 'utf8');
    expect(html).toContain('附录4 评估轮次对比');
    expect(html).toContain('verified.xlsx');
    expect(html).toContain(JSON.parse(readFileSync(laterFile, 'utf8')).round.hash);

    const list = planeval('round', 'list', '--project', after, laterFile, '--json');
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((r: { id: string; from: string }) => r.from)).toEqual([after, laterFile]);
  });

  it('freezes from --plan and --data, the files taken as the data at the cut-off', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['指标', '单位', '2022年', '2023年'], ['R&D经费投入强度', '%', 3.43, 3.44]]), '公报');
    const data = join(dir, 'gongbao.xlsx');
    writeFileSync(data, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    const out = join(dir, 'annual.json');
    const run = planeval('round', 'freeze', '--plan', 'builtin:gz-st-14th', '--data', data, '--kind', 'annual', '--as-of', '2022', '--cutoff', '2023-06-30', '--out', out, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ name: '2022年年度监测', values: 1 });
    const evaluation = JSON.parse(planeval('evaluate', '--round', out, '--json').stdout);
    expect(evaluation.indicators.find((i: { id: string }) => i.id === 'rd-intensity').latest).toEqual({ year: 2022, value: 3.43 });
    expect(evaluation.round.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an altered round file, mixed inputs and a bad cut-off, saying what is wrong', async () => {
    const before = await projectFile('refuse.planeval', project, values, [batch('b1', EARLY)]);
    const out = join(dir, 'tampered.json');
    expect(planeval('round', 'freeze', '--project', before, '--kind', 'final', '--as-of', '2023', '--cutoff', '2024-03-31', '--out', out).code).toBe(0);
    writeFileSync(out, readFileSync(out, 'utf8').replace('"asOf":2023', '"asOf":2024'));
    const tampered = planeval('evaluate', '--round', out, '--json');
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('SHA-256');
    const mixed = planeval('evaluate', '--round', out, '--plan', 'builtin:gz-st-14th', '--as-of', '2023');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--plan --as-of');
    const badCutoff = planeval('round', 'freeze', '--project', before, '--kind', 'annual', '--as-of', '2023', '--cutoff', '2024-13-01', '--out', out);
    expect(badCutoff.code).toBe(1);
    expect(badCutoff.stderr).toContain('2024-13-01');
    const badKind = planeval('round', 'freeze', '--project', before, '--kind', 'weekly', '--as-of', '2023', '--out', out);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('weekly');
    const unknown = planeval('evaluate', '--round', 'no-such-round', '--project', before);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no-such-round');
  });
});
