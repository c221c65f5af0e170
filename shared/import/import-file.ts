// importFile: the whole pipeline for one file in the command line's JSON shape; bad input becomes `error`, never a throw.
import { IngestError, type IngestLimits, type Decryptor, type Layout, type MapOptions, type NoTableReason, type TableOverrides, type UnmappedName } from '../ingest';
import { draftAt, type DraftObservation, type Plan, type ValueColumns } from '../model';
import type { CellFinding } from '../workbook';
import { ImportSession } from './session';

export interface ImportOptions extends MapOptions {
  password?: string;
  overrides?: TableOverrides;
  limits?: Partial<IngestLimits>;
  decryptor?: Decryptor;
  /** Called with 0..1 as the file is read and each table mapped. */
  onProgress?: (fraction: number) => void;
}

export interface TableImport {
  range: string;
  layout: Layout;
  observations: DraftObservation[];
  /** The same values as columns, for a caller that moves them on. */
  values: ValueColumns;
  unmapped: UnmappedName[];
  findings: CellFinding[];
}

export interface FileImportResult {
  file: string;
  fileHash?: string;
  error?: { code: string; message: string };
  /** Every sheet; one without a table says why (`noTable`). */
  sheets: { sheet: string; tables: TableImport[]; noTable?: { reason: NoTableReason; message: string } }[];
}

/** The drafts of a table's values, in the plan's units. */
export function draftsOf(values: ValueColumns, plan: Plan): DraftObservation[] {
  const units = new Map(plan.indicators.map((i) => [i.id, i.unit]));
  const unitOf = (id: string) => units.get(id) ?? '';
  return Array.from({ length: values.years.length }, (_, i) => draftAt(values, i, unitOf));
}

/** Reads, detects and maps one file (or reads a filled template), leaving out the tables the overrides skip. */
export async function importFile(bytes: Uint8Array, fileName: string, plan: Plan, options: ImportOptions = {}): Promise<FileImportResult> {
  const progress = options.onProgress ?? (() => {});
  try {
    progress(0);
    const session = await ImportSession.open(bytes, fileName, { password: options.password, limits: options.limits, decryptor: options.decryptor });
    progress(0.5);
    const analysed = session.analyse(plan, options.overrides, options, (fraction) => progress(0.5 + 0.5 * fraction));
    // A template lists only its department sheets; any other file every sheet, with or without tables.
    const sheetNames = session.template ? analysed.map((a) => a.table.sheet) : session.workbook.sheets.map((s) => s.name);
    const without = new Map(session.sheetsWithoutTables(analysed).map((s) => [s.sheet, { reason: s.reason, message: s.message }]));
    const sheets: FileImportResult['sheets'] = sheetNames.map((sheet) => {
      const noTable = without.get(sheet);
      return noTable ? { sheet, tables: [], noTable } : { sheet, tables: [] };
    });
    for (const { table, mapped } of analysed) {
      if (!mapped) continue;
      // Getters, so that a caller reading only the columns never makes the draft objects.
      let observations: DraftObservation[] | undefined;
      sheets
        .find((s) => s.sheet === table.sheet)!
        .tables.push({
          range: table.range,
          layout: table.layout,
          get observations() {
            return (observations ??= draftsOf(mapped.values, plan));
          },
          values: mapped.values,
          unmapped: mapped.unmapped,
          findings: mapped.findings,
        });
    }
    progress(1);
    return { file: fileName, fileHash: session.workbook.fileHash, sheets };
  } catch (error) {
    // Anything unexpected still becomes a clear error that names the file.
    const failure = error instanceof IngestError ? error : new IngestError('unreadable', fileName, { reason: (error as Error)?.message ?? String(error) });
    return { file: fileName, error: { code: failure.code, message: failure.message }, sheets: [] };
  }
}
