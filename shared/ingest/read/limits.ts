// Size limits that keep a hostile or broken file from exhausting memory or time.
import { unzipSync } from 'fflate';
import { IngestError } from '../errors';
import type { IngestLimits } from '../types';

export const DEFAULT_LIMITS: IngestLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxExpandedBytes: 500 * 1024 * 1024,
  maxSheetCells: 2_000_000,
};

const MB = 1024 * 1024;
const mb = (n: number) => (n / MB).toFixed(1);

/** Throws file-too-large / empty-file. */
export function checkFileSize(bytes: Uint8Array, fileName: string, limits: IngestLimits): void {
  if (bytes.length === 0) throw new IngestError('empty-file', fileName);
  if (bytes.length > limits.maxFileBytes) throw new IngestError('file-too-large', fileName, { size: mb(bytes.length), limit: mb(limits.maxFileBytes) });
}

/** Reads only the zip's central directory (nothing is inflated) and throws when the entries would expand past the limit,
 *  or `truncated` when the directory is missing. Returns the entry names. */
export function checkZipExpansion(bytes: Uint8Array, fileName: string, limits: IngestLimits): string[] {
  let total = 0;
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter(entry) {
        total += entry.originalSize;
        names.push(entry.name);
        return false;
      },
    });
  } catch {
    throw new IngestError('truncated', fileName);
  }
  if (total > limits.maxExpandedBytes) throw new IngestError('archive-too-large', fileName, { size: mb(total), limit: mb(limits.maxExpandedBytes) });
  return names;
}

/** Throws sheet-too-large when a sheet holds more cells than allowed. */
export function checkSheetCells(cells: number, sheet: string, fileName: string, limits: IngestLimits): void {
  if (cells > limits.maxSheetCells) throw new IngestError('sheet-too-large', fileName, { cells, limit: limits.maxSheetCells }, { sheet });
}
