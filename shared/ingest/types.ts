// The shapes of the import engine: reading bytes into a ReadWorkbook, tables found in its sheets (DetectedTable),
// and their values mapped to the plan's indicators and regions (MappedTable).
import type { ValueColumns, YearSource } from '../model';
import type { Message } from '../i18n';
import type { CellFinding, CellOutcome } from '../workbook';

export interface IngestLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total uncompressed size of a zip-based workbook, in bytes. */
  maxExpandedBytes: number;
  /** Most cells one sheet may hold. */
  maxSheetCells: number;
}

/** Decrypts an Office file with a password; resolves to null when the password is wrong. */
export type Decryptor = (bytes: Uint8Array, password: string) => Promise<Uint8Array | null>;

export interface ReadOptions {
  /** The password the user typed; files with Excel's default password need none. */
  password?: string;
  limits?: Partial<IngestLimits>;
  /** How to decrypt protected files; the pure read/decryptors/ implementation when omitted. */
  decryptor?: Decryptor;
}

export type Layout = 'indicators-by-years' | 'regions-by-years' | 'regions-by-indicators' | 'long';
export const LAYOUTS: readonly Layout[] = ['indicators-by-years', 'regions-by-years', 'regions-by-indicators', 'long'];

/** A column of a long (tidy) table and what it holds. */
export interface LongColumns {
  indicator?: number;
  region?: number;
  year?: number;
  value: number;
  unit?: number;
}

/** One column of values in a wide table: a year, or an indicator with its own unit. */
export interface DataColumn {
  column: number;
  /** For year columns; for an indicator column, the year its header starts or ends with ("2023年…"). */
  year?: number;
  /** For indicator columns: the indicator's name as the header shows it (units and English removed). */
  name?: string;
  /** The group header above the indicator in a two-row header, when there is one. */
  group?: string;
  /** A unit the header gives for this column (e.g. "(亿元)"). */
  unit?: string;
}

export interface DetectedTable {
  /** Stable within a file: overrides are keyed by it. "<sheet>!<first row of the block>". */
  key: string;
  sheet: string;
  /** A1 range of the whole table, titles included. */
  range: string;
  layout: Layout;
  /** 0-based rows of the header. */
  headerRows: number[];
  /** 0-based rows that hold data (blank, note and repeated header rows excluded). */
  dataRows: number[];
  /** Column of region names (regions-by-*) or indicator names (indicators-by-years). */
  labelColumn: number;
  /** Year columns (…-by-years) or indicator columns (regions-by-indicators). */
  valueColumns: DataColumn[];
  /** Long tables only. */
  longColumns?: LongColumns;
  /** Column holding each row's unit (indicators-by-years with a 单位 column). */
  unitColumn?: number;
  /** The unit the title area gives for the whole table ("单位:%"). */
  unit?: string;
  /** Single-indicator tables: the indicator the title or an "指标:" line names. */
  indicator?: string;
  /** Single-year tables: the year the title, a "时间:", unit or note line, or the sheet's name gives. */
  year?: number;
  /** Where `year` came from. */
  yearFrom?: YearSource;
  /** Single-region tables: the region an "地区:" line names. */
  region?: string;
  /** The title text, when there is one. */
  title?: string;
  /** A1 cell of the title or "指标:" line that names the single indicator. */
  titleCell?: string;
  /** Set on 续表 blocks: the key of the table they continue. */
  continues?: string;
}

/**
 * Why a sheet yields no table: it is empty, holds only text, has numbers but no rows of a name followed by numbers,
 * or has such rows but no header row above them.
 */
export type NoTableReason = 'empty' | 'only-text' | 'no-numeric-block' | 'no-header';
export const NO_TABLE_REASONS: readonly NoTableReason[] = ['empty', 'only-text', 'no-numeric-block', 'no-header'];

/** A sheet in which no table was found, with the reason, said in both languages. */
export interface SheetWithoutTable {
  sheet: string;
  reason: NoTableReason;
  /** "中文 (English)", as the command line prints it. */
  message: string;
  text: Message;
}

/** What the user corrected for one table; every field replaces the detected guess. */
export interface TableOverride {
  layout?: Layout;
  headerRows?: number[];
  labelColumn?: number;
  /** Years by column index (…-by-years), replacing the detected year columns. */
  yearColumns?: Record<number, number>;
  unit?: string;
  indicator?: string;
  year?: number;
  region?: string;
  /** Leave the table out of the import. */
  skip?: boolean;
}

/** Overrides by table key. */
export type TableOverrides = Record<string, TableOverride>;

export interface MapOptions {
  /** The project's saved decisions: normalised source name → indicator id. */
  decisions?: Record<string, string>;
  /** Indicator id for tables that name no indicator (or one the plan does not know). */
  indicator?: string;
  /** Year for tables that name no year. */
  year?: number;
  /** Region for tables that name no region (default: the plan's whole area). */
  region?: string;
  /** The project importing: a data-collection template made for another project is explained. */
  projectId?: string;
  /**
   * Regions outside the plan (全国, 广东, 北京 …) to keep as benchmarks (对标), by canonical name, or true for all of
   * them; the values of any other region outside the plan are left out. Benchmarks are never assessed or ranked.
   */
  benchmarks?: true | readonly string[];
}

export interface UnmappedName {
  name: string;
  /** A1 address of the cell that names it. */
  cell: string;
  /** Indicator ids, best first. */
  suggestions: string[];
}

export interface MappedTable {
  /** The table's values in the indicators' units, as columns. */
  values: ValueColumns;
  unmapped: UnmappedName[];
  unknownRegions: string[];
  findings: CellFinding[];
  /** By A1 address, for every value cell of the table. */
  cellOutcomes: Record<string, CellOutcome>;
  /** The same outcomes as parallel lists in reading order, when the mapper kept them so: a reader that wants a
   *  few of them (the import wizard's preview window) skips building the keyed record of every cell. */
  outcomeList?: { cells: readonly string[]; kinds: readonly CellOutcome[] };
  summary: { values: number; indicators: number; regions: number; years: [number, number] | null; flagged: number };
}
