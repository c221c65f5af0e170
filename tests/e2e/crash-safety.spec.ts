// Crash safety: the page is closed in the middle of a large import, after some of its values were handed to
// IndexedDB, and the app is opened again on the same profile: none of the import remains (never a half batch),
// and the data imported before is intact.
// Two browser sessions must share one profile, so this test launches Chromium and serves the build itself.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chromium, type BrowserContext } from 'playwright-core';
import * as XLSX from 'xlsx';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { CHROMIUM_ARGS } from '../support/chromium-args';
// @ts-expect-error: a plain ES module without type declarations.
import { serveStatic } from '../../scripts/static-server.mjs';
import { ImportPage } from './pages/import';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';

const PREVIOUS_YEAR = 2020;
/** What the page logs when the large import has begun writing its values. */
const WRITING_MESSAGE = 'planeval-test: the large import is writing its values';

interface Row {
  indicator: string;
  region: string;
  year: number;
  value: number;
}

/** Every built-in indicator in every region for the given years: each (indicator, region, year) once. */
function longRows(years: number[]): Row[] {
  const plan = guangzhouPlan();
  const rows: Row[] = [];
  plan.indicators.forEach((indicator, i) =>
    plan.regions.forEach((region, r) => {
      for (const year of years) rows.push({ indicator: indicator.id, region: region.name, year, value: ((i * 7 + r * 3 + year) % 90) + 1.25 });
    }),
  );
  return rows;
}

/** A long-format workbook (指标, 地区, 年份, 数值, 单位) of the rows, in the plan's names and units. */
function longWorkbook(rows: Row[]): Buffer {
  const indicators = new Map(guangzhouPlan().indicators.map((i) => [i.id, i]));
  const sheet = XLSX.utils.aoa_to_sheet([['指标', '地区', '年份', '数值', '单位'], ...rows.map((r) => [indicators.get(r.indicator)!.name, r.region, r.year, r.value, indicators.get(r.indicator)!.unit])]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '长表');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The import summary's opening "N 个数值", with or without thousands separators. */
const valuesSummary = (n: number) => new RegExp(`^${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',?')} 个数值`);

/** What the app stored, read straight from IndexedDB (not through the app's code). */
interface Stored {
  batches: { id: string; fileName: string; count: number }[];
  /** Values per batch id. */
  perBatch: Record<string, number>;
  previous: Row[];
  fileHashes: string[];
}

async function readStored(context: BrowserContext, url: string, previousFile: string): Promise<Stored> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '开始一项规划评估' })).toBeVisible();
  const stored = await page.evaluate(async (previousName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('planeval');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    // Values are stored in chunks of one batch, one column per field (renderer/db/value-chunks.ts).
    type Repeated = { distinct: string[]; indexOf: Uint32Array };
    type StoredChunk = { batchId: string; ids: Float64Array; indicatorIds: Repeated; regions: Repeated; years: Float64Array; values: Float64Array };
    const batches = await all<{ id: string; fileName: string; count: number }>('batches');
    const observations = (await all<StoredChunk>('valueChunks')).flatMap((c) =>
      Array.from(c.ids, (_, i) => ({
        batchId: c.batchId,
        indicatorId: c.indicatorIds.distinct[c.indicatorIds.indexOf[i]!]!,
        region: c.regions.distinct[c.regions.indexOf[i]!]!,
        year: c.years[i]!,
        value: c.values[i]!,
      })),
    );
    const fileHashes = (await all<{ hash: string }>('files')).map((f) => f.hash);
    db.close();
    const perBatch: Record<string, number> = {};
    for (const o of observations) perBatch[o.batchId] = (perBatch[o.batchId] ?? 0) + 1;
    const previousId = batches.find((b) => b.fileName === previousName)?.id;
    const previous = observations.filter((o) => o.batchId === previousId).map((o) => ({ indicator: o.indicatorId, region: o.region, year: o.year, value: o.value }));
    return { batches: batches.map(({ id, fileName, count }) => ({ id, fileName, count })), perBatch, previous, fileHashes };
  }, previousFile);
  await page.close();
  return stored;
}

test('closing the page in the middle of a large import leaves no half batch and the earlier data intact', async () => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'planeval-crash-'));
  const { server, url } = (await serveStatic(process.env.PLANEVAL_E2E_WEB ?? 'out/web', 0)) as { server: Server; url: string };
  const launch = () => chromium.launchPersistentContext(join(work, 'profile'), { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true, locale: 'zh-CN', viewport: { width: 1360, height: 860 }, baseURL: url });
  try {
    const previousRows = longRows([PREVIOUS_YEAR]);
    // Years the engine reads as years (1900–2100), none shared with the previous data: nothing to decide.
    const largeYears = Array.from({ length: 200 }, (_, i) => 1901 + i).filter((y) => y !== PREVIOUS_YEAR);
    const largeRows = longRows(largeYears);
    expect(largeRows.length).toBe(14 * 12 * 199);
    const previousPath = join(work, '上年数据.xlsx');
    const largePath = join(work, '大表.xlsx');
    const largeBytes = longWorkbook(largeRows);
    writeFileSync(previousPath, longWorkbook(previousRows));
    writeFileSync(largePath, largeBytes);

    const first = await launch();
    // When the large import's first chunk of values has been handed to IndexedDB (the previous data is chunk 1),
    // the page says so and then keeps its thread busy: its transaction can neither write more nor commit, so the
    // page is closed in the middle of the import every time, not only when the timing happens to allow it.
    await first.addInitScript((writingMessage) => {
      let chunkAdds = 0;
      const add = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        const request = add.apply(this, args);
        if (this.name === 'valueChunks' && ++chunkAdds === 2) {
          console.log(writingMessage);
          const until = Date.now() + 60_000;
          while (Date.now() < until);
        }
        return request;
      };
    }, WRITING_MESSAGE);
    const page = await first.newPage();
    const wizard = new ImportPage(page);
    await test.step('the previous data is imported and committed', async () => {
      await new StartPage(page).goto();
      await new StartPage(page).createFromBuiltIn('崩溃测试');
      await new WorkspacePage(page).openTab('导入');
      await wizard.chooseFiles(previousPath);
      await expect(wizard.summary('上年数据.xlsx')).toHaveText(valuesSummary(previousRows.length));
      await wizard.commit('上年数据.xlsx');
      await expect(wizard.historyRow('上年数据.xlsx')).toHaveCount(1);
    });

    await test.step('the large import starts, and the page is closed while its values are being written', async () => {
      await wizard.chooseFiles(largePath);
      await expect(wizard.summary('大表.xlsx')).toHaveText(valuesSummary(largeRows.length), { timeout: 240_000 });
      const writing = page.waitForEvent('console', (m) => m.text() === WRITING_MESSAGE);
      // Not waiting for navigations after the click: the page's thread is about to be held busy.
      await wizard.commitButton('大表.xlsx').click({ noWaitAfter: true });
      await writing;
      await page.close({ runBeforeUnload: false });
      await first.close();
    });

    await test.step('reopened on the same profile: nothing of the large import remains, the previous data is intact', async () => {
      const second = await launch();
      try {
        const stored = await readStored(second, url, '上年数据.xlsx');
        const previous = stored.batches.find((b) => b.fileName === '上年数据.xlsx');
        expect(previous?.count).toBe(previousRows.length);
        expect(stored.perBatch[previous!.id]).toBe(previousRows.length);
        const key = (r: Row) => `${r.indicator} ${r.region} ${r.year} ${r.value}`;
        expect(stored.previous.map(key).sort()).toEqual(previousRows.map(key).sort());

        // The large import was cut off after writing a chunk of values and before its batch: none of it remains.
        expect(stored.batches.map((b) => b.fileName)).toEqual(['上年数据.xlsx']);
        expect(Object.keys(stored.perBatch)).toEqual([previous!.id]);
        expect(stored.fileHashes).not.toContain(sha256(largeBytes));
      } finally {
        await second.close();
      }
    });
  } finally {
    await new Promise((done) => server.close(() => done(undefined)));
    rmSync(work, { recursive: true, force: true });
  }
});
