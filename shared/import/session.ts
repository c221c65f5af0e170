// One file's import, the same in the import worker, the command line and the tests: bytes → workbook → tables (a
// filled template's own, else detected) → values mapped to the plan, analysed again after each correction; or, for a
// filled task progress template, its answers → the ledger's progress records.
import {
  IngestError,
  detectTables,
  mapTable,
  readWorkbook,
  sheetWithoutTable,
  type DetectedTable,
  type MapOptions,
  type MappedTable,
  type ReadOptions,
  type SheetWithoutTable,
  type TableOverrides,
} from '../ingest';
import type { Ledger } from '../ledger';
import type { Plan } from '../model';
import {
  METADATA_SHEET,
  readTaskTemplate,
  readTemplate,
  recogniseTaskTemplate,
  recogniseTemplate,
  TASK_METADATA_SHEET,
  type ReadTaskTemplateOptions,
  type TaskTemplateInfo,
  type TaskTemplateReading,
  type TemplateInfo,
} from '../templates';
import type { ReadWorkbook, SheetGrid } from '../workbook';
import { templateTables } from './template-tables';

/** One table as detected (with the user's overrides) and, unless the user left it out, as mapped. */
export interface AnalysedTable {
  table: DetectedTable;
  mapped?: MappedTable;
}

/** A file read once, analysed as often as the user corrects it. */
export class ImportSession {
  private constructor(
    readonly workbook: ReadWorkbook,
    /** The data-collection template the file was filled from, when it is one. */
    readonly template: TemplateInfo | null,
    /** The task progress template the file was filled from, when it is one: its answers are read, not its tables. */
    readonly taskTemplate: TaskTemplateInfo | null,
  ) {}

  /**
   * Reads the file; an unreadable, protected or oversized file throws an IngestError naming it, and so does a task
   * template whose hidden cell map is damaged (its answers cannot be placed, and reading them as tables would guess).
   */
  static async open(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ImportSession> {
    const workbook = await readWorkbook(bytes, fileName, options);
    const taskTemplate = recogniseTaskTemplate(workbook);
    if (!taskTemplate && workbook.sheets.some((s) => s.name === TASK_METADATA_SHEET)) throw new IngestError('task-template-damaged', fileName, {}, { sheet: TASK_METADATA_SHEET });
    return new ImportSession(workbook, recogniseTemplate(workbook), taskTemplate);
  }

  /** The sheets a user looks at: a template's hidden cell map is not one of them. */
  visibleSheets(): SheetGrid[] {
    const hidden = new Set([...(this.template ? [METADATA_SHEET] : []), ...(this.taskTemplate ? [TASK_METADATA_SHEET] : [])]);
    return this.workbook.sheets.filter((s) => !hidden.has(s.name));
  }

  /** A filled task template's answers as progress records, against the project's ledger; null for any other file. */
  readTasks(ledger: Ledger, options: ReadTaskTemplateOptions): TaskTemplateReading | null {
    return this.taskTemplate ? readTaskTemplate(this.workbook, ledger, options) : null;
  }

  /**
   * The sheets a user looks at in which `analysed` has no table, each with the reason: a sheet never comes back
   * empty without a word. (Where the tables are does not depend on the plan or the overrides, only on the sheet.)
   */
  sheetsWithoutTables(analysed: readonly AnalysedTable[]): SheetWithoutTable[] {
    const withTables = new Set(analysed.map((a) => a.table.sheet));
    return this.visibleSheets()
      .filter((sheet) => !withTables.has(sheet.name))
      .map(sheetWithoutTable);
  }

  /**
   * Every table with its values. A filled template is read from its cell map (nothing to detect, map or ask);
   * any other file is detected and mapped. A table the overrides skip is still listed, without values, so the
   * user can take it back. `onProgress` gets 0..1 as tables are mapped.
   */
  analyse(plan: Plan, overrides: TableOverrides = {}, options: MapOptions = {}, onProgress: (fraction: number) => void = () => {}): AnalysedTable[] {
    const reading = this.template ? readTemplate(this.workbook, plan, options.projectId) : null;
    if (reading) {
      onProgress(1);
      return templateTables(reading).map((x) => (overrides[x.table.key]?.skip ? { table: x.table } : x));
    }
    const detectOverrides: TableOverrides = {};
    for (const [key, { skip: _skip, ...rest }] of Object.entries(overrides)) detectOverrides[key] = rest;
    const tables = detectTables(this.workbook, detectOverrides);
    return tables.map((table, i) => {
      const analysed = overrides[table.key]?.skip ? { table } : { table, mapped: mapTable(table, this.workbook, plan, options) };
      onProgress((i + 1) / tables.length);
      return analysed;
    });
  }
}
