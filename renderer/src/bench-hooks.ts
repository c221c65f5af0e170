// The app's own storage, import and evaluation functions for `npm run bench`, on window.__planevalBench, only
// when the address asks for them with ?bench=1 (the desktop app never loads such an address, and no file can).
import { evaluate } from '../../shared/attain';
import { ValueColumnsBuilder } from '../../shared/model';
import { guangzhouPlan } from '../../shared/plans';
import { createProject, db, openSampleProject, readStoredValues } from '../db';
import { commitImport } from '../db/imports';
import { ImportFileWorker } from '../workers/import-client';
import { incomingValues } from './screens/import';

/** What the benchmarks reach in the page. */
export const benchApi = { db, createProject, commitImport, readStoredValues, openSampleProject, evaluate, guangzhouPlan, ImportFileWorker, incomingValues, ValueColumnsBuilder };

declare global {
  interface Window {
    __planevalBench?: typeof benchApi;
  }
}

/** Attaches the benchmark hooks when the page was opened with ?bench=1. */
export function installBenchHooks(): void {
  if (new URLSearchParams(location.search).get('bench') === '1') window.__planevalBench = benchApi;
}
