// The largest file the open dialog hands to the renderer: bigger ones would stall IPC and the parser.
import { t } from '../../shared/i18n';

const MEBIBYTE = 1024 * 1024;
export const MAX_OPEN_FILE_MEGABYTES = 100;
export const MAX_OPEN_FILE_BYTES = MAX_OPEN_FILE_MEGABYTES * MEBIBYTE;

/** Null when a file of `sizeBytes` may be opened, else the message to show (Chinese, then English). */
export function fileSizeProblem(name: string, sizeBytes: number): string | null {
  if (sizeBytes <= MAX_OPEN_FILE_BYTES) return null;
  const params = { name, megabytes: (sizeBytes / MEBIBYTE).toFixed(1), limit: MAX_OPEN_FILE_MEGABYTES };
  return `${t('desktop.file.tooLarge', 'zh', params)} / ${t('desktop.file.tooLarge', 'en', params)}`;
}
