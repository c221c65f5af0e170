// The renderer's rooms (README, Layout): the shell frames the window, services/, components/ and charts/ serve the
// screens, and each screen keeps its parts in screens/<name>/. A room is entered only through its index.ts, which
// states its purpose and only re-exports (the builds rely on that: renderer/room-indexes.ts); screens never import
// the shell or another screen, and what serves the screens never imports either.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-dir';

const SRC = 'renderer/src';
const SERVING = ['services', 'components', 'charts'];
const SCREENS = readdirSync(`${REPO_ROOT}/${SRC}/screens`);
const ROOMS = ['shell', ...SERVING, ...SCREENS.map((s) => `screens/${s}`)];

/** The room of a path under renderer/src ('shell', 'services', 'screens/import', …), or null (main.tsx, styles/). */
function roomOf(path: string): string | null {
  const inSrc = posix.relative(SRC, path);
  return ROOMS.find((room) => inSrc === room || inSrc.startsWith(`${room}/`)) ?? null;
}

/** The modules a file imports or re-exports (static, side-effect or dynamic), comments left out. */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [/\bfrom\s*'([^']+)'/g, /^\s*import\s*'([^']+)'/gm, /\bimport\(\s*'([^']+)'\s*\)/g].flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1]!));
}

/** What is wrong with how `file` (a path under renderer/src) imports the other rooms; empty when nothing is. */
function roomViolations(file: string, source: string): string[] {
  const from = roomOf(file);
  const problems: string[] = [];
  for (const specifier of specifiers(source)) {
    if (!specifier.startsWith('.')) continue;
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    if (!target.startsWith(`${SRC}/`)) continue;
    const to = roomOf(target);
    if (to === null || to === from) continue;
    if (target !== `${SRC}/${to}`) problems.push(`${file} imports ${specifier}: enter ${to}/ through its index.ts`);
    // Only the shell (and main.tsx beside it) opens screens.
    if (from !== null && from !== 'shell' && (to === 'shell' || to.startsWith('screens/'))) problems.push(`${file} (${from}/) imports ${to}/`);
  }
  return problems;
}

/** What is wrong with a room's index.ts; empty when nothing is. */
function indexViolations(file: string, source: string): string[] {
  const [first = '', ...rest] = source.trimEnd().split('\n');
  const problems = /^\/\/ \S/.test(first) ? [] : [`${file} does not open with a one-line // comment saying what the room is for`];
  for (const line of rest) {
    if (line.trim() === '' || /^\s*\/\//.test(line) || /^export (type )?\{[^}]*\} from '\.\/[^']+';$/.test(line)) continue;
    problems.push(`${file} has "${line}": an index.ts only re-exports from its own folder`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(`${REPO_ROOT}/${dir}`).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(`${REPO_ROOT}/${path}`).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the renderer’s rooms', () => {
  it('are the shell, services/, components/, charts/ and one folder per screen, and nothing else', () => {
    const top = readdirSync(`${REPO_ROOT}/${SRC}`).filter((name) => statSync(`${REPO_ROOT}/${SRC}/${name}`).isDirectory());
    expect(top.sort()).toEqual(['charts', 'components', 'screens', 'services', 'shell', 'styles']);
    expect([...SCREENS].sort()).toEqual(['dashboard', 'data', 'framework', 'import', 'report', 'safety', 'start', 'tasks', 'templates']);
  });

  it('each have an index.ts that states its purpose and only re-exports', () => {
    const problems = ROOMS.flatMap((room) => {
      const index = `${SRC}/${room}/index.ts`;
      return existsSync(`${REPO_ROOT}/${index}`) ? indexViolations(index, readFileSync(`${REPO_ROOT}/${index}`, 'utf8')) : [`${room}/ has no index.ts`];
    });
    expect(problems).toEqual([]);
  });

  it('are entered through their index.ts; screens import neither the shell nor another screen, and what serves them neither', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(80);
    expect(files.flatMap((file) => roomViolations(file, readFileSync(`${REPO_ROOT}/${file}`, 'utf8')))).toEqual([]);
  });

  it('the checks catch each kind of breach', () => {
    expect(roomViolations(`${SRC}/screens/data/DataScreen.tsx`, `import { useT } from '../../services/i18n';`)).toHaveLength(1);
    expect(roomViolations(`${SRC}/screens/report/ReportScreen.tsx`, `import { asOfYears } from '../dashboard';`)).toHaveLength(1);
    expect(roomViolations(`${SRC}/screens/start/StartScreen.tsx`, `import { DEFAULT_TAB } from '../../shell';`)).toHaveLength(1);
    expect(roomViolations(`${SRC}/services/toast.tsx`, `const m = import('../screens/import');`)).toHaveLength(1);
    expect(roomViolations(`${SRC}/components/Dialog.tsx`, `import '../shell';`)).toHaveLength(1);
    expect(roomViolations(`${SRC}/bench-hooks.ts`, `import { summarise } from './screens/import/summary';`)).toHaveLength(1);
    expect(roomViolations(`${SRC}/shell/tabs.ts`, `const s = import('../screens/import');\nimport { useT } from '../services';`)).toEqual([]);
    expect(roomViolations(`${SRC}/screens/import/ImportScreen.tsx`, `import './import.css';\nimport { summarise } from './summary';\nimport { db } from '../../../db';`)).toEqual([]);
    expect(indexViolations('x/index.ts', `export { A } from './A';\n`)).toHaveLength(1);
    expect(indexViolations('x/index.ts', `// The x room.\nimport './start';\nexport { A } from './A';\n`)).toHaveLength(1);
    expect(indexViolations('x/index.ts', `// The x room.\nexport { A } from '../y/A';\n`)).toHaveLength(1);
    expect(indexViolations('x/index.ts', `// The x room.\nexport { A, type B } from './A';\n// Why C is here.\nexport { C } from './C';\n`)).toEqual([]);
  });
});
