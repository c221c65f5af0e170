// mapTable: one detected table to observations in the plan's indicators, units and regions, with findings per cell.
import { cellAddress, inBothLanguages } from '../../base';
import { ValueColumnsBuilder, type Indicator, type Plan, type ValueColumns, type ValueExtras, type YearSource } from '../../model';
import { type CellFinding, cellFinding, type CellOutcome, cellText, type GridCell, parseNumberText, readValue, type ReadWorkbook, type SheetGrid } from '../../workbook';
import { cellAt, textAt, yearOf } from '../detect/cells';
import { columnHeader, headerMeaning, type HeaderMeaning, labelName } from '../detect/header-text';
import type { DetectedTable, MapOptions, MappedTable, UnmappedName } from '../types';
import { indicatorMatcher } from './indicators';
import { regionMatcher } from './regions';
import { suggestIndicators } from './suggest';

/** Collects a table's observations, unmapped names, unknown regions, findings and cell outcomes. */
class TableMapper {
  // Values are kept as columns, not objects: a large table's drafts would be the biggest thing in the import worker.
  private readonly columns: ValueColumnsBuilder;
  private firstYear = Infinity;
  private lastYear = -Infinity;
  readonly unmapped: UnmappedName[] = [];
  readonly findings: CellFinding[] = [];
  // Outcomes in arrival order; the record keyed by address is built only when read (the command line never reads it,
  // and 200,000 keys added one by one to an object cost more than the rest of mapping a row).
  private readonly outcomeCells: string[] = [];
  private readonly outcomeKinds: CellOutcome[] = [];
  private readonly unmappedNames = new Set<string>();
  private readonly unknownRegions = new Map<string, string>();
  private readonly assumedUnits = new Set<string>();
  private flagged = 0;
  // One extras object per year source, shared by every value that has no footnote: a table dated by its title
  // makes no object per value.
  private readonly yearExtras = new Map<YearSource, ValueExtras>();
  private readonly labels = new Map<string, string>();
  private readonly meanings = new Map<string, HeaderMeaning>();
  private readonly indicators;
  private readonly regions;

  constructor(
    readonly grid: SheetGrid,
    readonly table: DetectedTable,
    readonly plan: Plan,
    readonly options: MapOptions,
  ) {
    this.indicators = indicatorMatcher(plan, options.decisions);
    this.regions = regionMatcher(plan);
    // Room for every value the table can give (one per data row and value column; a long table's row gives one),
    // so the columns never grow by copying.
    this.columns = new ValueColumnsBuilder(table.dataRows.length * Math.max(1, table.valueColumns.length));
  }

  outcome(cell: string, outcome: CellOutcome): void {
    this.outcomeCells.push(cell);
    this.outcomeKinds.push(outcome);
  }

  finding(cell: string, code: string, params: Record<string, string | number> = {}): void {
    this.findings.push(cellFinding(cell, code, inBothLanguages(`ingest.finding.${code}`, { cell, ...params })));
  }

  /** The indicator a name means; an unknown name is listed once, with suggestions, and yields null. */
  indicator(name: string, cell: string, group?: string): Indicator | null {
    const found = this.indicators.match(name) ?? (group ? this.indicators.match(group + name) : null);
    if (found) return found;
    // Under a group header the name is the two together ("R&D经费内部支出·政府资金"): a choice for it is one for that
    // column, not for every "政府资金".
    const full = group ? `${group}·${name}` : name;
    if (!this.unmappedNames.has(full)) {
      this.unmappedNames.add(full);
      this.unmapped.push({ name: full, cell, suggestions: suggestIndicators(full, this.plan.indicators) });
    }
    return null;
  }

  /** What a row label says (name and unit); a long table repeats each label on many rows, so each is read once. */
  labelMeaning(label: string): HeaderMeaning {
    let meaning = this.meanings.get(label);
    if (!meaning) this.meanings.set(label, (meaning = headerMeaning(label)));
    return meaning;
  }

  /**
   * The indicator of a table that holds one: as named (or overridden), else the forced one from the options, else
   * the name listed as unmapped. `named` is what names it, and where (the title, or a lone value column's header).
   */
  singleIndicator(named: { name: string; cell: string; group?: string } | null = this.tableIndicatorName()): Indicator | null {
    const { table, options } = this;
    const overridden = table.indicator ? (this.indicators.byId(table.indicator) ?? this.indicators.match(table.indicator)) : null;
    if (overridden) return overridden;
    const found = named ? (this.indicators.match(named.name) ?? (named.group ? this.indicators.match(named.group + named.name) : null)) : null;
    if (found) return found;
    const forced = options.indicator ? this.indicators.byId(options.indicator) : undefined;
    if (forced) return forced;
    if (named) return this.indicator(named.name, named.cell, named.group);
    this.finding(table.titleCell ?? table.range.split(':')[0], 'indicator-unknown');
    return null;
  }

  /** What the title area (or the user) names as the table's indicator. */
  private tableIndicatorName(): { name: string; cell: string } | null {
    const { table } = this;
    return table.indicator ? { name: table.indicator, cell: table.titleCell ?? table.range.split(':')[0] } : null;
  }

  /**
   * The plan's region a name means; a region outside the plan is itself when kept as a benchmark, and null (its
   * values left out) otherwise. Each such region is listed once, with a finding that says which it became.
   */
  region(name: string, cell: string): string | null {
    // A yearbook's region label carries its English name too ("北 京\nBeijing"); a long table repeats each label.
    let label = this.labels.get(name);
    if (label === undefined) this.labels.set(name, (label = labelName(name)));
    const { region, known } = this.regions.match(label);
    if (known) return region;
    const { benchmarks } = this.options;
    const kept = benchmarks === true || (benchmarks?.includes(region) ?? false);
    if (!this.unknownRegions.has(region)) {
      this.unknownRegions.set(region, cell);
      this.finding(cell, kept ? 'region-benchmark' : 'region-left-out', { region });
    }
    return kept ? region : null;
  }

  /** The region of a table with no region column: named by the table, forced, or the plan's whole area. */
  tableRegion(): string | null {
    const named = this.table.region ?? this.options.region;
    return named ? this.region(named, this.table.range.split(':')[0]) : this.regions.wholeArea;
  }

  /**
   * The year of values that no year column or row dates: the user's in the wizard, else --year, else the one the
   * table's title, notes or sheet name give; null when there is none.
   */
  tableYear(): { year: number; from: YearSource } | null {
    const { table, options } = this;
    if (table.year !== undefined && table.yearFrom === 'given') return { year: table.year, from: 'given' };
    if (options.year !== undefined) return { year: options.year, from: 'given' };
    return table.year !== undefined ? { year: table.year, from: table.yearFrom ?? 'title' } : null;
  }

  /** One value cell; `region` null: a region outside the plan whose values are left out. `yearFrom` when no year
   *  column or row gave the year. */
  value(indicator: Indicator, region: string | null, year: number, row: number, column: number, sourceUnit: string | undefined, yearFrom?: YearSource): void {
    const address = cellAddress(row, column);
    if (region === null) {
      this.outcome(address, 'left-out');
      return;
    }
    const cell = cellAt(this.grid, row, column);
    const reading = readValue(cell, sourceUnit, indicator.unit);
    switch (reading.outcome) {
      case 'value': {
        if (reading.footnote) this.finding(address, 'footnote', { mark: reading.footnote });
        if (reading.unitAssumed && indicator.unit && !this.assumedUnits.has(indicator.unit)) {
          this.assumedUnits.add(indicator.unit);
          this.finding(address, 'unit-assumed', { unit: indicator.unit });
        }
        this.columns.add(indicator.id, region, year, reading.value, this.grid.name, address, cellText(cell), this.extras(reading.footnote, yearFrom, shownValue(cell, reading.value, sourceUnit, indicator.unit)));
        if (year < this.firstYear) this.firstYear = year;
        if (year > this.lastYear) this.lastYear = year;
        this.outcome(address, reading.footnote ? 'flagged' : 'value');
        if (reading.footnote) this.flagged++;
        break;
      }
      case 'missing':
        this.outcome(address, 'missing');
        if (reading.uncachedFormula) this.finding(address, 'formula-no-cache');
        break;
      case 'not-a-number':
        this.outcome(address, 'error');
        this.finding(address, 'not-a-number', { text: cellText(cell) });
        break;
      case 'unconvertible':
        this.outcome(address, 'error');
        this.finding(address, 'unit-unconvertible', { from: reading.from, to: indicator.unit });
        break;
    }
  }

  private extras(footnote: string | undefined, yearFrom: YearSource | undefined, shown: number | undefined): ValueExtras | undefined {
    if (footnote !== undefined || shown !== undefined) {
      const extras: ValueExtras = {};
      if (footnote !== undefined) extras.footnote = footnote;
      if (yearFrom) extras.yearFrom = yearFrom;
      if (shown !== undefined) extras.shownValue = shown;
      return extras;
    }
    if (!yearFrom) return undefined;
    let shared = this.yearExtras.get(yearFrom);
    if (!shared) this.yearExtras.set(yearFrom, (shared = { yearFrom }));
    return shared;
  }

  result(): MappedTable {
    const cells = this.outcomeCells;
    const kinds = this.outcomeKinds;
    let outcomes: Record<string, CellOutcome> | undefined;
    const values: ValueColumns = this.columns.finish();
    return {
      values,
      unmapped: this.unmapped,
      unknownRegions: [...this.unknownRegions.keys()],
      findings: this.findings,
      get cellOutcomes() {
        if (!outcomes) {
          outcomes = {};
          for (let i = 0; i < cells.length; i++) outcomes[cells[i]] = kinds[i];
        }
        return outcomes;
      },
      outcomeList: { cells, kinds },
      summary: {
        values: values.years.length,
        indicators: values.indicatorIds.distinct.length,
        regions: values.regions.distinct.length,
        years: values.years.length ? [this.firstYear, this.lastYear] : null,
        flagged: this.flagged,
      },
    };
  }
}

/**
 * The number a formatted number cell shows ("1.91" for a stored 1.905817…), in the indicator's unit, when its format
 * rounds the stored number; undefined for a cell shown as stored, and for a format that scales or is no number
 * ("#,##0," shows thousands, a date shows a day).
 */
function shownValue(cell: GridCell | undefined, value: number, sourceUnit: string | undefined, targetUnit: string): number | undefined {
  if (!cell || typeof cell.value !== 'number' || cell.text === undefined) return undefined;
  const parsed = parseNumberText(cell.text);
  const shown = readValue({ value: cell.text }, sourceUnit, targetUnit);
  if (parsed.kind !== 'number' || shown.outcome !== 'value' || shown.value === value) return undefined;
  const decimals = /\.(\d+)/.exec(cell.text)?.[1]?.length ?? 0;
  const stored = parsed.unit === '%' ? cell.value * 100 : cell.value;
  return Math.abs(parsed.value - stored) <= 0.5 * 10 ** -decimals * (1 + 1e-9) ? shown.value : undefined;
}

function mapIndicatorsByYears(m: TableMapper): void {
  const { grid, table } = m;
  const region = m.tableRegion();
  for (const r of table.dataRows) {
    const label = textAt(grid, r, table.labelColumn);
    if (!label) continue;
    const { name, unit } = m.labelMeaning(label);
    const indicator = m.indicator(name, cellAddress(r, table.labelColumn));
    if (!indicator) continue;
    const rowUnit = (table.unitColumn !== undefined ? textAt(grid, r, table.unitColumn) : '') || unit || table.unit;
    for (const column of table.valueColumns) m.value(indicator, region, column.year!, r, column.column, rowUnit);
  }
}

function mapRegionsByYears(m: TableMapper): void {
  const { grid, table } = m;
  const indicator = m.singleIndicator();
  if (!indicator) return;
  for (const r of table.dataRows) {
    const label = textAt(grid, r, table.labelColumn);
    if (!label) continue;
    const region = m.region(label, cellAddress(r, table.labelColumn));
    for (const column of table.valueColumns) m.value(indicator, region, column.year!, r, column.column, table.unit);
  }
}

function mapRegionsByIndicators(m: TableMapper): void {
  const { grid, table } = m;
  const headerRow = table.headerRows[table.headerRows.length - 1] ?? 0;
  // A lone value column is the table's single indicator: the user's choice or --indicator maps it, as for the other layouts.
  const lone = table.valueColumns.length === 1;
  const columns = table.valueColumns
    .map((column) => {
      const name = column.name ?? columnHeader(grid, table.headerRows, column.column).at(-1)?.name ?? '';
      const cell = cellAddress(headerRow, column.column);
      if (lone) return { column, indicator: m.singleIndicator(name ? { name, cell, group: column.group } : null) };
      return { column, indicator: name ? m.indicator(name, cell, column.group) : null };
    })
    .filter((c): c is { column: (typeof c)['column']; indicator: Indicator } => c.indicator !== null);
  const tableYear = m.tableYear();
  // A column whose header names its year ("2023年技术合同成交额") needs no year from the table; the user's year in
  // the wizard still decides.
  const wizardYear = table.yearFrom === 'given' ? tableYear : null;
  const dated = columns.flatMap(({ column, indicator }) => {
    const year = wizardYear ?? (column.year !== undefined ? { year: column.year, from: 'header' as const } : tableYear);
    return year === null ? [] : [{ column, indicator, year }];
  });
  if (tableYear === null && table.valueColumns.some((c) => c.year === undefined)) m.finding(table.range.split(':')[0], 'year-unknown');
  for (const r of table.dataRows) {
    const label = textAt(grid, r, table.labelColumn);
    if (!label) continue;
    const region = m.region(label, cellAddress(r, table.labelColumn));
    for (const { column, indicator, year } of dated) m.value(indicator, region, year.year, r, column.column, column.unit ?? table.unit, year.from);
  }
}

function mapLong(m: TableMapper): void {
  const { grid, table } = m;
  const cols = table.longColumns!;
  const single = cols.indicator === undefined ? m.singleIndicator() : null;
  const defaultRegion = m.tableRegion();
  for (const r of table.dataRows) {
    let indicator = single;
    if (cols.indicator !== undefined) {
      const label = textAt(grid, r, cols.indicator);
      if (!label) continue;
      indicator = m.indicator(m.labelMeaning(label).name, cellAddress(r, cols.indicator));
    }
    if (!indicator) continue;
    const regionText = cols.region !== undefined ? textAt(grid, r, cols.region) : '';
    const region = regionText ? m.region(regionText, cellAddress(r, cols.region!)) : defaultRegion;
    const dated = m.tableYear();
    let year = dated?.year;
    let yearFrom = dated?.from;
    if (cols.year !== undefined) {
      const parsed = yearOf(cellAt(grid, r, cols.year));
      if (!parsed) {
        const address = cellAddress(r, cols.year);
        m.outcome(cellAddress(r, cols.value), 'error');
        m.finding(address, 'bad-year', { text: textAt(grid, r, cols.year) });
        continue;
      }
      year = parsed.year;
      yearFrom = undefined;
    }
    if (year === undefined) {
      m.finding(table.range.split(':')[0], 'year-unknown');
      return;
    }
    const unit = (cols.unit !== undefined ? textAt(grid, r, cols.unit) : '') || table.unit;
    m.value(indicator, region, year, r, cols.value, unit, yearFrom);
  }
}

/** Maps one detected table to observations of the plan. Never guesses an indicator: unknown names are listed instead. */
export function mapTable(table: DetectedTable, workbook: ReadWorkbook, plan: Plan, options: MapOptions = {}): MappedTable {
  const grid = workbook.sheets.find((s) => s.name === table.sheet);
  if (!grid) throw new Error(`No sheet named ${table.sheet}`);
  const mapper = new TableMapper(grid, table, plan, options);
  if (table.layout === 'indicators-by-years') mapIndicatorsByYears(mapper);
  else if (table.layout === 'regions-by-years') mapRegionsByYears(mapper);
  else if (table.layout === 'regions-by-indicators') mapRegionsByIndicators(mapper);
  else mapLong(mapper);
  return mapper.result();
}
