// Splits a source file into code, comments and literals without a parser: what the architecture rules read.

export interface Literal {
  kind: 'string' | 'template' | 'regex';
  /** What lies between the delimiters, as written (escapes and `${…}` left in). */
  text: string;
  /** 1-based line the literal starts on. */
  line: number;
}

export interface Lexed {
  /** The source with its comments blanked (line breaks kept, so offsets and lines still match the file). */
  withStrings: string;
  /** The same with string, template and regex contents blanked too: a keyword there is text, not code. */
  codeOnly: string;
  literals: Literal[];
}

export function lex(source: string): Lexed {
  let withStrings = '';
  let codeOnly = '';
  const literals: Literal[] = [];
  let line = 1;
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
  const advance = (text: string) => {
    for (const ch of text) if (ch === '\n') line++;
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
      advance(source.slice(i, stop));
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
      const text = source.slice(i + 1, j);
      literals.push({ kind: c === '`' ? 'template' : c === '/' ? 'regex' : 'string', text, line });
      emit(c, true);
      emit(text, false);
      emit(source[j] ?? '', true);
      advance(source.slice(i, j + 1));
      i = j + 1;
      lastSignificant = c === '/' ? 'x' : c;
    } else {
      emit(c, true);
      if (c === '\n') line++;
      if (!/\s/.test(c)) lastSignificant = /[\w$)\]]/.test(c) ? 'x' : c;
      i++;
    }
  }
  return { withStrings, codeOnly, literals };
}
