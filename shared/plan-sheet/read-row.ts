// One data row of a plan sheet → an Indicator, plus the problems of its cells (checked by column).
import type { CellObject } from 'xlsx';
import type { Direction, Indicator, IndicatorKind, Nature, Aggregation, Target, YearValue } from '../model';
import { MAX_PRECISION } from '../model';
import { COLUMNS, type ColumnKey } from './columns';
import {
  cellNumber,
  cellProse,
  cellText,
  cellYear,
  decimalsOf,
  parseAggregation,
  parseComparator,
  parseDirection,
  parseKind,
  parseNature,
  parseRangeText,
} from './cell-values';

/** A problem in one cell of the row. */
export interface CellIssue {
  column: ColumnKey;
  key: string;
  params: Record<string, string | number>;
}

/** What the row says beyond its indicator: a baseline year given without its value (METHOD.md: no baseline value). */
export interface RowNote extends CellIssue {
  /** The baseline year the row gives, which still counts for the plan's base year. */
  baselineYear: number;
}

/**
 * Reads the row's cells into an Indicator. A cell that cannot be read is reported and leaves NaN (numbers) or the
 * default (words) in the indicator, so that validateIndicator can still check the row's other fields.
 * Defaults for empty optional cells: precision = the decimals the baseline and target are written with,
 * weight 1, nature expected, kind level, aggregation none; direction has none when the row has a target
 * (METHOD.md: never guessed from the comparator) and is +1 for a monitoring-only row.
 */
export function readIndicatorRow(cellAt: (column: ColumnKey) => CellObject | undefined): { indicator: Indicator; issues: CellIssue[]; notes: RowNote[] } {
  const issues: CellIssue[] = [];
  const notes: RowNote[] = [];
  const issue = (column: ColumnKey, key: string, params: Record<string, string | number> = {}) => issues.push({ column, key, params });
  // An error cell (#N/A, #DIV/0!) is reported once and then read as blank.
  for (const column of COLUMNS) {
    const found = cellAt(column.key);
    if (found?.t === 'e') issue(column.key, 'plan.sheet.cellError', { value: found.w ?? String(found.v) });
  }
  const cell = (column: ColumnKey): CellObject | undefined => {
    const found = cellAt(column);
    return found?.t === 'e' ? undefined : found;
  };
  const text = (column: ColumnKey) => cellText(cell(column));
  const prose = (column: ColumnKey) => cellProse(cell(column));
  const number = (column: ColumnKey): number => {
    const value = cellNumber(cell(column));
    if (Number.isNaN(value)) issue(column, 'plan.sheet.notNumber', { value: text(column) });
    return value;
  };
  /** The word a cell names; an empty cell gives the fallback, an unknown word an issue (and the fallback, so checks go on). */
  const word = <T>(column: ColumnKey, parse: (text: string) => T | undefined, fallback: T, errorKey: string): T => {
    const written = text(column);
    if (written === '') return fallback;
    const parsed = parse(written);
    if (parsed === undefined) issue(column, errorKey, { value: written });
    return parsed ?? fallback;
  };
  const year = (column: ColumnKey): number => {
    const value = cellYear(cell(column));
    if (Number.isNaN(value)) issue(column, 'plan.sheet.notYear', { value: text(column) });
    return value;
  };

  const baseline = readBaseline();
  const target = readTarget();
  const directionText = text('direction');
  if (directionText === '' && target !== null) issue('direction', 'plan.sheet.directionRequired');

  const indicator: Indicator = {
    id: text('id'),
    name: prose('name'),
    category: prose('category'),
    unit: text('unit'),
    precision: readPrecision(),
    baseline,
    target,
    direction: word<Direction>('direction', parseDirection, 1, 'plan.error.direction'),
    kind: word<IndicatorKind>('kind', parseKind, 'level', 'plan.error.kind'),
    nature: word<Nature>('nature', parseNature, 'expected', 'plan.error.nature'),
    weight: text('weight') === '' ? 1 : number('weight'),
    aggregation: word<Aggregation>('aggregation', parseAggregation, 'none', 'plan.error.aggregation'),
    aliases: text('aliases').split(/[;；]/).map((alias) => alias.trim()).filter((alias) => alias !== ''),
    source: prose('source'),
  };
  const definition = prose('definition');
  if (definition !== '') indicator.definition = definition;
  return { indicator, issues, notes };

  function readBaseline(): YearValue | null {
    const hasYear = text('baseline_year') !== '';
    const hasValue = text('baseline_value') !== '';
    if (!hasYear && !hasValue) return null;
    if (!hasYear) {
      issue('baseline_year', 'plan.sheet.baselineIncomplete');
      return null;
    }
    if (!hasValue) {
      // A plan sheet fills the plan's base year on every row, also where the baseline is not yet known: the
      // indicator has no baseline value, and the rest of the method applies.
      const baselineYear = year('baseline_year');
      if (Number.isInteger(baselineYear) && (baselineYear < 1900 || baselineYear > 2100)) issue('baseline_year', 'plan.error.year', { value: baselineYear });
      else if (!Number.isNaN(baselineYear)) notes.push({ column: 'baseline_value', key: 'plan.sheet.baselineValueMissing', params: { year: baselineYear }, baselineYear });
      return null;
    }
    return { year: year('baseline_year'), value: number('baseline_value') };
  }

  function readTarget(): Target | null {
    const parts: ColumnKey[] = ['target_year', 'target_value', 'comparator'];
    const missing = parts.filter((column) => text(column) === '');
    if (missing.length === parts.length) return null;
    for (const column of missing) issue(column, 'plan.sheet.targetIncomplete');

    const targetYear = text('target_year') === '' ? NaN : year('target_year');
    const valueText = text('target_value');
    const range = parseRangeText(valueText);
    // Without a usable comparator, the value's own shape decides how it is checked.
    const comparator = word('comparator', parseComparator, range ? 'range' : '>=', 'plan.error.comparator');
    if (comparator === 'range') {
      if (valueText !== '' && (!range || Number.isNaN(range.lo) || Number.isNaN(range.hi))) {
        issue('target_value', 'plan.sheet.rangeFormat', { value: valueText });
      }
      return { year: targetYear, comparator, lo: range?.lo ?? NaN, hi: range?.hi ?? NaN };
    }
    if (range) issue('target_value', 'plan.sheet.rangeNotAllowed', { value: valueText });
    return { year: targetYear, comparator, value: valueText === '' || range ? NaN : number('target_value') };
  }

  function readPrecision(): number {
    const precisionText = text('precision');
    if (precisionText === '') {
      const written = [baseline?.value, target && ('value' in target ? target.value : target.lo), target && 'hi' in target ? target.hi : undefined];
      return Math.min(MAX_PRECISION, Math.max(0, ...written.map((value) => (value === undefined || value === null ? 0 : decimalsOf(value)))));
    }
    const value = cellNumber(cell('precision'));
    if (!Number.isInteger(value)) issue('precision', 'plan.sheet.notInteger', { value: precisionText });
    return value;
  }
}
