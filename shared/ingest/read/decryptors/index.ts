// webDecryptor: the import engine's Decryptor in pure TypeScript (no Node APIs), for the app's worker and the CLI alike.
import * as XLSX from 'xlsx';
import { bilingual } from '../../../base';
import type { Decryptor } from '../../types';
import { decryptOoxmlPackage } from './ooxml';
import { decryptWorkbookStream, findFilePass } from './xls-workbook';

function toBytes(content: ArrayLike<number>): Uint8Array {
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}

/** A compound file holding one stream, the only thing SheetJS needs to read a decrypted workbook. */
function singleStreamFile(name: string, content: Uint8Array): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, name, content);
  return toBytes(XLSX.CFB.write(cfb, { type: 'array' }));
}

/**
 * Decrypts an encrypted .xlsx (ECMA-376 Agile or Standard) into its zip package, or an encrypted .xls (BIFF8 RC4,
 * RC4 CryptoAPI or XOR obfuscation; BIFF5 XOR) into a compound file SheetJS reads; null when the password is wrong.
 * A file that is not encrypted comes back unchanged; an unsupported scheme or damaged encryption data rejects.
 */
export const webDecryptor: Decryptor = async (bytes, password) => {
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const encryptionInfo = XLSX.CFB.find(cfb, '/EncryptionInfo');
  if (encryptionInfo) {
    const encryptedPackage = XLSX.CFB.find(cfb, '/EncryptedPackage');
    if (!encryptedPackage) throw new Error(bilingual('ingest.decrypt.noPackage'));
    return decryptOoxmlPackage(toBytes(encryptionInfo.content), toBytes(encryptedPackage.content), password);
  }
  const name = XLSX.CFB.find(cfb, '/Workbook') ? 'Workbook' : XLSX.CFB.find(cfb, '/Book') ? 'Book' : undefined;
  if (!name) throw new Error(bilingual('ingest.decrypt.noWorkbook'));
  const stream = toBytes(XLSX.CFB.find(cfb, `/${name}`).content);
  const filePass = findFilePass(stream);
  if (!filePass) return bytes;
  const decrypted = decryptWorkbookStream(stream, filePass, password);
  return decrypted && singleStreamFile(name, decrypted);
};
