// ECMA-376 Standard encryption (Office 2007 .xlsx, AES-ECB with a SHA-1 key): [MS-OFFCRYPTO] 2.3.4.5–2.3.4.9.
import { bilingual } from '../../../base';
import { concat, sameBytes, u32Bytes } from './bytes';
import { aesDecrypt, sha1 } from './crypto-primitives';
import { readEncryptionHeader, readEncryptionVerifier } from './encryption-header';
import { spinPasswordHash } from './ooxml-password-hash';

const AES_ALGORITHMS = new Set([0x660e, 0x660f, 0x6610]);
const SPIN_COUNT = 50000;
const SCHEME = 'Standard';

/** A function from the EncryptedPackage stream's data (after its 8-byte size) to the plain package. */
export type SegmentDecryptor = (data: Uint8Array) => Uint8Array;

/** The AES key: the spun SHA-1 hash with block 0, stretched by the two-pad construction of 2.3.4.7. */
function standardKey(password: string, salt: Uint8Array, keyBytes: number): Uint8Array {
  const final = sha1(concat(spinPasswordHash(sha1, salt, password, SPIN_COUNT), u32Bytes(0)));
  const derive = (pad: number) => sha1(new Uint8Array(64).map((_, i) => pad ^ (final[i] ?? 0)));
  return concat(derive(0x36), derive(0x5c)).subarray(0, keyBytes);
}

/** The decryptor for Standard EncryptionInfo (after its 4-byte version), or null when the password is wrong. */
export function standardDecryptor(info: Uint8Array, password: string): SegmentDecryptor | null {
  const { algId, keyBits, verifier } = readEncryptionHeader(info, SCHEME);
  if (!AES_ALGORITHMS.has(algId) || ![128, 192, 256].includes(keyBits)) {
    throw new Error(bilingual('ingest.decrypt.cipher', { cipher: `AlgID 0x${algId.toString(16)}` }));
  }
  // AES pads the 20-byte SHA-1 verifier hash to two blocks.
  const { salt, encryptedVerifier, hashSize, encryptedVerifierHash } = readEncryptionVerifier(verifier, SCHEME, 32);
  const key = standardKey(password, salt, keyBits / 8);
  const plainVerifier = aesDecrypt(key, encryptedVerifier);
  if (!sameBytes(sha1(plainVerifier), aesDecrypt(key, encryptedVerifierHash).subarray(0, hashSize))) return null;
  return (data) => aesDecrypt(key, data.subarray(0, data.length - (data.length % 16)));
}
