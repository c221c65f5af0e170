// A schema upgrade must write what its version wrote, whatever the app later does: the files of renderer/db/upgrades/
// carry frozen copies of the formats they read and write, and import nothing of the application but types. Dexie
// and each other (a later upgrade may read an earlier one's frozen format) are the only modules they may run.
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-dir';

const UPGRADES = 'renderer/db/upgrades';

/** Every module a file imports or re-exports (static, side-effect, dynamic or require), comments left out. */
function imports(source: string): { specifier: string; typeOnly: boolean }[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const statements = [...code.matchAll(/\b(?:import|export)\s+(type\s+)?[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => ({ specifier: m[2]!, typeOnly: Boolean(m[1]) }));
  const others = [/\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g].flatMap((pattern) =>
    [...code.matchAll(pattern)].map((m) => ({ specifier: m[1]!, typeOnly: false })),
  );
  return [...statements, ...others];
}

/** The imports of an upgrade file (repository-relative path) that tie it to live code, as "file imports specifier". */
function liveImports(file: string, source: string): string[] {
  return imports(source).flatMap(({ specifier, typeOnly }) => {
    if (typeOnly || specifier === 'dexie') return [];
    const sibling = specifier.startsWith('.') && posix.dirname(posix.join(posix.dirname(file), specifier)) === UPGRADES;
    return sibling ? [] : [`${file} imports ${specifier}`];
  });
}

describe('the schema upgrades', () => {
  it('run nothing of the application: only dexie, each other, and types', () => {
    const files = readdirSync(`${REPO_ROOT}/${UPGRADES}`).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('v3-value-chunks.ts');
    const found = files.flatMap((name) => liveImports(`${UPGRADES}/${name}`, readFileSync(`${REPO_ROOT}/${UPGRADES}/${name}`, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the check catches every way of running live code', () => {
    const file = `${UPGRADES}/v4-example.ts`;
    const live = [
      `import { storeValues } from '../value-chunks';`,
      `import { CHUNK_SIZE, type ValueChunk } from '../value-chunks';`,
      `export { packChunk } from '../value-chunks';`,
      `import '../schema';`,
      `const m = await import('../../../shared/model');`,
      `import { evaluate } from '../../../shared/attain';`,
      `import { produce } from 'immer';`,
    ];
    for (const line of live) expect(liveImports(file, line), line).toHaveLength(1);
    const frozen = [
      `import { Dexie, type Transaction } from 'dexie';`,
      `import type { Transaction } from 'dexie';`,
      `import type { Observation } from '../../../shared/model';`,
      `import { upgradeToValueChunks } from './v3-value-chunks';`,
      `// import { storeValues } from '../value-chunks';`,
    ];
    for (const line of frozen) expect(liveImports(file, line), line).toEqual([]);
  });
});
