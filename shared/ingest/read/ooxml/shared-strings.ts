// sharedStrings.xml to the list of strings cells of type "s" point at, read as SheetJS reads it.
import { findElement, unescapeXml } from './xml-text';

const SI_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g;
const SI_CLOSE = /<\/(?:\w+:)?(?:si|sstItem)>/;
const PLAIN_T = /^\s*<(?:\w+:)?t[^>]*>/;
const T_CLOSE = /<\/(?:\w+:)?t>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const PHONETIC = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const ANY_TAG = /<[^<>]*>/g;

/** The text of one string item (`<si>` or `<is>` content): a plain `<t>`, or the `<t>` of every rich-text run
 *  concatenated with phonetic `<rPh>` runs left out; undefined when it holds neither. */
export function stringItemText(item: string): string | undefined {
  if (item === '') return '';
  if (PLAIN_T.test(item)) {
    const body = item.slice(item.indexOf('>') + 1);
    const close = body.search(T_CLOSE);
    return unescapeXml(close === -1 ? body : body.slice(0, close), true);
  }
  if (RUN.test(item)) {
    const runs = item.replace(PHONETIC, '').match(RUN_TEXT) ?? [];
    return unescapeXml(runs.join('').replace(ANY_TAG, ''), true);
  }
  return undefined;
}

/** Every `<si>` of the table in order (an item without text is undefined). */
export function parseSharedStrings(xml: string): (string | undefined)[] {
  const sst = findElement(xml, 'sst');
  if (!sst) return [];
  const items = xml.slice(sst[1], sst[2]).replace(SI_OPEN, '').split(SI_CLOSE);
  return items.map((item) => stringItemText(item.trim()));
}
