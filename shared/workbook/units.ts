// Units: reading them from header text and converting between units of one family.
import { toHalfWidth } from '../base';

/** Units of one family, with their size in the family's smallest unit (integers, so ratios are exact).
 *  Counts (个, 家, 项, 件) are each their own family: they convert only to themselves. */
const FAMILIES: Record<string, number>[] = [
  { 元: 1, 千元: 1e3, 万元: 1e4, 十万元: 1e5, 百万元: 1e6, 千万元: 1e7, 亿元: 1e8, 十亿元: 1e9, 千亿元: 1e11, 万亿元: 1e12 },
  { 人: 1, 百人: 1e2, 千人: 1e3, 万人: 1e4, 十万人: 1e5, 百万人: 1e6, 亿人: 1e8 },
  { 人年: 1, 万人年: 1e4 },
  { '‰': 1, '%': 10 },
];

const SYNONYMS: Record<string, string> = {
  百分比: '%',
  百分点: '%',
  千分比: '‰',
  人民币元: '元',
  万元人民币: '万元',
  亿元人民币: '亿元',
  'man-year': '人年',
  'person-year': '人年',
  'personyear': '人年',
};

/** Canonical spelling of a unit: half-width, no spaces or brackets, "单位:" dropped. */
export function normaliseUnit(unit: string): string {
  let canonical = unitCache.get(unit);
  if (canonical === undefined) {
    canonical = spellUnit(unit);
    unitCache.set(unit, canonical);
  }
  return canonical;
}

// Tables repeat a handful of unit spellings over thousands of cells.
const unitCache = new Map<string, string>();

function spellUnit(unit: string): string {
  const s = toHalfWidth(unit)
    .replace(/\s+/g, '')
    .replace(/^单位[::]?/, '')
    .replace(/^unit[::]?/i, '')
    .replace(/^[(\[【]|[)\]】]$/g, '');
  return SYNONYMS[s] ?? SYNONYMS[s.toLowerCase()] ?? s;
}

/** Drops binary noise from a product of decimals (0.0312 × 100 → 3.12, not 3.1200000000000006). */
export function withoutFloatNoise(x: number): number {
  return Number(x.toPrecision(15));
}

/** Converts a value from one unit to another of the same family; null when they do not convert. */
export function convertUnit(value: number, from: string, to: string): number | null {
  const a = normaliseUnit(from);
  const b = normaliseUnit(to);
  if (a === b) return value;
  for (const family of FAMILIES) {
    if (a in family && b in family) {
      // Divide when going to a larger unit: division of a decimal by a power of ten is correctly rounded.
      return family[a] >= family[b] ? withoutFloatNoise(value * (family[a] / family[b])) : value / (family[b] / family[a]);
    }
  }
  return null;
}

/** True when the text names a unit this engine knows (a family member or a count). */
export function isKnownUnit(text: string): boolean {
  const u = normaliseUnit(text);
  return FAMILIES.some((f) => u in f) || /^(个|家|项|件|所|台|套|篇|户|次|万件|万项|万户|万个|吨|万吨|平方米|万平方米|公里|千米|亿美元|万美元|美元|人年\/万人|件\/万人|人\/万人)$/.test(u);
}

const UNIT_LINE = /^\s*单\s*位\s*[::]\s*(.+?)\s*$/;
const BRACKETED_TAIL = /^(.*?)\s*\(([^()]+)\)\s*$/;

/** "单位:万元" → "万元"; null for any other text. */
export function unitFromUnitLine(text: string): string | null {
  const m = UNIT_LINE.exec(toHalfWidth(text));
  return m ? normaliseUnit(m[1]) : null;
}

/** The unit a bracket's inside names ("亿元", "单位:个"), normalised; undefined when it names none. */
export function unitInBracket(inner: string): string | undefined {
  const s = toHalfWidth(inner).replace(/^单位[::]?/, '').trim();
  return isKnownUnit(s) ? normaliseUnit(s) : undefined;
}

/** Splits "支出额(亿元)" into name and unit when the bracket holds a unit; otherwise the name alone. */
export function splitNameAndUnit(text: string): { name: string; unit?: string } {
  const m = BRACKETED_TAIL.exec(toHalfWidth(text));
  if (m && m[1].trim()) {
    const unit = unitInBracket(m[2]);
    if (unit !== undefined) return { name: m[1].trim(), unit };
  }
  return { name: text.trim() };
}
