// Filled task templates → the ledger's progress records for `planeval report --tasks`, through the same reader the
// app uses; what the reader reports (refused answers by sheet and cell, departments that did not report) is returned.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { bilingual } from '../shared/base';
import { ImportSession } from '../shared/import';
import type { ItemProgress, Ledger } from '../shared/ledger';
import { replacesProgress } from '../shared/templates';
import { loadLedger } from './load-ledger';

export interface LoadedProgress {
  progress: ItemProgress[];
  /** One line each, both languages: what each file held and its findings. */
  notes: string[];
  /** The year each file reports. */
  years: number[];
}

/**
 * Reads every file; a later file's answer to an item and year replaces an earlier one, and an unanswered item never
 * replaces an answer. A file that cannot be opened or is no task template is an Error naming it.
 */
export async function loadProgress(files: string[], ledger: Ledger, importedAt: string): Promise<LoadedProgress> {
  const records = new Map<string, ItemProgress>();
  const notes: string[] = [];
  const years: number[] = [];
  for (const path of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      throw new Error(`${bilingual('tasksReport.cli.cannotOpen', { path })}: ${(error as Error).message}`);
    }
    const fileName = basename(path);
    const reading = (await ImportSession.open(bytes, fileName)).readTasks(ledger, { importedAt });
    if (!reading) throw new Error(bilingual('tasksReport.cli.notTaskTemplate', { file: fileName }));
    years.push(reading.info.year);
    const answered = reading.progress.filter((p) => p.rating !== null).length;
    notes.push(bilingual('tasksReport.cli.read', { file: fileName, year: reading.info.year, answered, missing: reading.notReported.length, refused: reading.findings.length }));
    for (const finding of reading.findings) notes.push(`  ${finding.message}`);
    for (const record of reading.progress) {
      const key = `${record.itemId}\u0000${record.year}`;
      if (replacesProgress(record, records.get(key))) records.set(key, record);
    }
  }
  return { progress: [...records.values()], notes, years };
}

/** The ledger of `planSpec` with the progress of the filled task templates; what the files held goes to stderr. */
export async function loadTasks(planSpec: string, files: string[], importedAt: string, asOf: number): Promise<{ ledger: Ledger; progress: ItemProgress[] }> {
  const ledger = loadLedger(planSpec);
  const { progress, notes, years } = await loadProgress(files, ledger, importedAt);
  for (const note of notes) process.stderr.write(`${note}\n`);
  for (const year of new Set(years)) if (year !== asOf) process.stderr.write(`${bilingual('tasksReport.cli.yearDiffers', { year, asOf })}\n`);
  return { ledger, progress };
}
