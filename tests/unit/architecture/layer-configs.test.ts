// Each layer's tsconfig gives it only the globals its runtime has: code of that layer reaching for Node, the DOM or a
// worker's scope where there is none fails to compile (npm run typecheck), and the layer's own files are all checked by it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/shared-dir';

const LAYER_CONFIGS = ['tsconfig.shared.json', 'tsconfig.renderer.json', 'tsconfig.worker.json', 'tsconfig.preload.json', 'tsconfig.node.json'];

const parsedConfigs = new Map<string, ts.ParsedCommandLine>();

function parseConfig(config: string): ts.ParsedCommandLine {
  if (parsedConfigs.has(config)) return parsedConfigs.get(config)!;
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve(REPO_ROOT, config), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed || parsed.errors.length > 0) throw new Error(`${config} does not parse`);
  parsedConfigs.set(config, parsed);
  return parsed;
}

/** Parsed library and package declarations, shared by every probe's program: they are the same files each time. */
const declarations = new Map<string, ts.SourceFile | undefined>();

/**
 * What the compiler says about one in-memory file of a layer, compiled as its config would (with the config's own
 * declaration files, e.g. shared/base/globals.d.ts): "missing X" for each name or module it cannot find.
 */
function compile(config: string, file: string, code: string): string[] {
  const { options, fileNames } = parseConfig(config);
  const probe = resolve(REPO_ROOT, file);
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, onError, shouldCreate) => {
    if (name === probe) return ts.createSourceFile(name, code, version);
    const key = `${name}|${JSON.stringify(version)}`;
    if (!declarations.has(key)) declarations.set(key, getSourceFile(name, version, onError, shouldCreate));
    return declarations.get(key);
  };
  host.fileExists = (name) => name === probe || fileExists(name);
  host.readFile = (name) => (name === probe ? code : readFile(name));
  const program = ts.createProgram({ rootNames: [...fileNames.filter((name) => name.endsWith('.d.ts')), probe], options, host });
  const source = program.getSourceFile(probe)!;
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    return message.replace(/^Cannot find (?:name|module) '([^']+)'.*$/s, 'missing $1');
  });
}

const cases: { says: string; config: string; file: string; code: string; errors: string[] }[] = [
  { says: 'shared/ has no DOM', config: 'tsconfig.shared.json', file: 'shared/layer-probe.ts', code: `export const title = window.document.title;`, errors: ['missing window'] },
  { says: 'shared/ has no Node modules', config: 'tsconfig.shared.json', file: 'shared/layer-probe.ts', code: `export { readFileSync } from 'node:fs';`, errors: ['missing node:fs'] },
  { says: 'shared/ has no Node globals', config: 'tsconfig.shared.json', file: 'shared/layer-probe.ts', code: `export const argv = process.argv;\nexport const bytes = Buffer.from('x');`, errors: ['missing process', 'missing Buffer'] },
  // docx's typings ask for Node's; they must not arrive with it.
  { says: "shared/ gets no Node types through docx's typings", config: 'tsconfig.shared.json', file: 'shared/layer-probe.ts', code: `export { Packer } from 'docx';\nexport const argv = process.argv;`, errors: ['missing process'] },
  {
    says: 'shared/ has the globals of shared/base/globals.d.ts and its pure packages',
    config: 'tsconfig.shared.json',
    file: 'shared/layer-probe.ts',
    code: [
      `import * as XLSX from 'xlsx';`,
      `import { Packer } from 'docx';`,
      `export const text = new TextDecoder('gb18030', { fatal: true }).decode(new TextEncoder().encode('规划'));`,
      `export const digest = globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(4));`,
      `export const copy = structuredClone({ text, bytes: Uint8Array.from(atob('eA=='), (c) => c.charCodeAt(0)) });`,
      `export const tools = [XLSX.utils, Packer];`,
    ].join('\n'),
    errors: [],
  },
  { says: 'the renderer has no process', config: 'tsconfig.renderer.json', file: 'renderer/src/layer-probe.ts', code: `export const argv = process.argv;`, errors: ['missing process'] },
  { says: 'the renderer has no Buffer', config: 'tsconfig.renderer.json', file: 'renderer/src/layer-probe.ts', code: `export const bytes = Buffer.from('x');`, errors: ['missing Buffer'] },
  { says: "the renderer has no Node modules, nor Node types through docx's typings", config: 'tsconfig.renderer.json', file: 'renderer/src/layer-probe.ts', code: `export { readFileSync } from 'node:fs';\nexport { Packer } from 'docx';\nexport const cwd = process.cwd();`, errors: ['missing node:fs', 'missing process'] },
  {
    says: 'the renderer has the DOM and workers',
    config: 'tsconfig.renderer.json',
    file: 'renderer/src/layer-probe.ts',
    code: `export const title = document.title;\nexport const worker = new Worker(new URL('./a.worker.ts', import.meta.url), { type: 'module' });`,
    errors: [],
  },
  { says: 'a worker has neither the DOM nor Node', config: 'tsconfig.worker.json', file: 'renderer/workers/layer-probe.worker.ts', code: `export const title = document.title;\nexport const argv = process.argv;`, errors: ['missing document', 'missing process'] },
  { says: 'a worker has its worker scope', config: 'tsconfig.worker.json', file: 'renderer/workers/layer-probe.worker.ts', code: `(self as DedicatedWorkerGlobalScope).postMessage(new TextDecoder().decode(new Uint8Array(1)));`, errors: [] },
  // Electron's typings ask for Node's too; they must not arrive with it.
  {
    says: 'the preload has no Node modules or globals',
    config: 'tsconfig.preload.json',
    file: 'electron/preload.ts',
    code: `export { ipcRenderer } from 'electron';\nexport { readFileSync } from 'node:fs';\nexport const argv = process.argv;`,
    errors: ['missing node:fs', 'missing process'],
  },
  {
    says: "the preload has Electron's renderer API and the DOM",
    config: 'tsconfig.preload.json',
    file: 'electron/preload.ts',
    code: `import { contextBridge, ipcRenderer } from 'electron';\ncontextBridge.exposeInMainWorld('probe', { ping: () => ipcRenderer.invoke('ping') });\nwindow.addEventListener('load', () => undefined);`,
    errors: [],
  },
  { says: 'cli/ has no DOM', config: 'tsconfig.node.json', file: 'cli/layer-probe.ts', code: `export const title = document.title;`, errors: ['missing document'] },
  { says: 'electron/ has no DOM', config: 'tsconfig.node.json', file: 'electron/layer-probe.ts', code: `export const width = window.innerWidth;\nexport const storage = localStorage;`, errors: ['missing window', 'missing localStorage'] },
  {
    says: 'electron/ and cli/ have Node and Electron',
    config: 'tsconfig.node.json',
    file: 'electron/layer-probe.ts',
    code: `import { readFileSync } from 'node:fs';\nimport { app } from 'electron';\nexport const text = readFileSync(process.argv[1]) + Buffer.from(app.getName()).toString();`,
    errors: [],
  },
];

describe('each layer compiles against its own runtime', () => {
  it.each(cases)('$says ($config)', ({ config, file, code, errors }) => {
    expect(compile(config, file, code)).toEqual(errors);
  });
});

describe('the layer configs cover their layers', () => {
  const covered = (config: string) => new Set(parseConfig(config).fileNames.map((name) => name.slice(REPO_ROOT.length + 1)));
  const all = covered('tsconfig.json');
  const inLayer = (prefix: string, keep: (path: string) => boolean = () => true) => [...all].filter((path) => path.startsWith(prefix) && keep(path)).sort();

  it('each file of a layer is checked by its layer config', () => {
    const layers: [string, string[]][] = [
      ['tsconfig.shared.json', inLayer('shared/')],
      ['tsconfig.renderer.json', inLayer('renderer/', (path) => !path.endsWith('.worker.ts') && path !== 'renderer/vite.web.config.ts')],
      ['tsconfig.worker.json', inLayer('renderer/', (path) => path.endsWith('.worker.ts'))],
      ['tsconfig.preload.json', ['electron/preload.ts']],
      ['tsconfig.node.json', [...inLayer('electron/', (path) => path !== 'electron/preload.ts'), ...inLayer('cli/')]],
    ];
    for (const [config, files] of layers) {
      expect(files.length, config).toBeGreaterThan(0);
      const checked = covered(config);
      expect(files.filter((path) => !checked.has(path)), config).toEqual([]);
    }
    // shared/'s minimal globals would clash with the full ones of the DOM and Node.
    expect(covered('tsconfig.shared.json').has('shared/base/globals.d.ts')).toBe(true);
    expect(all.has('shared/base/globals.d.ts')).toBe(false);
  });

  it('npm run typecheck builds every layer config and the rest', () => {
    const { scripts } = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.typecheck).toBe('tsc -b tsconfig.typecheck.json');
    expect(scripts.test.startsWith('npm run typecheck && ')).toBe(true);
    const solution = ts.readConfigFile(resolve(REPO_ROOT, 'tsconfig.typecheck.json'), ts.sys.readFile).config as { references: { path: string }[] };
    expect(solution.references.map((reference) => reference.path.replace(/^\.\//, '')).sort()).toEqual([...LAYER_CONFIGS, 'tsconfig.json'].sort());
  });
});
