// The error the import engine throws: which file (and sheet and cell) is at fault, and why.
import { PlanevalError } from '../base';

export type IngestErrorCode =
  | 'file-too-large'
  | 'empty-file'
  | 'archive-too-large'
  | 'sheet-too-large'
  | 'not-a-spreadsheet'
  | 'truncated'
  | 'unreadable'
  | 'password-required'
  | 'password-wrong'
  | 'task-template-damaged';

export class IngestError extends PlanevalError<IngestErrorCode> {
  readonly fileName: string;
  readonly sheet?: string;
  readonly cell?: string;

  constructor(code: IngestErrorCode, fileName: string, params: Record<string, string | number> = {}, where: { sheet?: string; cell?: string } = {}) {
    super(code, `ingest.error.${code}`, { file: fileName, ...where, ...params });
    this.fileName = fileName;
    this.sheet = where.sheet;
    this.cell = where.cell;
  }
}
