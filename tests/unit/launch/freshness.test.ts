// npm start rebuilds when an output is missing or older than the newest source, and only then.
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modifiedTime, needsRebuild, newestModifiedTime } from '../../../scripts/launch/freshness.mjs';

describe('needsRebuild', () => {
  it('rebuilds when any output is missing', () => {
    expect(needsRebuild([2000, undefined], 1000)).toBe(true);
  });

  it('rebuilds when any output is older than the newest source', () => {
    expect(needsRebuild([2000, 999], 1000)).toBe(true);
  });

  it('does not rebuild when every output is as new as or newer than the sources', () => {
    expect(needsRebuild([1000, 3000], 1000)).toBe(false);
  });
});

describe('modifiedTime and newestModifiedTime on real files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planeval-freshness-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const touch = (file: string, seconds: number) => {
    writeFileSync(file, 'x');
    utimesSync(file, seconds, seconds);
  };

  it('finds the newest file anywhere under the folders, and ignores paths that do not exist', () => {
    mkdirSync(join(dir, 'src', 'deep', 'deeper'), { recursive: true });
    touch(join(dir, 'src', 'a.ts'), 1_000);
    touch(join(dir, 'src', 'deep', 'deeper', 'b.ts'), 3_000);
    touch(join(dir, 'config.ts'), 2_000);
    expect(newestModifiedTime([join(dir, 'src'), join(dir, 'config.ts'), join(dir, 'missing')])).toBe(3_000_000);
  });

  it('reports a missing file as undefined and an existing one in milliseconds', () => {
    touch(join(dir, 'out.js'), 4_000);
    expect(modifiedTime(join(dir, 'out.js'))).toBe(4_000_000);
    expect(modifiedTime(join(dir, 'nope.js'))).toBeUndefined();
  });

  it('reports 0 when no source exists', () => {
    expect(newestModifiedTime([join(dir, 'missing')])).toBe(0);
  });
});
