// Import of a 200,000-row long xlsx (1,000 indicators × 10 regions × 20 years): our full pipeline against SheetJS
// alone (read + sheet_to_json) and pandas + openpyxl, each in its own process so peak memory is ours alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as XLSX from 'xlsx';
import type { Plan } from '../../shared/model';
import { plainIndicator, plainPlan } from '../../tests/support/plain-plan';
import { PYTHON } from '../python';
import type { BenchRow, Workload } from '../workload';

const INDICATORS = 1000;
const REGIONS = ['全市', '荔湾区', '越秀区', '天河区', '海珠区', '番禺区', '黄埔区', '增城区', '白云区', '花都区'];
const FIRST_YEAR = 2006;
const YEARS = 20;
const RUNS = 3;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = join(ROOT, 'bench', '.work');
export const XLSX_PATH = join(WORK, 'import-long-200k.xlsx');
export const PLAN_PATH = join(WORK, 'import-plan-1000.json');

const indicatorName = (i: number) => `科技指标${String(i).padStart(4, '0')}`;

/** The generated plan: 1,000 indicators named as in the workbook, the ten regions. */
function generatePlan(): Plan {
  const indicators = Array.from({ length: INDICATORS }, (_, i) => plainIndicator(`ind-${i}`, indicatorName(i), i % 2 ? '亿元' : '%'));
  const regions = REGIONS.map((name, i) => (i === 0 ? { name, aliases: [], whole: true } : { name, aliases: [] }));
  return plainPlan('bench', '基准规划', indicators, regions);
}

/** Deterministic workbook: values are a fixed function of the indicator, region and year. */
function generateWorkbook(): void {
  const rows: (string | number)[][] = [['指标', '地区', '年份', '数值', '单位']];
  for (let i = 0; i < INDICATORS; i++) {
    for (let r = 0; r < REGIONS.length; r++) {
      for (let y = 0; y < YEARS; y++) rows.push([indicatorName(i), REGIONS[r], FIRST_YEAR + y, Math.round(((i * 7 + r * 13 + y * 31) % 997) * 100 + 17) / 100, i % 2 ? '亿元' : '%']);
    }
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'data');
  writeFileSync(XLSX_PATH, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true })));
}

interface ChildResult {
  ms: number;
  rssMb: number;
  count: number;
}

/** Runs a measurement `runs` times in a fresh Node process (tsx loaded); returns the median time and peak RSS. */
function runNode(body: string, runs = RUNS): ChildResult {
  const script = `
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync(${JSON.stringify(XLSX_PATH)}));
    const plan = JSON.parse(readFileSync(${JSON.stringify(PLAN_PATH)}, 'utf8'));
    ${body}
    const times = [];
    let count = 0;
    for (let i = 0; i < ${runs}; i++) {
      const t = performance.now();
      count = await work(bytes, plan);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    process.stdout.write(JSON.stringify({ ms: times[${runs >> 1}], rssMb: process.resourceUsage().maxRSS / 1024, count }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as ChildResult;
}

const OURS = `
  const { importFile } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'shared/import/index.ts')).href)});
  async function work(bytes, plan) {
    const result = await importFile(bytes, 'import-long-200k.xlsx', plan, {});
    if (result.error) throw new Error(result.error.message);
    return result.sheets[0].tables.reduce((n, t) => n + t.values.years.length, 0);
  }`;

const SHEETJS = `
  const XLSX = await import('xlsx');
  async function work(bytes) {
    const wb = XLSX.read(bytes, { type: 'array' });
    return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]]).length;
  }`;

const PANDAS = `
import json, resource, sys, time
import pandas as pd
plan = json.load(open(sys.argv[2], encoding='utf-8'))
ids = {i['name'].strip(): (i['id'], i['unit']) for i in plan['indicators']}
regions = {r['name'] for r in plan['regions']}
times = []
for _ in range(${RUNS}):
    t = time.perf_counter()
    df = pd.read_excel(sys.argv[1], engine='openpyxl')
    df['indicator'] = df['指标'].str.strip().map(lambda n: ids[n][0])
    df['region'] = df['地区'].str.replace(r'\\s+', '', regex=True)
    df = df[df['region'].isin(regions)]
    df['year'] = pd.to_numeric(df['年份'], errors='coerce').astype('Int64')
    df['value'] = pd.to_numeric(df['数值'], errors='coerce')
    out = df[['indicator', 'region', 'year', 'value']].dropna().to_dict('records')
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(json.dumps({'ms': times[${RUNS >> 1}], 'rssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'count': len(out)}))
`;

function runPandas(): ChildResult | string {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas, openpyxl'], { encoding: 'utf8' });
  if (probe.status !== 0) return 'python3-pandas / python3-openpyxl not installed';
  const script = join(WORK, 'import-pandas.py');
  writeFileSync(script, PANDAS);
  const child = spawnSync(PYTHON, [script, XLSX_PATH, PLAN_PATH], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) return `pandas run failed: ${child.stderr.trim().split('\n').pop()}`;
  return JSON.parse(child.stdout) as ChildResult;
}

const WORKLOAD = 'import 200k-row long xlsx';
const MEMORY_LIMIT_MB = 600;

/** Writes the generated plan and workbook under bench/.work/ unless they are there already. */
export function ensureImportInputs(): void {
  mkdirSync(WORK, { recursive: true });
  if (!existsSync(PLAN_PATH)) writeFileSync(PLAN_PATH, JSON.stringify(generatePlan()));
  if (!existsSync(XLSX_PATH)) generateWorkbook();
}

export const importWorkload: Workload = {
  name: 'import',
  async run(): Promise<BenchRow[]> {
    ensureImportInputs();

    const ours = runNode(OURS);
    // Peak memory of one import alone, in its own process (repeated runs would count uncollected garbage).
    const memory = runNode(OURS, 1);
    if (ours.count !== INDICATORS * REGIONS.length * YEARS) throw new Error(`import bench: expected 200000 observations, got ${ours.count}`);
    const sheetjs = runNode(SHEETJS);
    const rows: BenchRow[] = [
      { workload: WORKLOAD, ours_ms: ours.ms, peer: 'SheetJS read+sheet_to_json', peer_ms: sheetjs.ms, ratio: ours.ms / sheetjs.ms, target: '≤ 1.3× SheetJS', pass: ours.ms <= 1.3 * sheetjs.ms },
    ];
    const pandas = runPandas();
    if (typeof pandas === 'string') {
      process.stderr.write(`bench import: pandas row skipped: ${pandas}\n`);
    } else {
      rows.push({ workload: WORKLOAD, ours_ms: ours.ms, peer: 'pandas+openpyxl', peer_ms: pandas.ms, ratio: ours.ms / pandas.ms, target: '≤ 0.5× pandas', pass: ours.ms * 2 <= pandas.ms });
    }
    // Memory is reported in the same columns: "ms" fields hold megabytes here, as the workload name says.
    rows.push({
      workload: 'import peak RSS (MB, not ms)',
      ours_ms: memory.rssMb,
      peer: `limit`,
      peer_ms: MEMORY_LIMIT_MB,
      ratio: memory.rssMb / MEMORY_LIMIT_MB,
      target: `< ${MEMORY_LIMIT_MB} MB`,
      pass: memory.rssMb < MEMORY_LIMIT_MB,
    });
    return rows;
  },
};
