// importFile: the whole pipeline for one file, in the command line's JSON shape; bad input becomes `error`, never a throw.
import type { Plan } from '../model';
import { detectTables } from './detect';
import { IngestError } from './errors';
import { mapTable } from './map/map-table';
import { readWorkbook } from './read/workbook';
import { readTemplate } from '../templates/read';
import { templateTables } from '../templates/as-tables';
import type { Decryptor, FileImportResult, IngestLimits, MapOptions, TableOverrides } from './types';

export interface ImportOptions extends MapOptions {
  password?: string;
  overrides?: TableOverrides;
  limits?: Partial<IngestLimits>;
  decryptor?: Decryptor;
  /** Called with 0..1 as the file is read and each table mapped. */
  onProgress?: (fraction: number) => void;
}

/** Reads, detects and maps one file. */
export async function importFile(bytes: Uint8Array, fileName: string, plan: Plan, options: ImportOptions = {}): Promise<FileImportResult> {
  const progress = options.onProgress ?? (() => {});
  try {
    progress(0);
    const workbook = await readWorkbook(bytes, fileName, { password: options.password, limits: options.limits, decryptor: options.decryptor });
    progress(0.5);
    // A filled data-collection template is read from its own cell map: no detection, no mapping.
    const template = readTemplate(workbook, plan, options.projectId);
    if (template) {
      const sheets = templateTables(template).map(({ table, mapped }) => ({ sheet: table.sheet, tables: [{ range: table.range, layout: table.layout, observations: mapped.observations, unmapped: [], findings: mapped.findings }] }));
      progress(1);
      return { file: fileName, fileHash: workbook.fileHash, sheets };
    }
    const tables = detectTables(workbook, options.overrides);
    const sheets = workbook.sheets.map((s) => ({ sheet: s.name, tables: [] as FileImportResult['sheets'][number]['tables'] }));
    tables.forEach((table, i) => {
      const mapped = mapTable(table, workbook, plan, options);
      sheets
        .find((s) => s.sheet === table.sheet)!
        .tables.push({ range: table.range, layout: table.layout, observations: mapped.observations, unmapped: mapped.unmapped, findings: mapped.findings });
      progress(0.5 + (0.5 * (i + 1)) / tables.length);
    });
    progress(1);
    return { file: fileName, fileHash: workbook.fileHash, sheets };
  } catch (error) {
    // Anything unexpected still becomes a clear error that names the file.
    const failure = error instanceof IngestError ? error : new IngestError('unreadable', fileName, { reason: (error as Error)?.message ?? String(error) });
    return { file: fileName, error: { code: failure.code, message: failure.message }, sheets: [] };
  }
}
