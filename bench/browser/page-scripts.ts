// Code the browser workloads run inside the page, as source text: functions written here would be compiled
// with helpers (tsx's name keeping) that do not exist in the page, so each script is a function body.

/** A function Playwright can send to the page: `body` runs with the workload's argument as `arg`. */
export function inPage<A, R>(body: string): (arg: A) => Promise<R> {
  return new Function('arg', `return (async () => {\n${body}\n})();`) as (arg: A) => Promise<R>;
}

/**
 * Builds the values of the generated project as the import wizard hands them to commitImport (one
 * DraftObservation per value cell) and keeps them, with the plan, on window.__benchData.
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
  window.__benchData = { plan, drafts };
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
  const batch = await B.commitImport(B.db, arg.projectId, { fileName: 'bench-240k.xlsx', fileHash: '0'.repeat(64) }, window.__benchData.drafts);
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
