// Reading one plan-sheet cell as text, number, year or one of the model's enumerations, the way a person wrote it.
import type { CellObject } from 'xlsx';
import type { Aggregation, Comparator, Direction, IndicatorKind, Nature } from '../model';

/** The text of a cell (NFKC-normalised and trimmed), '' for a blank one. */
export function cellText(cell: CellObject | undefined): string {
  return rawText(cell).normalize('NFKC').trim();
}

/** The full-width punctuation of Chinese text (GB/T 15834), which NFKC would turn into ASCII. */
const CHINESE_PUNCTUATION = /([，；：（）！？])/;

/** The text of a cell a person reads (a name, a definition): normalised like cellText, its Chinese punctuation kept. */
export function cellProse(cell: CellObject | undefined): string {
  return rawText(cell)
    .split(CHINESE_PUNCTUATION)
    .map((part, i) => (i % 2 === 1 ? part : part.normalize('NFKC')))
    .join('')
    .trim();
}

function rawText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  return cell.t === 'd' ? (cell.w ?? String(cell.v)) : String(cell.v);
}

/** The number a cell shows: a cell formatted as a percentage showing "3.1%" is 3.1, as the unit column means it. */
export function cellNumber(cell: CellObject | undefined): number {
  if (cell?.t === 'n' && typeof cell.v === 'number') {
    // ×100 leaves binary noise (0.031 × 100 = 3.1000000000000005); 15 significant digits is all a double holds.
    return cell.w?.trim().endsWith('%') ? Number((cell.v * 100).toPrecision(15)) : cell.v;
  }
  return parseNumberText(cellText(cell));
}

/** "12,000", "3.1%", "+1" → numbers; anything else → NaN. */
export function parseNumberText(text: string): number {
  const compact = text.replace(/[,\s]/g, '').replace(/[−–]/g, '-').replace(/%$/, '');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(compact) ? Number(compact) : NaN;
}

/** "2020", "2020年" → 2020; anything else, including 2020.5, → NaN. */
export function cellYear(cell: CellObject | undefined): number {
  const value = cell?.t === 'n' ? Number(cell.v) : parseNumberText(cellText(cell).replace(/年$/, ''));
  return Number.isInteger(value) ? value : NaN;
}

/** Decimals a number is written with (3.4 → 1, 2256 → 0, 1e-7 → 7). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const decimals = (mantissa.split('.')[1] ?? '').length - Number(exponent);
  return Math.max(0, decimals);
}

/** Range bounds "lo~hi" (also ～ and 〜), or null when the text is not one. */
export function parseRangeText(text: string): { lo: number; hi: number } | null {
  const parts = text.replace(/[～〜]/g, '~').split('~');
  if (parts.length !== 2) return null;
  return { lo: parseNumberText(parts[0]), hi: parseNumberText(parts[1]) };
}

function lookup<T>(table: Record<string, T>, text: string): T | undefined {
  const key = text.toLowerCase().replace(/\s+/g, '');
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

const COMPARATOR_WORDS: Record<string, Comparator> = {
  '>=': '>=', '≥': '>=', '⩾': '>=',
  '>': '>',
  '<=': '<=', '≤': '<=', '⩽': '<=',
  '<': '<',
  '=': '=', '==': '=',
  range: 'range', '区间': 'range',
};
const DIRECTION_WORDS: Record<string, Direction> = { '+1': 1, '1': 1, '正向': 1, '-1': -1, '−1': -1, '逆向': -1 };
const KIND_WORDS: Record<string, IndicatorKind> = {
  level: 'level', '水平': 'level',
  cumulative: 'cumulative', '累计': 'cumulative',
  growth: 'growth', '增速': 'growth',
};
const NATURE_WORDS: Record<string, Nature> = { expected: 'expected', '预期性': 'expected', binding: 'binding', '约束性': 'binding' };
const AGGREGATION_WORDS: Record<string, Aggregation> = { sum: 'sum', '求和': 'sum', none: 'none', '不汇总': 'none' };

/** The comparator a cell names, or undefined. */
export const parseComparator = (text: string) => lookup(COMPARATOR_WORDS, text);
/** The direction a cell names (+1/-1/正向/逆向), or undefined. */
export const parseDirection = (text: string) => lookup(DIRECTION_WORDS, text);
/** The kind a cell names (level/水平, cumulative/累计, growth/增速), or undefined. */
export const parseKind = (text: string) => lookup(KIND_WORDS, text);
/** The nature a cell names (expected/预期性, binding/约束性), or undefined. */
export const parseNature = (text: string) => lookup(NATURE_WORDS, text);
/** The aggregation a cell names (sum/求和, none/不汇总), or undefined. */
export const parseAggregation = (text: string) => lookup(AGGREGATION_WORDS, text);

/** The words writePlanSheet uses, per language. */
export const WRITTEN_WORDS = {
  direction: { zh: { 1: '正向', [-1]: '逆向' }, en: { 1: '+1', [-1]: '-1' } },
  kind: { zh: { level: '水平', cumulative: '累计', growth: '增速' }, en: { level: 'level', cumulative: 'cumulative', growth: 'growth' } },
  nature: { zh: { expected: '预期性', binding: '约束性' }, en: { expected: 'expected', binding: 'binding' } },
} as const;
