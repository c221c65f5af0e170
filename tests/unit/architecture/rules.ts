// The architecture rules over a tree of files (repository-relative path → text): each returns what breaks it, as readable lines.
import { posix } from 'node:path';
import { builtinModules } from 'node:module';
import { importsOf, type Import } from './imports';

export type SourceTree = ReadonlyMap<string, string>;

/** Path aliases of tsconfig.json and where they point. */
const ALIASES: Record<string, string> = { '@platform/': 'renderer/platform/' };
/** Packages that need Node, a DOM, Electron or React, none of which shared/ may assume at run time. */
const PLATFORM_PACKAGES = new Set(['electron', 'electron-vite', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'fake-indexeddb', 'chart.js', '@tanstack/react-virtual', '@napi-rs/canvas', 'jsdom', 'vite']);
const NODE_BUILTINS = new Set(builtinModules);
const SOURCE = /\.(?:d\.)?[mc]?[jt]sx?$/;
/** Plain JavaScript, which no tsconfig compiles, so the compiler cannot keep Node out of it. */
const UNCOMPILED = /(?<!\.d)\.[mc]?js$/;

interface Edge {
  file: string;
  import: Import;
  /** Repository-relative path the import points to (without resolving an extension or index), or null for a package. */
  target: string | null;
}

/** Every import of every source file of the tree, with where it points. */
function edges(tree: SourceTree): Edge[] {
  return [...tree.keys()]
    .filter((file) => SOURCE.test(file))
    .sort()
    .flatMap((file) => importsOf(tree.get(file) ?? '').map((imported) => ({ file, import: imported, target: resolveLocal(file, imported.specifier) })));
}

function resolveLocal(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) return posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\/$/, '');
  const alias = Object.keys(ALIASES).find((prefix) => specifier.startsWith(prefix));
  return alias ? ALIASES[alias] + specifier.slice(alias.length) : null;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The area of shared/ a path lies in (its top-level folder or file there, without extension), or null outside shared/. */
export function areaOf(path: string): string | null {
  const top = /^shared\/([^/]+)/.exec(path)?.[1];
  return top === undefined ? null : `shared/${top.replace(SOURCE, '')}`;
}

function where(edge: Edge): string {
  return `${edge.file}:${edge.import.line} imports '${edge.import.specifier}'`;
}

/** Rule 1: the areas of shared/ import one another without a cycle; each cycle found, as a path with one import per edge. */
export function areaCycles(tree: SourceTree): string[] {
  const graph = new Map<string, Map<string, Edge>>();
  for (const edge of edges(tree)) {
    const from = areaOf(edge.file);
    const to = edge.target === null ? null : areaOf(edge.target);
    if (from === null || to === null || from === to) continue;
    const out = graph.get(from) ?? new Map<string, Edge>();
    if (!out.has(to)) out.set(to, edge);
    graph.set(from, out);
  }
  const cycles = new Map<string, string>();
  for (const start of [...graph.keys()].sort()) {
    const cycle = shortestCycle(graph, start);
    if (!cycle) continue;
    // The same cycle is found from each of its areas: name it by its rotation that starts at its first area.
    const first = cycle.indexOf([...cycle].sort()[0]);
    const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
    const key = rotated.join(' → ');
    if (cycles.has(key)) continue;
    const path = [...rotated, rotated[0]];
    const evidence = rotated.map((area, i) => `  ${where(graph.get(area)!.get(path[i + 1])!)}`);
    cycles.set(key, [path.join(' → '), ...evidence].join('\n'));
  }
  return [...cycles.values()];
}

/** The shortest cycle through `start` (its areas in order, without repeating `start`), breadth first; null when none. */
function shortestCycle(graph: Map<string, Map<string, Edge>>, start: string): string[] | null {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const area = queue.shift()!;
    for (const next of [...(graph.get(area)?.keys() ?? [])].sort()) {
      if (next === start) {
        const cycle = [area];
        while (cycle[0] !== start) cycle.unshift(cameFrom.get(cycle[0])!);
        return cycle;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, area);
        queue.push(next);
      }
    }
  }
  return null;
}

/** Rule 2: whatever enters an area of shared/ from outside it comes through its index (tests, which test internals, excepted). */
export function innerImports(tree: SourceTree): string[] {
  return edges(tree).flatMap((edge) => {
    const area = edge.target === null ? null : areaOf(edge.target);
    if (area === null || edge.file.startsWith('tests/') || areaOf(edge.file) === area) return [];
    const inside = edge.target!.replace(SOURCE, '').slice(area.length);
    return inside === '' || inside === '/index' ? [] : [`${where(edge)}, inside ${area}: import its index instead`];
  });
}

/** Rule 3: shared/ imports nothing outside shared/ and no platform package at run time (types leave no code behind). */
export function sharedImportsOutside(tree: SourceTree): string[] {
  return edges(tree).flatMap((edge) => {
    if (areaOf(edge.file) === null) return [];
    const { specifier, typeOnly } = edge.import;
    if (edge.target !== null) return edge.target.startsWith('shared/') ? [] : [`${where(edge)}, outside shared/`];
    if (!typeOnly && PLATFORM_PACKAGES.has(packageName(specifier))) return [`${where(edge)}, a platform package`];
    // tsconfig.shared.json keeps Node out of the TypeScript; plain JavaScript in shared/ needs this check instead.
    if (UNCOMPILED.test(edge.file) && (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier))) return [`${where(edge)}, a Node module`];
    return [];
  });
}

/** Rule 4: electron/ and renderer/ never import each other; they meet in shared/ (shared/ipc.ts). */
export function electronRendererImports(tree: SourceTree): string[] {
  return edges(tree).flatMap((edge) => {
    const [from] = edge.file.split('/');
    const [to] = edge.target?.split('/') ?? [];
    const crosses = (from === 'electron' && to === 'renderer') || (from === 'renderer' && to === 'electron');
    return crosses ? [`${where(edge)}, from ${to}/: share it through shared/ instead`] : [];
  });
}

/**
 * Rule 5: every folder under shared/, at any depth, has an index.ts that opens with a `//` line saying what the
 * folder is for (index.mjs for a folder of plain JavaScript, which plain Node scripts import).
 */
export function foldersWithoutPurpose(tree: SourceTree): string[] {
  const folders = new Set([...tree.keys()].filter((file) => file.startsWith('shared/')).flatMap((file) => {
    const parts = file.split('/').slice(0, -1);
    return parts.slice(1).map((_, i) => parts.slice(0, i + 2).join('/'));
  }));
  return [...folders].sort().flatMap((folder) => {
    const name = tree.has(`${folder}/index.ts`) ? 'index.ts' : tree.has(`${folder}/index.mjs`) ? 'index.mjs' : null;
    if (name === null) return [`${folder}/ has no index.ts`];
    return /^\/\/ *\S/.test(tree.get(`${folder}/${name}`)!) ? [] : [`${folder}/${name} does not open with a // line saying what ${folder}/ is for`];
  });
}

/**
 * Rule 6: the index.ts of an area of shared/ only re-exports: it is the area's public face, and both builds treat it
 * as free of side effects (renderer/room-indexes.ts), which holds only while it has no code of its own.
 */
export function areaIndexesWithCode(tree: SourceTree): string[] {
  return [...tree.keys()]
    .filter((file) => /^shared\/[^/]+\/index\.ts$/.test(file))
    .sort()
    .flatMap((file) => {
      const code = tree.get(file)!.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
      const other = code.find((line) => !/^export (type )?(\*|\{[^}]*\}) from '[^']+';$/.test(line.trim()));
      return other === undefined ? [] : [`${file} has code of its own ("${other.trim()}"): move it into a module the index re-exports`];
    });
}
