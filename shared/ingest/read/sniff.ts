// Tells what kind of file the bytes are from their first bytes, never from the file name.

export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'cfb' }
  | { kind: 'biff' }
  | { kind: 'markup' }
  | { kind: 'text' }
  | { kind: 'other'; what: string };

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF'],
  [[0x4d, 0x5a], 'EXE'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Classifies the bytes: zip (xlsx/xlsm/ods), cfb (xls, encrypted Office), raw BIFF, markup (XML/HTML), text (CSV) or other. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'cfb' };
  if (startsWith(bytes, [0x09, 0x08]) || startsWith(bytes, [0x09, 0x04]) || startsWith(bytes, [0x09, 0x02]) || startsWith(bytes, [0x09, 0x00])) return { kind: 'biff' };
  for (const [sig, what] of SIGNATURES) if (startsWith(bytes, sig)) return { kind: 'other', what };
  const head = bytes.subarray(0, 4096);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return { kind: 'other', what: 'binary' };
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (controls > head.length / 100) return { kind: 'other', what: 'binary' };
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x3c ? { kind: 'markup' } : { kind: 'text' };
}
