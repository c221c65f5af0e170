// Reads the imports out of a source file without a parser: what the architecture rules follow from file to file.
import { lex } from './lexer';

export interface Import {
  specifier: string;
  /** `import type` / `export type … from`: erased by the build, but still a dependency of the design. */
  typeOnly: boolean;
  /** 1-based line of the statement. */
  line: number;
}

const PATTERNS: { pattern: RegExp; specifier: number; type?: number }[] = [
  { pattern: /\b(?:import|export)\s+(type\s+)?[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/g, type: 1, specifier: 2 },
  { pattern: /\bimport\s*['"]([^'"]+)['"]/g, specifier: 1 },
  { pattern: /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g, specifier: 1 },
];

/** Every module a file imports or re-exports: static, side-effect, dynamic or require. */
export function importsOf(source: string): Import[] {
  const { withStrings, codeOnly } = lex(source);
  const found = PATTERNS.flatMap(({ pattern, specifier, type }) =>
    [...withStrings.matchAll(pattern)]
      // The keyword must be code: `"import x from 'y'"` inside a string is text.
      .filter((m) => codeOnly[m.index] !== ' ')
      .map((m) => ({
        specifier: m[specifier],
        typeOnly: type !== undefined && Boolean(m[type]),
        line: withStrings.slice(0, m.index).split('\n').length,
        index: m.index,
      })),
  );
  return found.sort((a, b) => a.index - b.index).map(({ specifier, typeOnly, line }) => ({ specifier, typeOnly, line }));
}
