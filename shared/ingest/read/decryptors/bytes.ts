// Little-endian reads and byte-array helpers shared by the decryptors.
import { bilingual } from '../../../base';

/** Reads an unsigned 16-bit little-endian integer. */
export function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

/** Reads an unsigned 32-bit little-endian integer. */
export function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** The 4 little-endian bytes of an unsigned 32-bit integer (block numbers in key derivation). */
export function u32Bytes(value: number): Uint8Array {
  return new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]);
}

/** A password as UTF-16LE bytes, the form every Office key derivation hashes. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i] = code & 0xff;
    out[2 * i + 1] = code >>> 8;
  }
  return out;
}

/** The byte arrays joined end to end. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** True when both arrays hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** a XOR b over the length of a (b at least as long). */
export function xorBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.map((byte, i) => byte ^ b[i]);
}

/** Throws a clear message when a structure is shorter than the format requires. */
export function need(bytes: Uint8Array, end: number, what: string): void {
  if (end > bytes.length) throw new Error(bilingual('ingest.decrypt.truncated', { what }));
}
