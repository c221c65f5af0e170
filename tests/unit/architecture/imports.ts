// Reads the imports out of a source file without a parser: what the architecture rules follow from file to file.

export interface Import {
  specifier: string;
  /** `import type` / `export type … from`: erased by the build, but still a dependency of the design. */
  typeOnly: boolean;
  /** 1-based line of the statement. */
  line: number;
}

/**
 * The source with its comments blanked (line breaks kept, so offsets and lines still match the file), and a second
 * copy with string, template and regex contents blanked too: a keyword there is code, not text that looks like code.
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
  const blank = (text: string) => {
    const spaces = text.replace(/[^\n]/g, ' ');
    withStrings += spaces;
    codeOnly += spaces;
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      blank(source.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(source.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'" || c === '`' || (c === '/' && (lastSignificant === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant)))) {
      // A slash after an operator or an opening bracket starts a regex literal; after a value it divides.
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
