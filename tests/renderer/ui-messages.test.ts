// The interface's dictionary: every message has Chinese and English, and every key the renderer asks for exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKeys, t } from '../../shared/i18n';
import { ui } from '../../shared/i18n/messages/ui';
import { AGGREGATIONS, COMPARATORS, INDICATOR_KINDS, NATURES } from '../../shared/model';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the dictionary', () => {
  it('has a non-empty Chinese and English text for every key', () => {
    const missing = messageKeys().filter((key) => !t(key, 'zh').trim() || !t(key, 'en').trim());
    expect(missing).toEqual([]);
  });

  it('registers every renderer message (ui.ts) with the shared dictionary', () => {
    const registered = new Set(messageKeys());
    expect(Object.keys(ui).filter((key) => !registered.has(key))).toEqual([]);
  });
});

describe('keys the renderer uses', () => {
  it('exist for every literal t("ui.…") call in renderer/src', () => {
    const used = sourceFiles('renderer/src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(ui\.[^']+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    const known = new Set(messageKeys());
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('exist for every literal key the code of every layer passes to the dictionary', () => {
    const call = /\b(?:t|zh|bilingual|fileText|withEnglish|label|bothLanguages)\(\s*'([a-zA-Z]+\.[\w.-]+)'|\b(?:summary|help): '(cli\.[\w.-]+)'/g;
    const used = ['shared', 'renderer', 'cli', 'electron'].flatMap((dir) => sourceFiles(dir)).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(call)].map((m) => m[1] ?? m[2]!));
    expect(used.length).toBeGreaterThan(600);
    const known = new Set(messageKeys());
    expect([...new Set(used)].filter((key) => !known.has(key))).toEqual([]);
  });

  it('exist for every value of the option lists the editor and tables build keys from', () => {
    const families = [
      ...COMPARATORS.map((c) => `ui.comparator.${c}`),
      'ui.comparator.none',
      ...COMPARATORS.filter((c) => c !== 'range').map((c) => `ui.comparatorSymbol.${c}`),
      ...INDICATOR_KINDS.map((k) => `ui.kind.${k}`),
      ...NATURES.map((n) => `ui.nature.${n}`),
      ...AGGREGATIONS.map((a) => `ui.aggregation.${a}`),
      'ui.direction.1',
      'ui.direction.-1',
      'ui.directionShort.1',
      'ui.directionShort.-1',
    ];
    const known = new Set(messageKeys());
    expect(families.filter((key) => !known.has(key))).toEqual([]);
  });

});

describe('every message', () => {
  it('keeps every {placeholder} of the Chinese text in the English one, and no other', () => {
    const names = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join();
    const mismatched = messageKeys().filter((key) => names(t(key, 'zh')) !== names(t(key, 'en')));
    expect(messageKeys().length).toBeGreaterThan(900);
    expect(mismatched).toEqual([]);
  });
});
