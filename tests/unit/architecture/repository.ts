// The repository as the architecture rules see it: every file of the app's folders (tests/ left out), by path, with its text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { REPO_ROOT } from '../../support/shared-dir';
import type { SourceTree } from './rules';

const FOLDERS = ['shared', 'renderer', 'electron', 'cli', 'bench', 'fixtures', 'scripts'];
const TEXT = /\.[mc]?[jt]sx?$/;

function filesUnder(dir: string): string[] {
  if (!existsSync(posix.join(REPO_ROOT, dir))) return [];
  return readdirSync(posix.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => posix.join(dir, name.split('\\').join('/')))
    // Generated and installed files (node_modules, bench/.work) are not the design.
    .filter((path) => !path.split('/').some((part) => part === 'node_modules' || part.startsWith('.')))
    .filter((path) => statSync(posix.join(REPO_ROOT, path)).isFile());
}

/** Every file of the app's folders and the repository's root; the text of source files, '' for the rest. */
export function readRepository(): SourceTree {
  const rootFiles = readdirSync(REPO_ROOT, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  const paths = [...rootFiles, ...FOLDERS.flatMap(filesUnder)];
  return new Map(paths.map((path) => [path, TEXT.test(path) ? readFileSync(posix.join(REPO_ROOT, path), 'utf8') : '']));
}
