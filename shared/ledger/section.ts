// Plan section references: one written form, "五（一）2" (chapter, part in full-width brackets, item), read also as
// typed elsewhere ("五(一)2", "五、（一）2.", full-width digits), so an imported 分工方案 finds the item it means.
import { toHalfWidth } from '../base';

export interface SectionRef {
  /** 1 for 一. */
  chapter: number;
  /** 1 for （一）; null for a whole chapter. */
  part: number | null;
  /** The numbered sub-item; null for a whole part or chapter. */
  item: number | null;
}

const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const TEN = '十';
const WRITTEN = /^([一二三四五六七八九十]{1,3})、?(?:\(([一二三四五六七八九十]{1,3})\)(?:(\d{1,3})[.、]?)?)?$/;

/** 一 … 九十九 as a number; null for anything else ("十十", "一百"). */
function numeralValue(text: string): number | null {
  for (let n = 1; n < 100; n++) if (numeral(n) === text) return n;
  return null;
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 21 → 二十一. */
function numeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? TEN : DIGITS[tens - 1] + TEN;
  return head + (units === 0 ? '' : DIGITS[units - 1]);
}

/** The reference a text names, or null when it names none. */
export function parseSectionRef(text: string): SectionRef | null {
  const match = WRITTEN.exec(toHalfWidth(text).replace(/\s+/g, ''));
  if (!match) return null;
  const chapter = numeralValue(match[1]!);
  const part = match[2] === undefined ? null : numeralValue(match[2]);
  const item = match[3] === undefined ? null : Number(match[3]);
  if (chapter === null || (match[2] !== undefined && part === null) || item === 0) return null;
  return { chapter, part, item };
}

/** The canonical form: "五", "五（一）", "五（一）2". */
export function formatSectionRef(ref: SectionRef): string {
  const part = ref.part === null ? '' : `（${numeral(ref.part)}）`;
  return numeral(ref.chapter) + part + (ref.part !== null && ref.item !== null ? String(ref.item) : '');
}

/** A typed reference in its canonical form, or null when it names no section. */
export function canonicalSection(text: string): string | null {
  const ref = parseSectionRef(text);
  return ref === null ? null : formatSectionRef(ref);
}

/** Plan order: chapter, then part, then item, a whole before its parts. */
export function compareSections(a: SectionRef, b: SectionRef): number {
  return a.chapter - b.chapter || (a.part ?? 0) - (b.part ?? 0) || (a.item ?? 0) - (b.item ?? 0);
}

/** The part an item belongs to ("五（一）2" → "五（一）"), the chapter of a part ("五（一）" → "五"); null for a chapter. */
export function parentSection(ref: SectionRef): SectionRef | null {
  if (ref.item !== null) return { ...ref, item: null };
  if (ref.part !== null) return { ...ref, part: null };
  return null;
}

/** A section's heading as the plan prints it: "五、title" for a chapter, "（一）title" for a part, "2.title" for an item. */
export function sectionHeading(ref: SectionRef, title: string): string {
  if (ref.part === null) return `${numeral(ref.chapter)}、${title}`;
  if (ref.item === null) return `（${numeral(ref.part)}）${title}`;
  return `${ref.item}.${title}`;
}
