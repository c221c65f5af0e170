// One value cell to a number in the indicator's unit, or the reason it is missing or unreadable.
import type { GridCell } from './grid';
import { parseNumberText } from './parse-number';
import { convertUnit, normaliseUnit, withoutFloatNoise } from './units';

export type ValueReading =
  | { outcome: 'value'; value: number; footnote?: string; unitAssumed: boolean }
  | { outcome: 'missing'; uncachedFormula?: true }
  | { outcome: 'not-a-number' }
  | { outcome: 'unconvertible'; from: string };

/** Reads a cell: `sourceUnit` is what the table says the value is in, `targetUnit` the indicator's unit. */
export function readValue(cell: GridCell | undefined, sourceUnit: string | undefined, targetUnit: string): ValueReading {
  if (!cell) return { outcome: 'missing' };
  if (cell.uncachedFormula) return { outcome: 'missing', uncachedFormula: true };
  let value: number;
  let unit = sourceUnit;
  let footnote: string | undefined;
  if (typeof cell.value === 'number') {
    value = cell.value;
    // A fraction shown with a percent format (0.0312 as 3.12%) is the percentage the reader sees.
    if (cell.format && /%/.test(cell.format.replace(/"[^"]*"|\\./g, ''))) {
      value = withoutFloatNoise(value * 100);
      unit = '%';
    }
  } else if (typeof cell.value === 'string') {
    const parsed = parseNumberText(cell.value);
    if (parsed.kind === 'missing') return { outcome: 'missing' };
    if (parsed.kind === 'text') return { outcome: 'not-a-number' };
    value = parsed.value;
    if (parsed.unit) unit = parsed.unit;
    footnote = parsed.footnote;
  } else if (cell.value === null) {
    return cell.text?.startsWith('#') ? { outcome: 'not-a-number' } : { outcome: 'missing' };
  } else return { outcome: 'not-a-number' };

  if (unit === undefined || normaliseUnit(unit) === '') {
    return footnote ? { outcome: 'value', value, footnote, unitAssumed: true } : { outcome: 'value', value, unitAssumed: true };
  }
  const converted = convertUnit(value, unit, targetUnit);
  if (converted === null) return { outcome: 'unconvertible', from: unit };
  return footnote ? { outcome: 'value', value: converted, footnote, unitAssumed: false } : { outcome: 'value', value: converted, unitAssumed: false };
}
