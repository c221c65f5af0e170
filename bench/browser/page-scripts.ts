// Code the browser workloads run inside the page, as source text: functions written here would be compiled
// with helpers (tsx's name keeping) that do not exist in the page, so each script is a function body.

/** A function Playwright can send to the page: `body` runs with the workload's argument as `arg`. */
export function inPage<A, R>(body: string): (arg: A) => Promise<R> {
  return new Function('arg', `return (async () => {\n${body}\n})();`) as (arg: A) => Promise<R>;
}

/**
 * Builds the values of the generated project as the import wizard hands them to commitImport (the import worker's
 * columns) and as the raw put loop writes them (one draft object per value cell), and keeps them, with the plan,
 * on window.__benchData.
 * arg: { plan, values } with values in the order indicator → year → region.
 */
export const PREPARE_DRAFTS = `
  const { plan, values, firstYear, years } = arg;
  const drafts = [];
  let k = 0;
  for (const indicator of plan.indicators) {
    for (let y = 0; y < years; y++) {
      for (const region of plan.regions) {
        const value = values[k++];
        drafts.push({ indicator: indicator.id, region: region.name, year: firstYear + y, value, unit: indicator.unit, sheet: 'data', cell: 'D' + (k + 1), rawText: String(value) });
      }
    }
  }
  const columns = new window.__planevalBench.ValueColumnsBuilder(drafts.length);
  for (const d of drafts) columns.add(d.indicator, d.region, d.year, d.value, d.sheet, d.cell, d.rawText);
  window.__benchData = { plan, drafts, columns: columns.finish() };
  return drafts.length;`;

/** Deletes and reopens the app's database, then stores a project of the plan; returns its id. */
export const RESET_AND_CREATE_PROJECT = `
  const B = window.__planevalBench;
  await B.db.delete();
  await B.db.open();
  const project = await B.createProject(B.db, { name: arg.name, plan: window.__benchData.plan });
  return project.id;`;

/** The app's import path: commitImport of every draft into project arg.projectId; returns the milliseconds. */
export const COMMIT_DRAFTS = `
  const B = window.__planevalBench;
  const start = performance.now();
  const batch = await B.commitImport(B.db, arg.projectId, { fileName: 'bench-240k.xlsx', fileHash: '0'.repeat(64) }, [window.__benchData.columns]);
  const ms = performance.now() - start;
  if (batch.count !== window.__benchData.drafts.length) throw new Error('commitImport stored ' + batch.count + ' values');
  return ms;`;

/**
 * The peer: the same rows (as commitImport stores them, provenance included) written with a plain IndexedDB
 * put loop in one transaction, into a database with the app's observations store and indexes. Returns the
 * milliseconds from the first put to the transaction's completion.
 */
export const RAW_PUT_LOOP = `
  await new Promise((done) => { const request = indexedDB.deleteDatabase('bench-peer'); request.onsuccess = request.onerror = done; });
  const idb = await new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-peer', 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('observations', { keyPath: 'id', autoIncrement: true });
      store.createIndex('projectId', 'projectId');
      store.createIndex('batchId', 'batchId');
      store.createIndex('[projectId+indicatorId+region+year]', ['projectId', 'indicatorId', 'region', 'year']);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const importedAt = new Date().toISOString();
  const rows = window.__benchData.drafts.map((d) => ({
    projectId: 'peer', batchId: 'peer-batch', indicatorId: d.indicator, region: d.region, year: d.year, value: d.value,
    source: { fileName: 'bench-240k.xlsx', fileHash: '0'.repeat(64), sheet: d.sheet, cell: d.cell, rawText: d.rawText, importedAt },
  }));
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const tx = idb.transaction('observations', 'readwrite');
    const store = tx.objectStore('observations');
    for (const row of rows) store.put(row);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - start;
  idb.close();
  await new Promise((done) => { const request = indexedDB.deleteDatabase('bench-peer'); request.onsuccess = request.onerror = done; });
  return ms;`;

/**
 * Changes the dashboard's as-of year to arg.year the way the select does, and measures from the change event to
 * the first frame after the page's last DOM change: the page counts as settled once it has been quiet for
 * arg.quietMs. Returns { ms, longestTaskMs } (the longest main-thread task in between).
 */
export const CHANGE_AS_OF = `
  const select = document.querySelector('[data-testid="as-of"]');
  if (!select) throw new Error('no as-of select');
  let lastChange = performance.now();
  const frames = [];
  let longestTaskMs = 0;
  const observer = new MutationObserver(() => { lastChange = performance.now(); });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const tasks = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration); });
  tasks.observe({ type: 'longtask' });
  const start = performance.now();
  select.value = String(arg.year);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => {
    const frame = () => {
      const now = performance.now();
      frames.push(now);
      if (now - lastChange >= arg.quietMs && now - start >= arg.quietMs) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  observer.disconnect();
  tasks.disconnect();
  if (!document.querySelector('[data-testid="overview"], [data-testid="charts"]')) throw new Error('the dashboard is gone');
  const painted = frames.find((t) => t >= lastChange);
  return { ms: painted - start, longestTaskMs };`;

/**
 * The app's import path for one workbook: the import worker reads and maps it off the main thread, then
 * commitImport stores the mapped values. The file is the one chosen in the page's #bench-file input;
 * arg: { projectId }. Returns the milliseconds, the
 * values stored, and every main-thread task over 50 ms seen by a PerformanceObserver for 'longtask'.
 */
export const IMPORT_WORKBOOK = `
  const B = window.__planevalBench;
  const file = document.getElementById('bench-file').files[0];
  const project = await B.db.projects.get(arg.projectId);
  const longTasks = [];
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, ms: entry.duration }); });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const worker = new B.ImportFileWorker('bench');
  const marks = {};
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await worker.read(file.name, bytes, undefined);
    marks.read = performance.now() - start;
    const { tables } = await worker.analyse(project.plan, {}, { projectId: arg.projectId });
    marks.analysed = performance.now() - start;
    // The values of every table not left out, in table order, as the wizard hands them to commitImport.
    const values = B.incomingValues(tables);
    // As the wizard does: the worker (and the workbook it holds) is released before the values are stored.
    worker.cancel();
    const batch = await B.commitImport(B.db, arg.projectId, { fileName: file.name, fileHash: read.fileHash }, values);
    marks.committed = performance.now() - start;
    // One more frame, so that a long task ending the import is reported before the observer stops.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    observer.disconnect();
    return { ms: marks.committed, count: batch.count, marks, longTasks };
  } finally {
    worker.cancel();
  }`;

/**
 * What a cold start of project arg.projectId spends its time on, measured in the page: a raw IndexedDB getAll of
 * the records the values are stored in, their contents read (the floor for reading them); the app's read of the
 * same (readStoredValues); the evaluation of its columns; and, after the dashboard is shown, building the values
 * as objects. Returns milliseconds and the row count.
 */
export const COLD_START_PARTS = `
  const B = window.__planevalBench;
  const project = await B.db.projects.get(arg.projectId);
  const idb = B.db.backendDB();
  let start = performance.now();
  await new Promise((resolve, reject) => {
    const request = idb.transaction('valueChunks').objectStore('valueChunks').index('projectId').getAll(arg.projectId);
    request.onsuccess = () => resolve(request.result.length);
    request.onerror = () => reject(request.error);
  });
  const rawMs = performance.now() - start;
  start = performance.now();
  const values = await B.readStoredValues(B.db, arg.projectId);
  const readMs = performance.now() - start;
  start = performance.now();
  B.evaluate(project.plan, values.columns, project.settings);
  const evaluateMs = performance.now() - start;
  start = performance.now();
  const observations = await values.observations();
  const buildObjectsMs = performance.now() - start;
  return { rows: observations.length, rawMs, readMs, evaluateMs, buildObjectsMs };`;
