// Statistics files → observations with provenance, through the app's import engine; shared by `evaluate` and `report`.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFile, type MapOptions } from '../shared/ingest';
import type { Observation, Plan } from '../shared/model';

export interface LoadObservationsOptions extends MapOptions {
  password?: string;
  /** ISO time stamped on every observation's provenance; passed in so a run can be reproduced. */
  importedAt: string;
}

/**
 * Imports every file and returns the mapped values in file order, each with its source (file, hash, sheet, cell).
 * Unmapped names are left out; a file that cannot be read or opened is an Error naming the file.
 */
export async function loadObservations(files: string[], plan: Plan, options: LoadObservationsOptions): Promise<Observation[]> {
  const observations: Observation[] = [];
  for (const path of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      throw new Error(`无法打开数据文件“${path}” (cannot open data file "${path}"): ${(error as Error).message}`);
    }
    const fileName = basename(path);
    const result = await importFile(bytes, fileName, plan, options);
    if (result.error) throw new Error(`${fileName}: ${result.error.message}`);
    const batchId = `${fileName}#${result.fileHash ?? ''}`;
    for (const sheet of result.sheets) {
      for (const table of sheet.tables) {
        for (const o of table.observations) {
          observations.push({
            projectId: 'cli',
            batchId,
            indicatorId: o.indicator,
            region: o.region,
            year: o.year,
            value: o.value,
            source: { fileName, fileHash: result.fileHash ?? '', sheet: o.sheet, cell: o.cell, rawText: o.rawText, importedAt: options.importedAt },
            ...(o.footnote ? { footnote: o.footnote } : {}),
          });
        }
      }
    }
  }
  return observations;
}
