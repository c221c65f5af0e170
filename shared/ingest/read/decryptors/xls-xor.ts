// BIFF XOR obfuscation (Excel 95 and "weak" Excel 97 encryption): [MS-OFFCRYPTO] 2.3.7.1–2.3.7.3, method 1.
import { need, u16 } from './bytes';
import type { RecordDecryptor } from './record-decryptor';

const PAD = [0xbb, 0xff, 0xff, 0xba, 0xff, 0xff, 0xb9, 0x80, 0x00, 0xbe, 0x0f, 0x00, 0xbf, 0x0f, 0x00];

const INITIAL_CODE = [0xe1f0, 0x1d0f, 0xcc9c, 0x84c0, 0x110c, 0x0e10, 0xf1ce, 0x313e, 0x1872, 0xe139, 0xd40f, 0x84f9, 0x280c, 0xa96a, 0x4ec3];

const XOR_MATRIX = [
  0xaefc, 0x4dd9, 0x9bb2, 0x2745, 0x4e8a, 0x9d14, 0x2a09, 0x7b61, 0xf6c2, 0xfda5, 0xeb6b, 0xc6f7, 0x9dcf, 0x2bbf, 0x4563, 0x8ac6, 0x05ad, 0x0b5a,
  0x16b4, 0x2d68, 0x5ad0, 0x0375, 0x06ea, 0x0dd4, 0x1ba8, 0x3750, 0x6ea0, 0xdd40, 0xd849, 0xa0b3, 0x5147, 0xa28e, 0x553d, 0xaa7a, 0x44d5, 0x6f45,
  0xde8a, 0xad35, 0x4a4b, 0x9496, 0x390d, 0x721a, 0xeb23, 0xc667, 0x9cef, 0x29ff, 0x53fe, 0xa7fc, 0x5fd9, 0x47d3, 0x8fa6, 0x0f6d, 0x1eda, 0x3db4,
  0x7b68, 0xf6d0, 0xb861, 0x60e3, 0xc1c6, 0x93ad, 0x377b, 0x6ef6, 0xddec, 0x45a0, 0x8b40, 0x06a1, 0x0d42, 0x1a84, 0x3508, 0x6a10, 0xaa51, 0x4483,
  0x8906, 0x022d, 0x045a, 0x08b4, 0x1168, 0x76b4, 0xed68, 0xcaf1, 0x85c3, 0x1ba7, 0x374e, 0x6e9c, 0x3730, 0x6e60, 0xdcc0, 0xa9a1, 0x4363, 0x86c6,
  0x1dad, 0x3331, 0x6662, 0xccc4, 0x89a9, 0x0373, 0x06e6, 0x0dcc, 0x1021, 0x2042, 0x4084, 0x8108, 0x1231, 0x2462, 0x48c4,
];

/**
 * The password as the single-byte string XOR obfuscation works on: each character's low byte, or its high byte when
 * the low one is 0, truncated to 15 characters (2.3.7.4).
 */
function singleBytePassword(password: string): number[] {
  return Array.from({ length: Math.min(15, password.length) }, (_, i) => {
    const code = password.charCodeAt(i);
    return code & 0xff || code >>> 8;
  });
}

/** CreatePasswordVerifier_Method1: the 16-bit value stored in FILEPASS to check a password. */
function xorPasswordVerifier(password: number[]): number {
  let verifier = 0;
  for (const byte of [password.length, ...password].reverse()) {
    const carry = verifier & 0x4000 ? 1 : 0;
    verifier = (carry | ((verifier << 1) & 0x7fff)) ^ byte;
  }
  return verifier ^ 0xce4b;
}

function xorKey(password: number[]): number {
  let key = INITIAL_CODE[password.length - 1];
  let element = 0x68;
  for (let i = password.length - 1; i >= 0; i--) {
    let char = password[i];
    for (let bit = 0; bit < 7; bit++, element--, char <<= 1) if (char & 0x40) key ^= XOR_MATRIX[element];
  }
  return key;
}

function xorRor(a: number, b: number): number {
  const value = a ^ b;
  return ((value >>> 1) | (value << 7)) & 0xff;
}

/** CreateXorArray_Method1: the 16 bytes the data is XORed with, from the key and the password padded to 16. */
function xorArray(password: number[]): number[] {
  const key = xorKey(password);
  const high = key >>> 8;
  const low = key & 0xff;
  const out = new Array<number>(16).fill(0);
  let index = password.length;
  if (index % 2 === 1) {
    out[index] = xorRor(PAD[0], high);
    index--;
    out[index] = xorRor(password[password.length - 1], low);
  }
  while (index > 0) {
    index--;
    out[index] = xorRor(password[index], high);
    index--;
    out[index] = xorRor(password[index], low);
  }
  index = 15;
  for (let pad = 15 - password.length; pad > 0; ) {
    out[index--] = xorRor(PAD[pad--], high);
    out[index--] = xorRor(PAD[pad--], low);
  }
  return out;
}

/**
 * The decryptor for an XOR obfuscation header (FILEPASS key and verificationBytes), or null when the password
 * does not match. Each byte at stream position p of a record of n bytes uses XOR-array entry (p + n) mod 16.
 */
export function xlsXorDecryptor(header: Uint8Array, password: string): RecordDecryptor | null {
  need(header, 4, 'XOR obfuscation key and verifier');
  const single = singleBytePassword(password);
  if (single.length === 0) return null;
  if (xorPasswordVerifier(single) !== u16(header, 2)) return null;
  const array = xorArray(single);
  return (stream, from, to, recordSize) => {
    for (let at = from; at < to; at++) {
      const value = stream[at] ^ array[(at + recordSize) % 16];
      stream[at] = ((value >>> 5) | (value << 3)) & 0xff;
    }
  };
}
