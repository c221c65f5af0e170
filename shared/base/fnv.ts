// A short, stable, synchronous fingerprint of a text: what tells versions of a framework or a ledger apart.

/** FNV-1a over UTF-8, twice with different offsets: 16 hex digits. Synchronous, so reading a template stays synchronous;
 *  it tells versions apart, it does not protect anything. */
export function fnv64Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const byte of bytes) {
    a = Math.imul(a ^ byte, 0x01000193) >>> 0;
    b = Math.imul(b ^ byte, 0x01000193) >>> 0;
    b = (b ^ (a >>> 7)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
