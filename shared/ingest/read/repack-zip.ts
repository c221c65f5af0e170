// Inflates a spreadsheet's zip with fflate and hands SheetJS a stored (uncompressed) copy: SheetJS's own inflate
// can loop forever on a damaged deflate stream (found by tests/unit/ingest/fuzz.test.ts), fflate's stops with an error.
import { unzipSync, zipSync } from 'fflate';
import { IngestError } from '../errors';

/** The same archive with every entry stored; call after checkZipExpansion has bounded the expanded size. */
export function repackZip(bytes: Uint8Array, fileName: string): Uint8Array {
  try {
    return zipSync(unzipSync(bytes), { level: 0 });
  } catch (error) {
    throw new IngestError('unreadable', fileName, { reason: `zip: ${(error as Error)?.message ?? String(error)}` });
  }
}
