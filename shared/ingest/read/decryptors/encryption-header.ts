// The binary EncryptionHeader and EncryptionVerifier that Standard encryption (.xlsx) and RC4 CryptoAPI (.xls) share:
// [MS-OFFCRYPTO] 2.3.2 and 2.3.3, read from the data after the 4-byte version.
import { need, u32 } from './bytes';

export interface EncryptionHeader {
  /** AlgID: the cipher; 0 means the scheme's default. */
  algId: number;
  /** AlgIDHash: the hash; 0 means the scheme's default. */
  algIdHash: number;
  /** KeySize in bits as stored; 0 means the scheme's default. */
  keyBits: number;
  /** The EncryptionVerifier's bytes, for readEncryptionVerifier once the cipher is known to be supported. */
  verifier: Uint8Array;
}

export interface EncryptionVerifier {
  salt: Uint8Array;
  encryptedVerifier: Uint8Array;
  /** VerifierHashSize: the bytes of the plain verifier hash. */
  hashSize: number;
  encryptedVerifierHash: Uint8Array;
}

/** The flags, header size and EncryptionHeader at the start of `info`; `scheme` names the structure when it is truncated. */
export function readEncryptionHeader(info: Uint8Array, scheme: string): EncryptionHeader {
  need(info, 8, `${scheme} flags and header size`);
  const headerSize = u32(info, 4);
  const header = info.subarray(8, 8 + headerSize);
  need(header, 20, `${scheme} EncryptionHeader`);
  return { algId: u32(header, 8), algIdHash: u32(header, 12), keyBits: u32(header, 16), verifier: info.subarray(8 + headerSize) };
}

/**
 * The salt, verifier and verifier hash of an EncryptionVerifier. The encrypted hash is `encryptedHashSize` bytes when
 * the cipher pads it (AES), otherwise VerifierHashSize bytes (RC4).
 */
export function readEncryptionVerifier(verifier: Uint8Array, scheme: string, encryptedHashSize?: number): EncryptionVerifier {
  const what = `${scheme} EncryptionVerifier`;
  need(verifier, 4, what);
  const saltSize = u32(verifier, 0);
  need(verifier, 24 + saltSize, what);
  const hashSize = u32(verifier, 20 + saltSize);
  const hashEnd = 24 + saltSize + (encryptedHashSize ?? hashSize);
  need(verifier, hashEnd, what);
  return {
    salt: verifier.subarray(4, 4 + saltSize),
    encryptedVerifier: verifier.subarray(4 + saltSize, 20 + saltSize),
    hashSize,
    encryptedVerifierHash: verifier.subarray(24 + saltSize, hashEnd),
  };
}
