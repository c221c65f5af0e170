// Decrypting a BIFF workbook stream: pick the scheme from FILEPASS, decrypt each record's data, neutralise FILEPASS.
import { bilingual } from '../../../base';
import { need, u16 } from './bytes';
import type { RecordDecryptor } from './record-decryptor';
import { xlsCryptoApiDecryptor } from './xls-rc4-cryptoapi';
import { xlsRc4Decryptor } from './xls-rc4';
import { xlsXorDecryptor } from './xls-xor';

const BOF = 0x0809;
const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
const ENTEXU2 = 0x01c2;
const BIFF8 = 0x0600;

/** Records written in the clear in an encrypted stream ([MS-XLS] 2.2.10): BOF, FilePass, UsrExcl, FileLock, InterfaceHdr, RRDInfo, RRDHead. */
const CLEAR_RECORDS = new Set([BOF, FILEPASS, 0x0194, 0x0195, 0x00e1, 0x0196, 0x0138]);

/** BoundSheet8's first 4 bytes (lbPlyPos, the sheet's stream offset) stay in the clear. */
const BOUNDSHEET_CLEAR_BYTES = 4;

interface RecordAt {
  type: number;
  /** Offset of the record's data (after its 4-byte header) in the stream. */
  data: number;
  size: number;
}

function* records(stream: Uint8Array): Generator<RecordAt> {
  for (let at = 0; at + 4 <= stream.length; ) {
    const record = { type: u16(stream, at), data: at + 4, size: u16(stream, at + 2) };
    if (record.data + record.size > stream.length) {
      throw new Error(bilingual('ingest.decrypt.recordPastEnd', { at, type: record.type.toString(16) }));
    }
    yield record;
    at = record.data + record.size;
  }
}

/** The FILEPASS record of the workbook globals, if the stream is encrypted (it comes before the first BoundSheet8). */
export function findFilePass(stream: Uint8Array): RecordAt | undefined {
  for (const record of records(stream)) {
    if (record.type === FILEPASS) return record;
    if (record.type === BOUNDSHEET) return undefined;
  }
  return undefined;
}

function unsupported(what: string): Error {
  return new Error(bilingual('ingest.decrypt.scheme', { what }));
}

/** The decryptor FILEPASS names, checked against the password; null when the password is wrong. */
function decryptorFor(filePass: Uint8Array, biff8: boolean, password: string): RecordDecryptor | null {
  // Before BIFF8 there is no wEncryptionType: FILEPASS holds only the XOR key and verifier.
  if (!biff8) return xlsXorDecryptor(filePass, password);
  need(filePass, 2, 'FILEPASS wEncryptionType');
  const encryptionType = u16(filePass, 0);
  if (encryptionType === 0) return xlsXorDecryptor(filePass.subarray(2), password);
  if (encryptionType !== 1) throw unsupported(`wEncryptionType ${encryptionType}`);
  need(filePass, 6, 'FILEPASS EncryptionVersionInfo');
  const major = u16(filePass, 2);
  const minor = u16(filePass, 4);
  if (major === 1 && minor === 1) return xlsRc4Decryptor(filePass.subarray(6), password);
  if (major >= 2 && major <= 4 && minor === 2) return xlsCryptoApiDecryptor(filePass.subarray(6), password);
  throw unsupported(`RC4 ${major}.${minor}`);
}

/**
 * The decrypted copy of an encrypted workbook stream, or null when the password is wrong. FILEPASS is overwritten
 * in place by an EntExU2 record (a cache readers ignore) of the same length, so every stream offset stays valid.
 */
export function decryptWorkbookStream(stream: Uint8Array, filePass: RecordAt, password: string): Uint8Array | null {
  const biff8 = u16(stream, 4) === BIFF8;
  const decrypt = decryptorFor(stream.subarray(filePass.data, filePass.data + filePass.size), biff8, password);
  if (!decrypt) return null;
  // A copy, never a view: the stream may share memory with the caller's file bytes (Buffer#slice would not copy).
  const out = new Uint8Array(stream);
  for (const record of records(out)) {
    if (CLEAR_RECORDS.has(record.type)) continue;
    const from = record.type === BOUNDSHEET ? record.data + BOUNDSHEET_CLEAR_BYTES : record.data;
    decrypt(out, from, record.data + record.size, record.size);
  }
  out[filePass.data - 4] = ENTEXU2 & 0xff;
  out[filePass.data - 3] = ENTEXU2 >>> 8;
  out.fill(0, filePass.data, filePass.data + filePass.size);
  return out;
}
