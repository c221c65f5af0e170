// BIFF8 "RC4 encryption" (Office 97/2000, MD5-based): [MS-OFFCRYPTO] 2.3.6; what the CNKI yearbook exports use.
import { concat, need, u32Bytes, utf16le } from './bytes';
import { md5 } from './crypto-primitives';
import { blockRc4Decryptor, verifierMatches } from './rc4-blocks';
import type { RecordDecryptor } from './record-decryptor';

/** The key of each 1024-byte block: MD5 of the password, mixed with the salt, then of the block number (2.3.6.2). */
function rc4KeyDeriver(password: string, salt: Uint8Array): (block: number) => Uint8Array {
  const truncated = md5(utf16le(password)).subarray(0, 5);
  const repeated = concat(...Array.from({ length: 16 }, () => concat(truncated, salt)));
  const base = md5(repeated).subarray(0, 5);
  return (block) => md5(concat(base, u32Bytes(block)));
}

/**
 * The decryptor for an RC4 header (the FILEPASS data after wEncryptionType and the 1.1 version), or null when
 * the password does not match the verifier.
 */
export function xlsRc4Decryptor(header: Uint8Array, password: string): RecordDecryptor | null {
  need(header, 48, 'RC4 EncryptionHeader (salt, verifier, verifier hash)');
  const salt = header.subarray(0, 16);
  const keyForBlock = rc4KeyDeriver(password, salt);
  if (!verifierMatches(keyForBlock, header.subarray(16, 32), header.subarray(32, 48), md5)) return null;
  return blockRc4Decryptor(keyForBlock);
}
