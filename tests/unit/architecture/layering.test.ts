// The layering, enforced on imports: shared/'s areas form no cycle and are entered only through their index, shared/ uses
// no platform package, electron/ and renderer/ meet only in shared/, and every folder of shared/ says what it is for.
// (What each layer's runtime lacks, Node's modules or the DOM, is the compiler's to catch: see layer-configs.test.ts.)
import { describe, expect, it } from 'vitest';
import { importsOf } from './imports';
import { readRepository } from './repository';
import { areaCycles, areaIndexesWithCode, areaOf, electronRendererImports, foldersWithoutPurpose, innerImports, sharedImportsOutside, type SourceTree } from './rules';

const tree = (files: Record<string, string>): SourceTree => new Map(Object.entries(files));

describe('reading imports', () => {
  it('finds static, re-exported, side-effect, dynamic and require imports, each with its line, and which are type-only', () => {
    const source = [
      `import { a } from './a';`,
      `import type { B } from "./b";`,
      `export * from './c';`,
      `export type { D } from './d';`,
      `import {`,
      `  e,`,
      `  type F,`,
      `} from './e';`,
      `import './styles.css';`,
      `const g = await import('./g');`,
      `const h = require('h');`,
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: './a', typeOnly: false, line: 1 },
      { specifier: './b', typeOnly: true, line: 2 },
      { specifier: './c', typeOnly: false, line: 3 },
      { specifier: './d', typeOnly: true, line: 4 },
      { specifier: './e', typeOnly: false, line: 5 },
      { specifier: './styles.css', typeOnly: false, line: 9 },
      { specifier: './g', typeOnly: false, line: 10 },
      { specifier: 'h', typeOnly: false, line: 11 },
    ]);
  });

  it('ignores imports in comments, strings, templates and regexes, and keeps counting lines past them', () => {
    const source = [
      `// import { x } from '../x';`,
      `/* import y from '../y';`,
      `   export * from '../z'; */`,
      `const hint = "import fs from 'fs'";`,
      'const code = `import("../w")`;',
      `const pattern = /import a from 'b'/;`,
      `import { real } from './real';`,
    ].join('\n');
    expect(importsOf(source)).toEqual([{ specifier: './real', typeOnly: false, line: 7 }]);
  });
});

describe('the rules catch what they must (in-memory examples)', () => {
  it('an area of shared/ is its top-level folder or file', () => {
    expect(areaOf('shared/ingest/read/workbook.ts')).toBe('shared/ingest');
    expect(areaOf('shared/ipc.ts')).toBe('shared/ipc');
    expect(areaOf('renderer/db/index.ts')).toBeNull();
  });

  it('rule 1: a cycle between areas, type-only imports included, is printed as a path with one import per edge', () => {
    const files = tree({
      'shared/ingest/index.ts': `export * from './read/workbook';`,
      'shared/ingest/read/workbook.ts': `import { fold } from '../../model';\nimport type { Template } from '../../templates';`,
      'shared/templates/index.ts': `export * from './read';`,
      'shared/templates/read.ts': `// reads templates\n\nimport { readWorkbook } from '../ingest';`,
      'shared/model/index.ts': `export const fold = 1;`,
    });
    expect(areaCycles(files)).toEqual([
      [
        'shared/ingest → shared/templates → shared/ingest',
        `  shared/ingest/read/workbook.ts:2 imports '../../templates'`,
        `  shared/templates/read.ts:3 imports '../ingest'`,
      ].join('\n'),
    ]);
  });

  it('rule 1: finds a longer cycle once, and takes imports inside an area or down a chain as no cycle', () => {
    const cycle = tree({
      'shared/a/index.ts': `import '../b';`,
      'shared/b/index.ts': `import '../c';`,
      'shared/c/index.ts': `import '../a/index';`,
    });
    expect(areaCycles(cycle)).toEqual([
      [`shared/a → shared/b → shared/c → shared/a`, `  shared/a/index.ts:1 imports '../b'`, `  shared/b/index.ts:1 imports '../c'`, `  shared/c/index.ts:1 imports '../a/index'`].join('\n'),
    ]);
    const chain = tree({
      'shared/ingest/index.ts': `import { fold } from '../model';\nimport { rows } from './read/rows';`,
      'shared/ingest/read/rows.ts': `import { cell } from '../values/cell';\nimport type { Plan } from '../../model';`,
      'shared/ingest/values/cell.ts': `import type { Rows } from '../read/rows';`,
      'shared/model/index.ts': `import type { IpcChannel } from '../ipc';`,
      'shared/ipc.ts': `export type IpcChannel = string;`,
      'renderer/db/index.ts': `import { fold } from '../../shared/model';`,
    });
    expect(areaCycles(chain)).toEqual([]);
  });

  it('rule 2: entering an area from outside it goes through its index; its own files, and tests, may reach inside', () => {
    const files = tree({
      'shared/templates/read.ts': [
        `import { readWorkbook } from '../ingest';`,
        `import { cellText } from '../ingest/index';`,
        `import type { Plan } from '../model/index.ts';`,
        `import type { Workbook } from '../ingest/read/workbook';`,
        `import type { IpcChannel } from '../ipc';`,
        `import { own } from './own/deep';`,
      ].join('\n'),
      'renderer/workers/import.worker.ts': `import { webDecryptor } from '../../shared/ingest/read/decryptors';`,
      'cli/main.ts': `import { t } from '../shared/i18n/messages/zh';`,
      'electron/protocol.ts': `import { CSP } from '../shared/security/content-security-policy.mjs';`,
      'scripts/start.mjs': `import { CSP } from '../shared/security/index.mjs';`,
      'tests/unit/ingest/workbook.test.ts': `import { readWorkbook } from '../../../shared/ingest/read/workbook';`,
    });
    expect(innerImports(files)).toEqual([
      `cli/main.ts:1 imports '../shared/i18n/messages/zh', inside shared/i18n: import its index instead`,
      `electron/protocol.ts:1 imports '../shared/security/content-security-policy.mjs', inside shared/security: import its index instead`,
      `renderer/workers/import.worker.ts:1 imports '../../shared/ingest/read/decryptors', inside shared/ingest: import its index instead`,
      `shared/templates/read.ts:4 imports '../ingest/read/workbook', inside shared/ingest: import its index instead`,
    ]);
  });

  it('rule 3: shared/ imports nothing outside shared/ and no platform package, but may import their types and pure packages', () => {
    const bad = [
      `export { schema } from '../../renderer/db/schema';`,
      `import { bridge } from '@platform/bridge';`,
      `const cli = await import('../../cli/main');`,
      `import type { Project } from '../../renderer/db';`,
      `import { ipcRenderer } from 'electron';`,
      `import { useState } from 'react';`,
      `import Dexie from 'dexie';`,
      `import { Chart } from 'chart.js/auto';`,
      `import { useVirtualizer } from '@tanstack/react-virtual';`,
    ].join('\n');
    expect(sharedImportsOutside(tree({ 'shared/report/bad.ts': bad }))).toEqual([
      `shared/report/bad.ts:1 imports '../../renderer/db/schema', outside shared/`,
      `shared/report/bad.ts:2 imports '@platform/bridge', outside shared/`,
      `shared/report/bad.ts:3 imports '../../cli/main', outside shared/`,
      `shared/report/bad.ts:4 imports '../../renderer/db', outside shared/`,
      `shared/report/bad.ts:5 imports 'electron', a platform package`,
      `shared/report/bad.ts:6 imports 'react', a platform package`,
      `shared/report/bad.ts:7 imports 'dexie', a platform package`,
      `shared/report/bad.ts:8 imports 'chart.js/auto', a platform package`,
      `shared/report/bad.ts:9 imports '@tanstack/react-virtual', a platform package`,
    ]);
    const good = [
      `// import { ipcRenderer } from 'electron' would tie the core to Electron`,
      `import * as XLSX from 'xlsx';`,
      `import { zipSync } from 'fflate';`,
      `import { Document, Packer } from 'docx';`,
      `import type { ChartConfiguration } from 'chart.js';`,
      `import type { ReactNode } from 'react';`,
      `import type { Plan } from '../model';`,
      `import { t } from '../i18n/index';`,
      `const hint = "import Dexie from 'dexie'";`,
    ].join('\n');
    expect(sharedImportsOutside(tree({ 'shared/report/good.ts': good }))).toEqual([]);
  });

  it('rule 3: plain JavaScript in shared/, which no compiler checks, imports no Node module', () => {
    const files = tree({
      'shared/security/policy.mjs': `import { readFileSync } from 'node:fs';\nimport path from 'path';`,
      'shared/security/types.ts': `import type { Stats } from 'node:fs';`,
    });
    expect(sharedImportsOutside(files)).toEqual([`shared/security/policy.mjs:1 imports 'node:fs', a Node module`, `shared/security/policy.mjs:2 imports 'path', a Node module`]);
  });

  it('rule 4: electron/ and renderer/ never import each other, types or through the platform alias included; both may import shared/', () => {
    const files = tree({
      'electron/main.ts': `import { App } from '../renderer/src/App';\nimport { IpcChannels } from '../shared/ipc';`,
      'electron/preload.ts': `import type { Bridge } from '@platform/bridge';`,
      'renderer/src/App.tsx': `import type { createWindow } from '../../electron/window';`,
      'renderer/platform/bridge.electron.ts': `import type { PlanevalBridge } from '../../shared/ipc';`,
      'tests/unit/electron/window.test.ts': `import { createWindow } from '../../../electron/window';\nimport { App } from '../../../renderer/src/App';`,
    });
    expect(electronRendererImports(files)).toEqual([
      `electron/main.ts:1 imports '../renderer/src/App', from renderer/: share it through shared/ instead`,
      `electron/preload.ts:1 imports '@platform/bridge', from renderer/: share it through shared/ instead`,
      `renderer/src/App.tsx:1 imports '../../electron/window', from electron/: share it through shared/ instead`,
    ]);
  });

  it('rule 5: every folder of shared/, at any depth, has an index.ts opening with a // line of purpose', () => {
    const files = tree({
      'shared/ipc.ts': `// The typed contract between the renderer and the platform.`,
      'shared/ingest/index.ts': `// The import engine's public API.\nexport * from './read';`,
      'shared/ingest/read/index.ts': `export * from './workbook';`,
      'shared/ingest/read/workbook.ts': `// Reads a workbook.`,
      'shared/ingest/read/ooxml/zip.ts': `// Reads zip parts.`,
      'shared/i18n/index.ts': `/** The dictionary. */`,
      'shared/i18n/messages/zh.json': `{}`,
      'shared/model/index.ts': `//\n// The model.`,
    });
    expect(foldersWithoutPurpose(files)).toEqual([
      `shared/i18n/index.ts does not open with a // line saying what shared/i18n/ is for`,
      `shared/i18n/messages/ has no index.ts`,
      `shared/ingest/read/index.ts does not open with a // line saying what shared/ingest/read/ is for`,
      `shared/ingest/read/ooxml/ has no index.ts`,
      `shared/model/index.ts does not open with a // line saying what shared/model/ is for`,
    ]);
    // A folder of plain JavaScript opens with its index.mjs.
    expect(foldersWithoutPurpose(tree({ 'shared/security/index.mjs': `// Security headers.\nexport * from './csp.mjs';`, 'shared/security/csp.mjs': `// CSP.` }))).toEqual([]);
  });

  it("rule 6: an area's index only re-exports, a deeper folder's index may hold code", () => {
    const files = tree({
      'shared/attain/index.ts': `// The engine.\nexport { evaluate } from './evaluate';\nexport type { X } from './x';\nexport * from './y';`,
      'shared/i18n/index.ts': `// The dictionary.\nimport { a } from './a';\nexport const t = () => a;`,
      'shared/ingest/detect/index.ts': `// Detection.\nexport function detect() {}`,
    });
    expect(areaIndexesWithCode(files)).toEqual([`shared/i18n/index.ts has code of its own ("import { a } from './a';"): move it into a module the index re-exports`]);
  });
});

describe('the repository keeps its layers', () => {
  const repository = readRepository();

  it('reads the app folders', () => {
    expect([...repository.keys()].filter((path) => path.startsWith('shared/')).length).toBeGreaterThan(50);
    expect(repository.has('electron/main.ts') && repository.has('renderer/src/main.tsx') && repository.has('cli/main.ts')).toBe(true);
  });

  it('1. no cycle between the areas of shared/', () => {
    expect(areaCycles(repository)).toEqual([]);
  });

  it('2. imports into an area of shared/ from outside it go through its index.ts', () => {
    expect(innerImports(repository)).toEqual([]);
  });

  it('3. shared/ imports nothing outside shared/ and no platform package at run time', () => {
    expect(sharedImportsOutside(repository)).toEqual([]);
  });

  it('4. electron/ and renderer/ never import each other', () => {
    expect(electronRendererImports(repository)).toEqual([]);
  });

  it('5. every folder of shared/ has an index.ts that opens with its one-line purpose', () => {
    expect(foldersWithoutPurpose(repository)).toEqual([]);
  });

  it('6. the index.ts of every area of shared/ only re-exports', () => {
    expect(areaIndexesWithCode(repository)).toEqual([]);
  });
});
