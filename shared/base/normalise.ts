// Name normalisation so that the same indicator or region written differently compares equal.

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width letters, digits and punctuation to half-width, and the ideographic space to a space.
 *  (Not NFKC: it would turn the footnote mark ① into the digit 1.) */
export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const RD_WRITTEN_OUT = /研究(与|和|及)试验发展(\(r&d\))?|研究(与|和|及)开发|\(r&d\)|研发/g;

/** Indicator names: width, case, spaces, brackets, punctuation and "研究与试验发展 (R&D)" vs "R&D" folded away. */
export function normaliseName(s: string): string {
  return toHalfWidth(s)
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^(其中[::]?|#|其中)/, '')
    .replace(RD_WRITTEN_OUT, 'r&d')
    .replace(/r&dr&d/g, 'r&d')
    .replace(/[()[\]{}【】《》<>“”"'‘’、,.:;·\-_/]/g, '');
}

/** Region names: width and every space removed ("黄 埔 区" → "黄埔区"), footnote marks dropped. */
export function normaliseRegion(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '').replace(/[①-⑳*#]+$/, '');
}
