// Untrusted files cannot hurt the import: mutated versions of the corpus files (cut short, bytes flipped, zip
// entries damaged, sheet dimensions inflated) each end, within a time limit, in a clear error naming the file or in
// a valid result, never in a crash, a hang or an exception. The cases come from a fixed seed, so a failure repeats.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, NO_SHARED_REASON, sharedPath } from '../../support/shared-dir';
import type { FuzzOutcome } from './fuzz-worker';
import { seededRandom } from '../../support/seeded-random';

const SEED = 20240601;
const CASE_TIME_LIMIT_MS = 10_000;
const ERROR_CODES = [
  'file-too-large',
  'empty-file',
  'archive-too-large',
  'sheet-too-large',
  'not-a-spreadsheet',
  'truncated',
  'unreadable',
  'password-required',
  'password-wrong',
];

// Seeded, so that every run mutates the same bytes.
const rand = seededRandom(SEED);
const below = (n: number) => Math.floor(rand() * n);

interface FuzzCase {
  name: string;
  bytes: Uint8Array;
}

/** The corpus files the cases are made from: every yearbook export and a spread of the SheetJS test files. */
function corpus(): { name: string; bytes: Uint8Array }[] {
  const pick = (dir: string, every: number) =>
    readdirSync(sharedPath('corpus', dir))
      .filter((f) => /\.(xlsx|xlsm|xls|ods|csv)$/.test(f) && statSync(sharedPath('corpus', dir, f)).size < 200_000)
      .sort()
      .filter((_, i) => i % every === 0)
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(sharedPath('corpus', dir, f))) }));
  return [...pick('yearbook-exports', 1), ...pick('sheetjs-test-files', 6)];
}

/** The central directory entries of a zip: where each entry's sizes are declared and where its data starts. */
function zipEntries(bytes: Uint8Array): { name: string; directoryAt: number; dataAt: number; compressedSize: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length) break;
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, directoryAt: at, dataAt, compressedSize: view.getUint32(at + 20, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function truncations(file: FuzzCase): FuzzCase[] {
  const points = [1, ...Array.from({ length: 5 }, () => 1 + below(file.bytes.length - 1))];
  return points.map((n) => ({ name: `${file.name} cut at ${n}`, bytes: file.bytes.slice(0, n) }));
}

function flips(file: FuzzCase): FuzzCase[] {
  return [1, 2, 4, 8, 16, 64].map((count) => {
    const bytes = file.bytes.slice();
    // Half the flips land in the first 4 KB, where headers and directories live; the rest anywhere.
    for (let i = 0; i < count; i++) bytes[i % 2 ? below(bytes.length) : below(Math.min(4096, bytes.length))] ^= 1 + below(255);
    return { name: `${file.name} ${count} bytes flipped`, bytes };
  });
}

function zipDamage(file: FuzzCase): FuzzCase[] {
  const entries = zipEntries(file.bytes);
  if (entries.length === 0) return [];
  const cases: FuzzCase[] = [];
  const damaged = (what: string, change: (view: DataView, bytes: Uint8Array) => void) => {
    const bytes = file.bytes.slice();
    change(new DataView(bytes.buffer), bytes);
    cases.push({ name: `${file.name} ${what}`, bytes });
  };
  const sheets = entries.filter((e) => /xl\/worksheets\/|content\.xml|xl\/workbook|sharedStrings/.test(e.name));
  for (const entry of [...sheets.slice(0, 2), entries[below(entries.length)]!]) {
    damaged(`stream of ${entry.name} damaged`, (_, bytes) => {
      const middle = entry.dataAt + Math.floor(entry.compressedSize / 2);
      for (let i = 0; i < 6 && middle + i < bytes.length; i++) bytes[middle + i] ^= 0xa5;
    });
  }
  const entry = sheets[0] ?? entries[0]!;
  damaged(`declared size of ${entry.name} 4 GB`, (view) => view.setUint32(entry.directoryAt + 24, 0xfffffff0, true));
  damaged(`declared size of ${entry.name} 1 byte`, (view) => view.setUint32(entry.directoryAt + 24, 1, true));
  damaged(`compressed size of ${entry.name} doubled`, (view) => view.setUint32(entry.directoryAt + 20, entry.compressedSize * 2 + 1000, true));
  damaged(`local header of ${entry.name} moved`, (view) => view.setUint32(entry.directoryAt + 42, file.bytes.length + 100, true));
  return cases;
}

/** Every worksheet's <dimension ref> claims the whole sheet (A1:XFD1048576); optionally a cell at the last row too. */
function inflatedDimensions(file: FuzzCase): FuzzCase[] {
  if (!/\.(xlsx|xlsm)$/.test(file.name)) return [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(file.bytes);
  } catch {
    return [];
  }
  const sheets = Object.keys(entries).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  const rewrite = (lastCell: boolean) => {
    const copy = { ...entries };
    for (const name of sheets) {
      let xml = strFromU8(copy[name]!).replace(/<dimension ref="[^"]*"\s*\/>/, '<dimension ref="A1:XFD1048576"/>');
      if (lastCell) xml = xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>');
      copy[name] = strToU8(xml);
    }
    return zipSync(copy);
  };
  return [
    { name: `${file.name} dimension A1:XFD1048576`, bytes: rewrite(false) },
    { name: `${file.name} dimension and a cell at XFD1048576`, bytes: rewrite(true) },
  ];
}

/** One long-lived worker; replaced only after a case runs out of time. */
class ImportWorker {
  private worker!: Worker;
  private ready!: Promise<void>;
  private next = 0;
  private pending = new Map<number, (outcome: FuzzOutcome | { kind: 'died'; message: string }) => void>();

  constructor() {
    this.start();
  }

  private start(): void {
    const url = new URL('./fuzz-worker.ts', import.meta.url).href;
    // Node 20 runs .ts in a worker only through tsx's loader, registered inside the worker itself.
    const code = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`;
    this.worker = new Worker(code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    this.ready = new Promise((resolve) => {
      this.worker.on('message', (message: { ready?: true; id?: number; outcome?: FuzzOutcome }) => {
        if (message.ready) return resolve();
        this.pending.get(message.id!)?.(message.outcome!);
        this.pending.delete(message.id!);
      });
    });
    const died = (why: string) => {
      for (const settle of this.pending.values()) settle({ kind: 'died', message: why });
      this.pending.clear();
    };
    this.worker.on('error', (error) => died(String(error?.stack ?? error)));
    this.worker.on('exit', (code) => died(`worker exited with code ${code}`));
  }

  async run(fuzz: FuzzCase): Promise<FuzzOutcome | { kind: 'died' | 'hung'; message: string }> {
    await this.ready;
    const id = this.next++;
    const answer = new Promise<FuzzOutcome | { kind: 'died'; message: string }>((resolve) => this.pending.set(id, resolve));
    this.worker.postMessage({ id, name: fuzz.name, bytes: fuzz.bytes });
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<{ kind: 'hung'; message: string }>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'hung', message: `no answer within ${CASE_TIME_LIMIT_MS} ms` }), CASE_TIME_LIMIT_MS);
    });
    const outcome = await Promise.race([answer, limit]);
    clearTimeout(timer);
    if (outcome.kind === 'hung' || outcome.kind === 'died') {
      this.pending.delete(id);
      await this.worker.terminate();
      this.start();
    }
    return outcome;
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** What is wrong with an outcome, or undefined when it is a clear error or a valid result. */
function problem(fuzz: FuzzCase, outcome: Awaited<ReturnType<ImportWorker['run']>>): string | undefined {
  switch (outcome.kind) {
    case 'result':
      return /^[0-9a-f]{64}$/.test(outcome.fileHash) ? undefined : `result without the file's hash`;
    case 'error':
      if (!ERROR_CODES.includes(outcome.code)) return `unknown error code ${outcome.code}`;
      return outcome.message.includes(fuzz.name) ? undefined : `message does not name the file: ${outcome.message}`;
    default:
      return `${outcome.kind}: ${outcome.message}`;
  }
}

describe.skipIf(!HAS_SHARED)(`fuzzing the import with mutated corpus files (skipped when ${NO_SHARED_REASON})`, () => {
  const files = HAS_SHARED ? corpus() : [];
  const families: [string, (file: FuzzCase) => FuzzCase[]][] = [
    ['truncated', truncations],
    ['bytes flipped', flips],
    ['zip entries damaged', zipDamage],
    ['sheet dimensions inflated', inflatedDimensions],
  ];
  let worker: ImportWorker;
  beforeAll(() => {
    worker = new ImportWorker();
  });
  afterAll(() => worker?.stop());

  it('draws from every kind of spreadsheet in the corpus', () => {
    const kinds = new Set(files.map((f) => f.name.replace(/.*\./, '')));
    expect([...kinds].sort()).toEqual(['csv', 'ods', 'xls', 'xlsm', 'xlsx'].filter((k) => kinds.has(k)));
    expect(kinds.has('xls') && kinds.has('xlsx') && kinds.has('csv')).toBe(true);
  });

  for (const [family, mutate] of families) {
    it(`${family}: every case ends in a clear error or a valid result`, { timeout: 240_000 }, async () => {
      const cases = files.flatMap(mutate);
      expect(cases.length).toBeGreaterThanOrEqual(10);
      const problems: string[] = [];
      const outcomes = new Map<string, number>();
      for (const fuzz of cases) {
        const outcome = await worker.run(fuzz);
        const key = outcome.kind === 'error' ? outcome.code : outcome.kind;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        const wrong = problem(fuzz, outcome);
        if (wrong) problems.push(`${fuzz.name}: ${wrong}`);
      }
      console.info(`${family}: ${cases.length} cases`, Object.fromEntries(outcomes));
      expect(problems).toEqual([]);
    });
  }
});
