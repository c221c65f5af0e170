// The command line's evaluation JSON for the sample project and the bench project, pinned byte for byte: a change
// of structure (how values are imported, stored, grouped) must not move a single figure. A change of method that
// does move figures updates the pins on purpose: PLANEVAL_UPDATE_PINS=1 npx vitest run tests/cli/pinned-json.test.ts
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../bench/generate';
import { evaluate } from '../../shared/attain';
import { defaultSettings, valueSet } from '../../shared/model';
import { gzSampleObservations } from '../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { evaluationJson } from '../../cli/evaluation-json';
import { REPO_ROOT } from '../support/shared-dir';

const PINS_FILE = join(REPO_ROOT, 'tests/cli/pinned-json.sha256.json');
const pins = JSON.parse(readFileSync(PINS_FILE, 'utf8')) as Record<string, string>;
const updating = process.env.PLANEVAL_UPDATE_PINS === '1';
afterAll(() => {
  if (updating) writeFileSync(PINS_FILE, JSON.stringify(pins, null, 2) + '\n');
});

const dir = mkdtempSync(join(tmpdir(), 'planeval-pins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The import time is the run's own clock: the one field of the JSON that may differ between runs. */
function withoutImportTimes(json: string): string {
  return json.replace(/"importedAt": "[^"]*"/g, '"importedAt": "—"');
}

function expectPinned(name: string, json: string): void {
  const digest = createHash('sha256').update(withoutImportTimes(json)).digest('hex');
  if (updating) pins[name] = digest;
  expect(digest, `${name} moved: the evaluation JSON is no longer byte-identical`).toBe(pins[name]);
}

/** The sample project's values as a long table, the way a statistics office would send them. */
function sampleWorkbook(): string {
  const plan = guangzhouPlan();
  const nameOf = new Map(plan.indicators.map((i) => [i.id, i]));
  const rows: (string | number)[][] = [['指标', '地区', '年份', '数值', '单位']];
  for (const o of gzSampleObservations('2024-01-01T00:00:00.000Z')) {
    const indicator = nameOf.get(o.indicatorId)!;
    rows.push([indicator.name, o.region, o.year, o.value, indicator.unit]);
  }
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '数据');
  const path = join(dir, 'sample.xlsx');
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }));
  return path;
}

describe('planeval evaluate --json is byte-identical for the sample project', () => {
  const data = sampleWorkbook();
  for (const [asOf, region] of [
    ['2021', undefined],
    ['2023', undefined],
    ['2023', '黄埔区'],
    ['2025', undefined],
  ] as const) {
    it(`as of ${asOf}${region ? `, ${region}` : ''}`, () => {
      const args = ['cli/bin.mjs', 'evaluate', '--plan', 'builtin:gz-st-14th', '--data', data, '--as-of', asOf, '--json', ...(region ? ['--region', region] : [])];
      const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expectPinned(`cli-sample-${asOf}${region ? `-${region}` : ''}`, run.stdout);
    });
  }
});

describe('the evaluation JSON is byte-identical for the projects as the app holds them', () => {
  it('the sample project with its citations and 示例数据 marks, whole area and every district', () => {
    const plan = guangzhouPlan();
    const observations = gzSampleObservations('2024-01-01T00:00:00.000Z');
    const evaluation = evaluate(plan, valueSet(observations), defaultSettings(2023));
    const json = plan.regions.map((region) => JSON.stringify(evaluationJson(plan, evaluation, region.name), null, 2)).join('\n');
    expectPinned('app-sample-2023', json);
  });

  it('the bench project (1,000 indicators × 12 regions × 20 years) as of two years, every region', () => {
    const { plan, observations } = generateProject();
    for (const asOf of [2022, 2025]) {
      const evaluation = evaluate(plan, valueSet(observations), defaultSettings(asOf));
      const json = plan.regions.map((region) => JSON.stringify(evaluationJson(plan, evaluation, region.name))).join('\n');
      expectPinned(`app-bench-${asOf}`, json);
    }
  });
});
