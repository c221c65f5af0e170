// Statistics files → values with provenance, through the app's import session; shared by `evaluate` and `report`.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { bilingual } from '../shared/base';
import { ImportedValues, importFile } from '../shared/import';
import type { MapOptions } from '../shared/ingest';
import type { Plan } from '../shared/model';

export interface LoadValuesOptions extends MapOptions {
  password?: string;
  /** ISO time stamped on every value's provenance; passed in so a run can be reproduced. */
  importedAt: string;
}

/**
 * Imports every file and returns the mapped values in file order, each with its source (file, hash, sheet, cell).
 * Unmapped names are left out; a file that cannot be read or opened is an Error naming the file.
 */
export async function loadValues(files: string[], plan: Plan, options: LoadValuesOptions): Promise<ImportedValues> {
  const values = new ImportedValues();
  for (const path of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      throw new Error(`${bilingual('cli.error.cannotOpenData', { path })}: ${(error as Error).message}`);
    }
    const fileName = basename(path);
    const result = await importFile(bytes, fileName, plan, options);
    if (result.error) throw new Error(`${fileName}: ${result.error.message}`);
    const fileHash = result.fileHash ?? '';
    const origin = { projectId: 'cli', batchId: `${fileName}#${fileHash}`, fileName, fileHash, importedAt: options.importedAt };
    for (const sheet of result.sheets) for (const table of sheet.tables) values.add(table.values, origin);
  }
  return values;
}
