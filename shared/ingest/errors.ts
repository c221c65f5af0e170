// The one error type the import engine throws: a code the UI can act on and a bilingual message.
import { t } from '../i18n';

export type IngestErrorCode =
  | 'file-too-large'
  | 'empty-file'
  | 'archive-too-large'
  | 'sheet-too-large'
  | 'not-a-spreadsheet'
  | 'truncated'
  | 'unreadable'
  | 'password-required'
  | 'password-wrong';

/** "中文 (English)" for a message key of shared/i18n/messages/ingest.ts. */
export function bilingual(key: string, params: Record<string, string | number>): string {
  return `${t(key, 'zh', params)} (${t(key, 'en', params)})`;
}

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly fileName: string;
  readonly sheet?: string;
  readonly cell?: string;

  constructor(code: IngestErrorCode, fileName: string, params: Record<string, string | number> = {}, where: { sheet?: string; cell?: string } = {}) {
    super(bilingual(`ingest.error.${code}`, { file: fileName, ...where, ...params }));
    this.name = 'IngestError';
    this.code = code;
    this.fileName = fileName;
    this.sheet = where.sheet;
    this.cell = where.cell;
  }
}
