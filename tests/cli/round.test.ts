// planeval round freeze|list|diff and --round, run as a user runs them over a project file (the app's backup format):
// every output of a frozen round (docx, xlsx, html, JSON) states the same figures, before and after the project's
// data change (a later import replacing a value, a new value, an edited target).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { formatValue, percentText } from '../../shared/attain';
import { writeBackup } from '../../shared/backup';
import { t } from '../../shared/i18n';
import { defaultSettings, type ImportBatch, type Observation, type Project } from '../../shared/model';
import { gzSampleObservations, guangzhouPlan } from '../../shared/plans';
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

const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const isIndicatorTable = (header: string[]) => header.includes('完成度') && header.includes('时序进度');

/** Per indicator name: completion and status, and the latest value and year (a level indicator's), as each format writes them. */
type Figures = Record<string, string>;
// The JSON has the status code only: 提前实现 (achieved before the target year) is compared as the 已实现 it is.
const row = (name: string, [latest, completion, status]: string[]): [string, string] => [name, [latest, completion, status === t('status.achievedEarly', 'zh') ? t('status.achieved', 'zh') : status].join(' | ')];

function docxFigures(path: string): Figures {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']);
  const table = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => [...m[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => unescape(text(c[1])))))
    .find((rows) => isIndicatorTable(rows[0]))!;
  return figuresOf(table[0], table.slice(1));
}

function htmlFigures(path: string): Figures {
  const html = readFileSync(path, 'utf8');
  const body = /<table id="table.indicators">([\s\S]*?)<\/table>/.exec(html)![1];
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => unescape(c[1].replace(/<br>/g, ''))));
  return figuresOf(rows[0], rows.slice(1));
}

/** From the report's 主要指标完成情况 table: 现值 "3.44※(2023)" → "3.44 2023" for level indicators. */
function figuresOf(header: string[], rows: string[][]): Figures {
  const col = (name: string) => header.indexOf(name);
  return Object.fromEntries(
    rows.map((cells) => {
      const indicator = plan.indicators.find((i) => i.name === cells[0])!;
      const latest = /^([-\d.,]+)※?\((\d{4})\)$/.exec(cells[col('现值(年份)')]!);
      const stated = indicator.kind === 'cumulative' || !latest ? '' : `${latest[1]} ${latest[2]}`;
      return row(indicator.name, [stated, cells[col('完成度')]!, cells[col('判断')]!]);
    }),
  );
}

function xlsxFigures(path: string): Figures {
  const book = XLSX.read(readFileSync(path));
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['评估结果']!, { range: 1 }).filter((r) => r['地区'] === '全市');
  return Object.fromEntries(
    rows.map((r) => {
      const indicator = plan.indicators.find((i) => i.id === r['指标ID'])!;
      const latest = indicator.kind === 'cumulative' || r['现值'] === undefined ? '' : `${formatValue(r['现值'] as number, indicator.precision)} ${r['最新年份']}`;
      return row(indicator.name, [latest, r['完成度'] === undefined ? '—' : percentText(r['完成度'] as number), String(r['判断'])]);
    }),
  );
}

function jsonFigures(stdout: string): Figures {
  const json = JSON.parse(stdout) as { indicators: { id: string; latest: { year: number; value: number } | null; completion: number | null; status: string }[] };
  return Object.fromEntries(
    json.indicators.map((i) => {
      const indicator = plan.indicators.find((x) => x.id === i.id)!;
      const latest = indicator.kind === 'cumulative' || !i.latest ? '' : `${formatValue(i.latest.value, indicator.precision)} ${i.latest.year}`;
      return row(indicator.name, [latest, i.completion === null ? '—' : percentText(i.completion), t(`status.${i.status}`, 'zh')]);
    }),
  );
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
        figures.push(format === 'docx' ? docxFigures(out) : format === 'xlsx' ? xlsxFigures(out) : htmlFigures(out));
      }
      const json = planeval('evaluate', ...round, '--json');
      expect(json.code, json.stderr).toBe(0);
      figures.push(jsonFigures(json.stdout));
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
    expect(jsonFigures(later.stdout)).not.toEqual(first[0]);
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
