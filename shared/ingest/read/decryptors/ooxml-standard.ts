// ECMA-376 Standard encryption (Office 2007 .xlsx, AES-ECB with a SHA-1 key): [MS-OFFCRYPTO] 2.3.4.5–2.3.4.9.
import { concat, need, sameBytes, u32, u32Bytes } from './bytes';
import { aesDecrypt, sha1 } from './crypto-primitives';
import { spinPasswordHash } from './ooxml-password-hash';

const AES_ALGORITHMS = new Set([0x660e, 0x660f, 0x6610]);
const SPIN_COUNT = 50000;

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
  need(info, 8, 'EncryptionInfo flags and header size');
  const headerSize = u32(info, 4);
  const header = info.subarray(8, 8 + headerSize);
  need(header, 20, 'EncryptionHeader');
  const algId = u32(header, 8);
  const keyBits = u32(header, 16);
  if (!AES_ALGORITHMS.has(algId) || ![128, 192, 256].includes(keyBits)) {
    throw new Error(`不支持的加密算法(AlgID 0x${algId.toString(16)})/ unsupported cipher (AlgID 0x${algId.toString(16)})`);
  }
  const verifier = info.subarray(8 + headerSize);
  need(verifier, 4, 'EncryptionVerifier');
  const saltSize = u32(verifier, 0);
  need(verifier, 24 + saltSize + 32, 'EncryptionVerifier');
  const salt = verifier.subarray(4, 4 + saltSize);
  const encryptedVerifier = verifier.subarray(4 + saltSize, 20 + saltSize);
  const hashSize = u32(verifier, 20 + saltSize);
  const encryptedHash = verifier.subarray(24 + saltSize, 24 + saltSize + 32);
  const key = standardKey(password, salt, keyBits / 8);
  const plainVerifier = aesDecrypt(key, encryptedVerifier);
  if (!sameBytes(sha1(plainVerifier), aesDecrypt(key, encryptedHash).subarray(0, hashSize))) return null;
  return (data) => aesDecrypt(key, data.subarray(0, data.length - (data.length % 16)));
}
