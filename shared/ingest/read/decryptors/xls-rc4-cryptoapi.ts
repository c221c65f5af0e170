// BIFF8 "RC4 CryptoAPI encryption" (Office XP/2003, SHA-1-based): [MS-OFFCRYPTO] 2.3.5; the 40- and 128-bit variants.
import { bilingual } from '../../../base';
import { concat, u32Bytes, utf16le } from './bytes';
import { sha1 } from './crypto-primitives';
import { readEncryptionHeader, readEncryptionVerifier } from './encryption-header';
import { blockRc4Decryptor, verifierMatches } from './rc4-blocks';
import type { RecordDecryptor } from './record-decryptor';

const ALG_RC4 = 0x6801;
const ALG_SHA1 = 0x8004;
const SCHEME = 'RC4 CryptoAPI';

/** The key of each block: SHA-1 of salt and password, then of that hash and the block number (2.3.5.2). */
function cryptoApiKeyDeriver(password: string, salt: Uint8Array, keyBits: number): (block: number) => Uint8Array {
  const base = sha1(concat(salt, utf16le(password)));
  return (block) => {
    const hash = sha1(concat(base, u32Bytes(block)));
    // A 40-bit key is used as a 128-bit RC4 key whose last 11 bytes are zero, not as a 5-byte key.
    if (keyBits === 40) return concat(hash.subarray(0, 5), new Uint8Array(11));
    return hash.subarray(0, keyBits / 8);
  };
}

/**
 * The decryptor for an RC4 CryptoAPI header (the FILEPASS data after wEncryptionType and the x.2 version), or null
 * when the password does not match the verifier. Throws for algorithms other than RC4 with SHA-1.
 */
export function xlsCryptoApiDecryptor(header: Uint8Array, password: string): RecordDecryptor | null {
  const { algId, algIdHash, keyBits: storedKeyBits, verifier } = readEncryptionHeader(header, SCHEME);
  // KeySize 0 means the 40-bit default.
  const keyBits = storedKeyBits || 40;
  if ((algId !== 0 && algId !== ALG_RC4) || (algIdHash !== 0 && algIdHash !== ALG_SHA1) || keyBits % 8 !== 0 || keyBits < 40 || keyBits > 128) {
    throw new Error(bilingual('ingest.decrypt.cipherBits', { cipher: `AlgID 0x${algId.toString(16)}`, bits: keyBits }));
  }
  const { salt, encryptedVerifier, encryptedVerifierHash } = readEncryptionVerifier(verifier, SCHEME);
  const keyForBlock = cryptoApiKeyDeriver(password, salt, keyBits);
  if (!verifierMatches(keyForBlock, encryptedVerifier, encryptedVerifierHash, sha1)) return null;
  return blockRc4Decryptor(keyForBlock);
}
