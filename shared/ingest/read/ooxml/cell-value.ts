// One cell's GridCell from its type, style, value bytes and formula flag, as SheetJS's path would give it.
import { numberCell } from '../number-cell';
import { excelDateNumber } from './excel-date';
import { text } from './xml-bytes';
import { unescapeXml } from './xml-text';
import type { GridCell } from '../../../workbook';

/** What a cell's value needs from the rest of the workbook, and where to report trouble. */
export interface CellContext {
  /** The shared strings, or null when the workbook has none. */
  sharedStrings: (string | undefined)[] | null;
  /** Format code per cell style index, or null when styles.xml has no cellXfs (every cell General). */
  formats: (string | undefined)[] | null;
  date1904: boolean;
  /** Throws the IngestError for a sheet that cannot be read. */
  fail(reason: string): never;
}

/** What the scanner found inside one <c>. */
export interface CellParts {
  type: string | undefined;
  /** Index into cellXfs; negative when the cell has no usable `s`. */
  style: number;
  /** Bounds of the first <v>'s text; valueStart is -1 without one. */
  valueStart: number;
  valueStop: number;
  formula: boolean;
  /** Text of an inline string (<is>), if any. */
  inline: string | undefined;
  row: number;
  column: number;
}

const ERROR_TEXTS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#WTF?']);
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const UNCACHED: GridCell = { value: null, text: '', uncachedFormula: true };

/** The number in bytes [a, b) exactly as parseFloat would read it; plain decimals of up to 15 digits are computed
 *  directly (an exact integer over an exact power of ten rounds correctly), anything else goes through parseFloat. */
function number(x: Uint8Array, a: number, b: number): number {
  let i = a;
  const negative = x[i] === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < b; i++) {
    const ch = x[i];
    if (ch >= 48 && ch <= 57) {
      mantissa = mantissa * 10 + (ch - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (ch === 46 && decimals < 0) decimals = 0;
    else break;
  }
  if (i !== b || digits === 0 || digits > 15 || decimals === 0) return parseFloat(unescapeXml(text(x, a, b)));
  const value = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
  return negative ? -value : value;
}

/** A non-negative decimal integer in bytes [a, b) (a shared-string index), read as parseInt would read it. */
function indexAt(x: Uint8Array, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const ch = x[i];
    if (ch < 48 || ch > 57 || i - a > 9) return parseInt(unescapeXml(text(x, a, b)), 10);
    n = n * 10 + (ch - 48);
  }
  return n;
}

/** String cells by the FNV-1a hash of their raw bytes: a long sheet repeats the same names and units thousands of
 *  times, so each is decoded once and every such cell shares one (never mutated) GridCell. Bounded; a hash collision
 *  just decodes again. */
class StringCells {
  private readonly entries = new Map<number, { start: number; stop: number; cell: GridCell | undefined }>();

  constructor(private readonly x: Uint8Array) {}

  /** The cell for the escaped text in bytes [a, b): undefined when it reads as ''. */
  cell(a: number, b: number): GridCell | undefined {
    const x = this.x;
    let hash = 0x811c9dc5;
    for (let i = a; i < b; i++) hash = Math.imul(hash ^ x[i], 0x01000193);
    const hit = this.entries.get(hash);
    if (hit && hit.stop - hit.start === b - a) {
      let same = true;
      for (let i = 0; i < b - a && same; i++) same = x[hit.start + i] === x[a + i];
      if (same) return hit.cell;
    }
    const value = unescapeXml(text(x, a, b), true);
    const cell = value === '' ? undefined : { value };
    if (!hit && this.entries.size < MAX_CACHED_TEXTS) this.entries.set(hash, { start: a, stop: b, cell });
    return cell;
  }
}

const MAX_CACHED_TEXTS = 1 << 16;

// Plain small integers (years above all) recur on every row of a long table; each gets one shared, never mutated cell.
const SMALL_INTEGERS: GridCell[] = [];
const SMALL_INTEGER_LIMIT = 4096;

function numberWithFormat(value: number, format: string | undefined): GridCell {
  const plain = !format || format === 'General';
  if (!(plain && Number.isInteger(value) && value >= 0 && value < SMALL_INTEGER_LIMIT && !Object.is(value, -0))) return numberCell(value, format);
  return (SMALL_INTEGERS[value] ??= { value });
}

/** A1 address of a 0-based position, for messages. */
export function address(r: number, c: number): string {
  let letters = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${r + 1}`;
}

function formatOf(style: number, ctx: CellContext): string | undefined {
  if (!ctx.formats || style < 0 || style >= ctx.formats.length) return 'General';
  return ctx.formats[style];
}

/** Per sheet: the text cells met so far (str cells by their bytes, shared strings by index), each built once. */
export class CellCache {
  readonly strings: StringCells;
  private readonly shared: (GridCell | null)[] = [];

  constructor(x: Uint8Array) {
    this.strings = new StringCells(x);
  }

  /** The cell of shared string `index` (undefined for an empty string). */
  sharedString(index: number, table: (string | undefined)[]): GridCell | undefined {
    let cell = this.shared[index];
    if (cell === undefined) {
      const value = table[index];
      cell = this.shared[index] = value ? { value } : null;
    }
    return cell ?? undefined;
  }
}

/** The GridCell for one <c> (undefined for an empty one). */
export function cellValue(x: Uint8Array, parts: CellParts, cache: CellCache, ctx: CellContext): GridCell | undefined {
  const { type, style, valueStart: vStart, valueStop: vStop, formula, row: r, column: c } = parts;
  const hasValue = vStart !== -1 && vStop > vStart;
  const empty = formula ? UNCACHED : undefined;
  if (type === undefined && !hasValue) return empty;
  switch (type || 'n') {
    case 'n':
      if (!hasValue) return empty;
      return numberWithFormat(number(x, vStart, vStop), formatOf(style, ctx));
    case 's': {
      if (!hasValue) return empty;
      const index = indexAt(x, vStart, vStop);
      const table = ctx.sharedStrings;
      if (!table || !(index >= 0 && index < table.length)) ctx.fail(`cell ${address(r, c)} refers to shared string ${index}, which the file does not have`);
      return cache.sharedString(index, table);
    }
    case 'str':
      return hasValue ? cache.strings.cell(vStart, vStop) : undefined;
    case 'z':
      return empty;
    case 'inlineStr':
      return parts.inline ? { value: parts.inline } : undefined;
    case 'b': {
      const raw = hasValue ? unescapeXml(text(x, vStart, vStop)) : '';
      const value = raw === '1' || raw === 'true';
      return { value, text: value ? 'TRUE' : 'FALSE' };
    }
    case 'e': {
      const raw = hasValue ? unescapeXml(text(x, vStart, vStop)) : '';
      return { value: null, text: ERROR_TEXTS.has(raw) ? raw : '#ERROR' };
    }
    case 'd': {
      if (!hasValue) ctx.fail(`date cell ${address(r, c)} has no value`);
      return numberCell(excelDateNumber(unescapeXml(text(x, vStart, vStop)), ctx.date1904), formatOf(style, ctx));
    }
    default:
      return { value: hasValue ? unescapeXml(text(x, vStart, vStop)) : '' };
  }
}
