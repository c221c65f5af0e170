// Which ledger item a row of a 分工方案 means: by its section reference, by its title, or both; a row that could mean
// more than one item, or none, is reported and never guessed.
import { toHalfWidth } from '../base';
import { canonicalSection, type LedgerItem } from '../ledger';

export type RowMatch =
  | { status: 'matched'; item: LedgerItem }
  | { status: 'unknownSection'; section: string }
  | { status: 'unmatched' }
  | { status: 'ambiguous'; candidates: LedgerItem[] };

/** Titles compared without width, case, spaces, quotes, brackets and punctuation. */
export function titleKey(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[()[\]{}【】《》<>“”"'‘’、,.:;·!?。，；：！？\-_/]/g, '');
}

/** A reference at the start of a title cell: "五（一）2 高标准建设…" or "五(一)2.高标准建设…". */
const LEADING_REF = /^\s*([一二三四五六七八九十]{1,3}、?[(（][一二三四五六七八九十]{1,3}[)）](?:[0-9０-９]{1,3})?)[.、．\s]*/;

/** A title cell's reference and the rest of its text. */
export function splitLeadingRef(title: string): { ref: string | null; title: string } {
  const match = LEADING_REF.exec(title);
  if (!match || canonicalSection(match[1]!) === null) return { ref: null, title };
  return { ref: match[1]!, title: title.slice(match[0].length) };
}

/** A reference cell holding only a row number (序号 1, 2, 3 …) names no section. */
export function isRowNumber(text: string): boolean {
  return /^\d{1,4}[.、]?$/.test(toHalfWidth(text).trim());
}

/** Items whose title is the text's, else whose title the text contains or which contains the text. */
function byTitle(items: readonly LedgerItem[], title: string): LedgerItem[] {
  const key = titleKey(title);
  if (key === '') return [];
  const exact = items.filter((i) => titleKey(i.title) === key);
  if (exact.length > 0) return exact;
  return items.filter((i) => {
    const own = titleKey(i.title);
    return own.length >= 2 && (key.includes(own) || own.includes(key));
  });
}

/**
 * The reference decides when there is one: it names a numbered sub-item, whose task (and platforms) share it; a title
 * then picks among those items, and a title that names none of them leaves the sub-item's one task. Without a
 * reference the title must name exactly one item of the whole ledger.
 */
export function matchRow(items: readonly LedgerItem[], refText: string, title: string): RowMatch {
  if (refText !== '') {
    const section = canonicalSection(refText);
    const inSection = section === null ? [] : items.filter((i) => i.section === section);
    if (inSection.length === 0) return { status: 'unknownSection', section: refText };
    const named = title === '' ? [] : byTitle(inSection, title);
    if (named.length === 1) return { status: 'matched', item: named[0]! };
    if (named.length > 1) return { status: 'ambiguous', candidates: named };
    const tasks = inSection.filter((i) => i.kind === 'task');
    if (tasks.length === 1) return { status: 'matched', item: tasks[0]! };
    return { status: 'ambiguous', candidates: inSection };
  }
  const named = byTitle(items, title);
  if (named.length === 1) return { status: 'matched', item: named[0]! };
  return named.length === 0 ? { status: 'unmatched' } : { status: 'ambiguous', candidates: named };
}
