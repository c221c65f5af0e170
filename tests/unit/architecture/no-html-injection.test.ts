// "No text from a file is ever rendered as HTML": the renderer builds every element through React,
// which escapes text, so no source file may reach for the APIs that parse a string as markup.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/shared-dir';

const MARKUP_SINKS = /\b(dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

/** The files under `dirs` that use a markup sink, as "path:line". */
function markupSinks(files: { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, i) => (MARKUP_SINKS.test(line) ? [`${path}:${i + 1}`] : [])),
  );
}

describe('no markup from strings in the app', () => {
  it('the renderer, electron and shared code never parse a string as HTML', () => {
    const files = ['renderer', 'electron', 'shared'].flatMap((d) => sourceFiles(join(REPO_ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    const found = markupSinks(files.map((path) => ({ path: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8') })));
    expect(found).toEqual([]);
  });

  it('the check catches each sink', () => {
    const bad = ['<div dangerouslySetInnerHTML={{ __html: cell }} />', 'el.innerHTML = text;', 'el.insertAdjacentHTML("beforeend", t)', 'document.write(x)'];
    expect(markupSinks(bad.map((text, i) => ({ path: `bad${i}.tsx`, text })))).toHaveLength(bad.length);
    expect(markupSinks([{ path: 'ok.tsx', text: '<td>{cell.text}</td>' }])).toEqual([]);
  });
});
