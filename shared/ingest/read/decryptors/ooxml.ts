// Decrypting an encrypted .xlsx (an ECMA-376 EncryptionInfo + EncryptedPackage compound file) back to its zip package.
import { bilingual } from '../../../base';
import { need, u16, u32 } from './bytes';
import { agileDecryptor } from './ooxml-agile';
import { standardDecryptor, type SegmentDecryptor } from './ooxml-standard';

/** The plain zip package, or null when the password is wrong; throws for unsupported or damaged encryption data. */
export function decryptOoxmlPackage(encryptionInfo: Uint8Array, encryptedPackage: Uint8Array, password: string): Uint8Array | null {
  need(encryptionInfo, 8, 'EncryptionInfo version');
  const major = u16(encryptionInfo, 0);
  const minor = u16(encryptionInfo, 2);
  let decrypt: SegmentDecryptor | null;
  if (major === 4 && minor === 4) decrypt = agileDecryptor(new TextDecoder().decode(encryptionInfo.subarray(8)), password);
  else if ((major === 3 || major === 4) && minor === 2) decrypt = standardDecryptor(encryptionInfo.subarray(4), password);
  else throw new Error(bilingual('ingest.decrypt.version', { version: `${major}.${minor}` }));
  if (!decrypt) return null;
  need(encryptedPackage, 8, 'EncryptedPackage size');
  const size = u32(encryptedPackage, 0) + u32(encryptedPackage, 4) * 2 ** 32;
  const plain = decrypt(encryptedPackage.subarray(8));
  if (size > plain.length) throw new Error(bilingual('ingest.decrypt.packageTruncated', { size }));
  return plain.subarray(0, size);
}
