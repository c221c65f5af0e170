// Opening encrypted Office files: Excel's default password first, then the user's, through a Decryptor
// (read/decryptors/ by default; tests may pass another).
import * as XLSX from 'xlsx';
import { IngestError } from '../errors';
import type { Decryptor } from '../types';

/** The password Excel uses for "encrypted" files that open without asking. */
export const EXCEL_DEFAULT_PASSWORD = 'VelvetSweatshop';

const FILEPASS = 0x002f;

/** True when a compound file is an encrypted OOXML package or a BIFF workbook with a FILEPASS record. */
export function isEncryptedCompoundFile(bytes: Uint8Array): boolean {
  // SheetJS bundles the CFB reader but types it as any.
  let cfb: unknown;
  try {
    cfb = XLSX.CFB.read(bytes, { type: 'array' });
  } catch {
    return false;
  }
  if (XLSX.CFB.find(cfb, '/EncryptionInfo')) return true;
  const book = XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book');
  const content = book?.content as Uint8Array | undefined;
  if (!content) return false;
  // FILEPASS follows BOF within the workbook globals' first records.
  let offset = 0;
  for (let n = 0; n < 64 && offset + 4 <= content.length; n++) {
    const type = content[offset] | (content[offset + 1] << 8);
    const size = content[offset + 2] | (content[offset + 3] << 8);
    if (type === FILEPASS) return true;
    if (type === 0x0085) return false; // BOUNDSHEET: past the place FILEPASS would be
    offset += 4 + size;
  }
  return false;
}

/** Decrypts with the default password, then with the user's; throws password-required / password-wrong. */
export async function decryptWorkbook(bytes: Uint8Array, fileName: string, password: string | undefined, decryptor: Decryptor): Promise<Uint8Array> {
  const attempt = async (pw: string) => {
    try {
      return await decryptor(bytes, pw);
    } catch (error) {
      throw new IngestError('unreadable', fileName, { reason: (error as Error).message });
    }
  };
  const withDefault = await attempt(EXCEL_DEFAULT_PASSWORD);
  if (withDefault) return withDefault;
  if (password === undefined || password === '') throw new IngestError('password-required', fileName);
  const withUser = await attempt(password);
  if (withUser) return withUser;
  throw new IngestError('password-wrong', fileName);
}
