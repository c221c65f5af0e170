// The one error type of backup reading and restoring: a code the UI can act on and a bilingual message.
import { PlanevalError } from '../base';

export type BackupErrorCode =
  | 'not-a-zip'
  | 'not-a-backup'
  | 'newer-format'
  | 'checksum-mismatch'
  | 'missing-entry'
  | 'too-large'
  | 'malformed'
  | 'replace-needs-full-backup';

const MESSAGE_KEYS: Record<BackupErrorCode, string> = {
  'not-a-zip': 'safety.error.notZip',
  'not-a-backup': 'safety.error.notBackup',
  'newer-format': 'safety.error.newerFormat',
  'checksum-mismatch': 'safety.error.checksum',
  'missing-entry': 'safety.error.missingEntry',
  'too-large': 'safety.error.tooLarge',
  malformed: 'safety.error.malformed',
  'replace-needs-full-backup': 'safety.error.replaceNeedsFullBackup',
};

export class BackupError extends PlanevalError<BackupErrorCode> {
  /** The zip entry at fault, when there is one. */
  readonly entry?: string;

  constructor(code: BackupErrorCode, params: Record<string, string | number> = {}) {
    super(code, MESSAGE_KEYS[code], { file: 'backup', ...params });
    if (typeof params.entry === 'string') this.entry = params.entry;
  }
}
