// The layering of ARCHITECTURE.md, enforced: shared/ uses nothing of Node, the DOM, Electron or the app's other layers,
// and electron/ and renderer/ never import each other (they meet only in shared/, e.g. shared/ipc.ts).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/shared-dir';

type Layer = 'shared' | 'electron' | 'renderer';

/** Packages that need Node, a DOM, Electron or React, none of which shared/ may assume. */
const PLATFORM_PACKAGES = new Set(['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'fake-indexeddb', 'chart.js', '@tanstack/react-virtual', '@napi-rs/canvas', 'jsdom', 'vite', 'electron-vite']);
const NODE_BUILTINS = new Set(builtinModules);
/** Path aliases of tsconfig.json and where they point. */
const ALIASES: Record<string, string> = { '@platform/': 'renderer/platform/' };
/** Browser globals that do not exist in Node (or in the main process). */
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB'];

/**
 * Splits source into code without comments (strings kept, for reading import specifiers) and code without comments
 * or string/template/regex contents (for spotting globals without tripping on text such as "the document.").
 */
function lex(source: string): { withStrings: string; codeOnly: string } {
  let withStrings = '';
  let codeOnly = '';
  let i = 0;
  let lastSignificant = '';
  const emit = (text: string, inCode: boolean) => {
    withStrings += text;
    codeOnly += inCode ? text : text.replace(/[^\n]/g, ' ');
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      const newlines = source.slice(i, stop).replace(/[^\n]/g, '');
      emit(newlines, true);
      i = stop;
    } else if (c === '"' || c === "'" || c === '`' || (c === '/' && (lastSignificant === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant)))) {
      let j = i + 1;
      let inClass = false;
      while (j < source.length) {
        if (source[j] === '\\') j += 2;
        else if (c === '/' && source[j] === '[') (inClass = true), j++;
        else if (c === '/' && source[j] === ']') (inClass = false), j++;
        else if (source[j] === c && !inClass) break;
        else if (source[j] === '\n' && c !== '`') break;
        else j++;
      }
      emit(c, true);
      emit(source.slice(i + 1, j), false);
      emit(source[j] ?? '', true);
      i = j + 1;
      lastSignificant = c === '/' ? 'x' : c;
    } else {
      emit(c, true);
      if (!/\s/.test(c)) lastSignificant = /[\w$)\]]/.test(c) ? 'x' : c;
      i++;
    }
  }
  return { withStrings, codeOnly };
}

/** Every module a file imports or re-exports (static, dynamic or require); typeOnly for `import type`, which the build erases. */
function imports(code: string): { specifier: string; typeOnly: boolean }[] {
  const statements = [...code.matchAll(/\b(?:import|export)\s+(type\s+)?[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => ({ specifier: m[2], typeOnly: Boolean(m[1]) }));
  const others = [/\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g].flatMap((pattern) =>
    [...code.matchAll(pattern)].map((m) => ({ specifier: m[1], typeOnly: false })),
  );
  return [...statements, ...others];
}

/** The repository-relative path an import points to, or null for a package. */
function resolveLocal(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) return posix.normalize(posix.join(posix.dirname(file), specifier));
  const alias = Object.keys(ALIASES).find((prefix) => specifier.startsWith(prefix));
  return alias ? ALIASES[alias] + specifier.slice(alias.length) : null;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** What is wrong with one file of a layer (repository-relative path, source text); empty when nothing is. */
function layerViolations(file: string, source: string, layer: Layer): string[] {
  const { withStrings, codeOnly } = lex(source);
  const problems: string[] = [];
  for (const { specifier, typeOnly } of imports(withStrings)) {
    const local = resolveLocal(file, specifier);
    if (layer === 'shared') {
      if (local !== null && !local.startsWith('shared/')) problems.push(`${file} imports ${specifier}, outside shared/`);
      if (local === null && (specifier.startsWith('node:') || NODE_BUILTINS.has(packageName(specifier)))) problems.push(`${file} imports the Node module ${specifier}`);
      // A type-only import (Chart.js's configuration types, say) leaves no code behind, so it cannot tie shared/ to a platform.
      if (local === null && !typeOnly && PLATFORM_PACKAGES.has(packageName(specifier))) problems.push(`${file} imports the platform package ${specifier}`);
    } else {
      const other = layer === 'electron' ? 'renderer/' : 'electron/';
      if (local?.startsWith(other)) problems.push(`${file} imports ${specifier} from ${other}; share it through shared/ instead`);
    }
  }
  if (layer === 'shared') {
    for (const name of DOM_GLOBALS) {
      // A file's own variable called `document` (a docx document, say) is not the DOM's.
      if (new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b|\\bimport\\b[^;]*\\b${name}\\b[^;]*\\bfrom\\b`).test(codeOnly)) continue;
      const use = name === 'window' || name === 'document' || name === 'navigator' ? `(?<![.\\w$])${name}\\s*\\.` : `(?<![.\\w$])${name}\\b`;
      if (new RegExp(use).test(codeOnly)) problems.push(`${file} uses the DOM global ${name}`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(posix.join(REPO_ROOT, dir))) return [];
  return readdirSync(posix.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(m|c)?[jt]sx?$/.test(name) && !name.split(/[\\/]/).includes('node_modules'))
    .map((name) => posix.join(dir, name.split('\\').join('/')));
}

describe('the layer scanner catches what it must (in-memory examples)', () => {
  const bad = `
    import { readFileSync } from 'node:fs';
    import path from "path";
    import type { Stats } from 'fs/promises';
    export { x } from '../../renderer/db/schema';
    import { ipcRenderer } from 'electron';
    import { useState } from 'react';
    import Dexie from 'dexie';
    import { Chart } from 'chart.js';
    const cli = await import('../../cli/main');
    const os = require('os');
    import { bridge } from '@platform/bridge';
    export const width = window.innerWidth + document.body.clientWidth;
    localStorage.setItem('k', 'v');
    const db = indexedDB.open('x');
    const ua = navigator.userAgent;
  `;
  it('flags every forbidden import and DOM global in a bad shared/ file', () => {
    const problems = layerViolations('shared/report/bad.ts', bad, 'shared');
    for (const expected of ['node:fs', 'Node module path', 'fs/promises', '../../renderer/db/schema', 'electron', 'react', 'dexie', 'chart.js', '../../cli/main', 'Node module os', '@platform/bridge', 'global window', 'global document', 'global localStorage', 'global indexedDB', 'global navigator']) {
      expect(problems.some((p) => p.includes(expected)), expected).toBe(true);
    }
  });

  it('does not flag comments, strings, pure packages, type-only imports, sibling modules or a local variable named document', () => {
    const good = `
      // window.open() is not available here; import fs from 'fs' would break the browser build
      /* document.title */
      import * as XLSX from 'xlsx';
      import { zipSync } from 'fflate';
      import type { ChartConfiguration } from 'chart.js';
      import { Document, Packer } from 'docx';
      import type { Plan } from '../model';
      import { t } from '../i18n/index';
      const hint = "Open the document. Then close the window.";
      const pattern = /window\\.|'/g;
      const document = new Document({ sections: [] });
      export const bytes = Packer.toBuffer(document.sections);
      export const size = options.window.length + self.localStorageKey;
    `;
    expect(layerViolations('shared/report/good.ts', good, 'shared')).toEqual([]);
  });

  it('flags electron/ importing renderer/ and renderer/ importing electron/, not either importing shared/', () => {
    expect(layerViolations('electron/main/index.ts', `import { App } from '../../renderer/src/App';`, 'electron')).toHaveLength(1);
    expect(layerViolations('electron/preload/index.ts', `import { bridge } from '@platform/bridge';`, 'electron')).toHaveLength(1);
    expect(layerViolations('renderer/src/App.tsx', `import { createWindow } from '../../electron/main/window';`, 'renderer')).toHaveLength(1);
    expect(layerViolations('renderer/platform/bridge.electron.ts', `import type { PlanevalBridge } from '../../shared/ipc';`, 'renderer')).toEqual([]);
    expect(layerViolations('electron/main/ipc.ts', `import { IpcChannels } from '../../shared/ipc';`, 'electron')).toEqual([]);
  });
});

describe('the repository keeps its layers', () => {
  it('shared/ imports nothing of Node, the DOM, Electron, React, Dexie or the other layers', () => {
    const files = sourceFiles('shared');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => layerViolations(file, readFileSync(posix.join(REPO_ROOT, file), 'utf8'), 'shared'))).toEqual([]);
  });

  it('electron/ does not import renderer/, and renderer/ does not import electron/', () => {
    const problems = (['electron', 'renderer'] as const).flatMap((layer) =>
      sourceFiles(layer).flatMap((file) => layerViolations(file, readFileSync(posix.join(REPO_ROOT, file), 'utf8'), layer)),
    );
    expect(problems).toEqual([]);
  });
});
