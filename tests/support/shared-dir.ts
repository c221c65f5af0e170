// Where the workplace's shared materials (corpus, seeds) are: ../shared beside the repository.
// Tests read them in place and are skipped, with this reason, where the folder is absent.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'corpus'));
export const NO_SHARED_REASON = `../shared/corpus is absent (looked in ${SHARED_DIR}); corpus tests need the workplace's shared materials`;

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
