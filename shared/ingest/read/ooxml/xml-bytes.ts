// Reading XML straight from bytes: the next tag, its end, its local name, its attributes, and text between tags.
// Only what the worksheet scanner needs; every function works on positions so a cell costs no substrings.

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
const COLON = 58;
const EQUALS = 61;
const QUOTE = 34;
const APOS = 39;
const utf8 = new TextDecoder('utf-8');

function isSpace(b: number): boolean {
  return b === 32 || b === 9 || b === 10 || b === 13;
}

/** Text of bytes [a, b): short ASCII directly, anything else through TextDecoder. */
export function text(x: Uint8Array, a: number, b: number): string {
  if (b - a > 32) return utf8.decode(x.subarray(a, b));
  let s = '';
  for (let i = a; i < b; i++) {
    const ch = x[i];
    if (ch >= 0x80) return utf8.decode(x.subarray(a, b));
    s += String.fromCharCode(ch);
  }
  return s;
}

/** The whole of bytes [from, end) as text. */
export function textFrom(x: Uint8Array, from = 0): string {
  return utf8.decode(x.subarray(from));
}

/** Index of the next '<' at or after `from` (a plain loop: the distances are a few bytes, shorter than a call to
 *  indexOf costs), or -1. */
export function nextTag(x: Uint8Array, from: number): number {
  const n = x.length;
  for (let i = from; i < n; i++) if (x[i] === LT) return i;
  return -1;
}

/** Index of the '>' ending the tag that starts at `lt`, skipping quoted attribute values; -1 when the tag never ends. */
export function tagEnd(x: Uint8Array, lt: number, end: number): number {
  for (let i = lt + 1; i < end; i++) {
    const ch = x[i];
    if (ch === GT) return i;
    if (ch === QUOTE || ch === APOS) {
      const close = x.indexOf(ch, i + 1);
      if (close === -1 || close >= end) return -1;
      i = close;
    }
  }
  return -1;
}

/** Bounds of the last tag name readTagName found; one shared object spares an allocation per tag. */
export const tagName = { start: 0, stop: 0 };

/** Finds the local name of the tag at `lt` (after '<' or '</' and any prefix) and puts its bounds in `tagName`. */
export function readTagName(x: Uint8Array, lt: number, end: number): void {
  let start = x[lt + 1] === SLASH ? lt + 2 : lt + 1;
  let i = start;
  for (; i < end; i++) {
    const ch = x[i];
    if (ch === COLON) start = i + 1;
    else if (isSpace(ch) || ch === SLASH || ch === GT) break;
  }
  tagName.start = start;
  tagName.stop = i;
}

/** True when the tag at `lt` has this local name. */
export function tagNamed(x: Uint8Array, lt: number, end: number, name: string): boolean {
  readTagName(x, lt, end);
  return named(x, tagName.start, tagName.stop, name);
}

/** True when bytes [start, stop) spell `name` (ASCII). */
export function named(x: Uint8Array, start: number, stop: number, name: string): boolean {
  if (stop - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (x[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

/** Start of the close tag `</…name>` at or after `from`, or -1. */
export function closeTag(x: Uint8Array, name: string, from: number, end: number): number {
  let lt = nextTag(x, from);
  while (lt !== -1 && lt < end) {
    if (x[lt + 1] === SLASH && tagNamed(x, lt, end, name)) return lt;
    lt = nextTag(x, lt + 1);
  }
  return -1;
}

/** Walks the attributes of a start tag between `from` and `to`, calling `visit` with each local name's bounds and
 *  its value's bounds. */
export function eachAttribute(x: Uint8Array, from: number, to: number, visit: (nameStart: number, nameStop: number, valueStart: number, valueStop: number) => void): void {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(x[i])) i++;
    let nameStart = i;
    while (i < to && x[i] !== EQUALS && !isSpace(x[i])) {
      if (x[i] === COLON) nameStart = i + 1;
      i++;
    }
    const nameStop = i;
    while (i < to && isSpace(x[i])) i++;
    if (i >= to || x[i] !== EQUALS) return;
    i++;
    while (i < to && isSpace(x[i])) i++;
    const quote = x[i];
    if (quote !== QUOTE && quote !== APOS) return;
    const valueStart = i + 1;
    const valueStop = x.indexOf(quote, valueStart);
    if (valueStop === -1 || valueStop > to) return;
    visit(nameStart, nameStop, valueStart, valueStop);
    i = valueStop + 1;
  }
}

/** One attribute's raw value, or undefined. */
export function attributeValue(x: Uint8Array, from: number, to: number, name: string): string | undefined {
  let value: string | undefined;
  eachAttribute(x, from, to, (ns, ne, vs, ve) => {
    if (named(x, ns, ne, name)) value = text(x, vs, ve);
  });
  return value;
}
