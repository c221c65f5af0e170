// Small helpers over raw XML text: entity and _xHHHH_ unescaping, attributes of one tag, A1 references.

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const ESCAPED_CHAR = /_x([\da-fA-F]{4})_/gi;
const NAMED: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };

function replaceEntity(match: string, code: string | undefined): string {
  return NAMED[match] ?? String.fromCharCode(parseInt(code!, match.indexOf('x') > -1 ? 16 : 10));
}

/** Decodes XML entities (named, &#..; and &#x..;), CDATA sections and Excel's _xHHHH_ escapes, the way SheetJS does;
 *  `cellText` also turns CRLF into LF as SheetJS does for cell and shared-string text. */
export function unescapeXml(text: string, cellText = false): string {
  let out: string;
  const cdata = text.indexOf('<![CDATA[');
  if (cdata === -1) {
    out = text.indexOf('&') === -1 ? text : text.replace(ENTITY, replaceEntity);
    if (out.indexOf('_x') !== -1 || out.indexOf('_X') !== -1) out = out.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  } else {
    const end = text.indexOf(']]>', cdata);
    out = unescapeXml(text.slice(0, cdata)) + text.slice(cdata + 9, end) + unescapeXml(text.slice(end + 3));
  }
  return cellText && out.indexOf('\r\n') !== -1 ? out.replace(/\r\n/g, '\n') : out;
}

const ATTRIBUTE = /\s([^"\s?>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^'">\s]+))/g;

/** The attributes of one start tag (`<c r="A1" t="s">`), keyed by local name (namespace prefix dropped). Later
 *  duplicates win, as in SheetJS. Values are left escaped. */
export function tagAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTRIBUTE.exec(tag))) {
    const name = m[1];
    const colon = name.indexOf(':');
    out[colon === -1 ? name : name.slice(colon + 1)] = m[2] ?? m[3] ?? m[4];
  }
  return out;
}

/** 0-based row and column of an A1 reference; digits and capital letters count, anything else (e.g. `$`) is skipped,
 *  as SheetJS's decode_cell does. A reference without letters or digits gives -1. */
export function decodeCellRef(ref: string): { r: number; c: number } {
  let r = 0;
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const cc = ref.charCodeAt(i);
    if (cc >= 48 && cc <= 57) r = 10 * r + (cc - 48);
    else if (cc >= 65 && cc <= 90) c = 26 * c + (cc - 64);
  }
  return { r: r - 1, c: c - 1 };
}

/** The first element `<tag …>…</tag>` (any namespace prefix) in `xml` from `from`: [start of open tag, end of open tag,
 *  start of close tag, end of close tag], or null when either is missing. */
export function findElement(xml: string, tag: string, from = 0): [number, number, number, number] | null {
  const open = new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>`, 'g');
  open.lastIndex = from;
  const o = open.exec(xml);
  if (!o) return null;
  const close = new RegExp(`</(?:\\w+:)?${tag}>`, 'g');
  close.lastIndex = open.lastIndex;
  const c = close.exec(xml);
  if (!c) return null;
  return [o.index, open.lastIndex, c.index, close.lastIndex];
}
