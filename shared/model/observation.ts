// One value of one indicator, for one region and year, with where it came from.

/**
 * Where a value's year was written when no year column or row of its table gives it: the table's title, a unit,
 * "时间:" or note line, the sheet's name, the value column's own header ("2023年…"), or given by the user (the
 * import wizard, the command line's --year).
 */
export const YEAR_SOURCES = ['title', 'note', 'sheet', 'header', 'given'] as const;
export type YearSource = (typeof YEAR_SOURCES)[number];

/** Where a value came from: enough to find the cell again in the original file. */
export interface Provenance {
  fileName: string;
  /** SHA-256 of the file's bytes, hex. */
  fileHash: string;
  sheet: string;
  /** A1 address of the cell. */
  cell: string;
  /** The cell's text as the file showed it (its number format applied: "1.91" for a stored 1.905817…). */
  rawText: string;
  /**
   * The number that text shows, in the indicator's unit, when the number format rounds the stored number (the
   * value is the stored number): 1.91 beside the value 1.905817….
   */
  shownValue?: number;
  /** ISO 8601 time of the import. */
  importedAt: string;
  /** The publication the value is quoted from: a 公报 or yearbook table, given for its file at import, or for the value. */
  citation?: string;
  /** Where the year was read, for a value whose table has no year column or row. */
  yearFrom?: YearSource;
}

export interface Observation {
  /** Assigned by storage. */
  id?: number;
  projectId: string;
  batchId: string;
  indicatorId: string;
  /** Canonical region name (the plan's whole-area region for city totals). */
  region: string;
  year: number;
  /** In the indicator's unit. */
  value: number;
  source: Provenance;
  /** 示例数据: not an official statistic. Shown wherever the value is shown. */
  illustrative?: boolean;
  /** Footnote marks that were stripped from the cell text (e.g. "①", "*"). */
  footnote?: string;
}

/** What the attainment engine needs of an observation. */
export type ObservationInput = Pick<Observation, 'indicatorId' | 'region' | 'year' | 'value'> &
  Partial<Pick<Observation, 'source' | 'illustrative' | 'batchId' | 'id'>>;
