// The rule that user-facing text comes from the dictionary, over a tree of files: Chinese written anywhere in the
// app's code outside shared/i18n/messages/ is a message written inline, unless an allowance says why it is not.
import { lex } from './lexer';
import type { SourceTree } from './rules';

/** Chinese that is not a message: a file or folder (ending in "/"), optionally only for some words, and why. */
export interface Allowance {
  path: string;
  /** When given, a text is allowed only if it holds no Chinese once these words are taken out of it. */
  words?: readonly string[];
  reason: string;
}

interface ChineseText {
  file: string;
  line: number;
  text: string;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CHECKED = /^(?:shared|renderer|cli|electron)\//;
const DICTIONARY = 'shared/i18n/messages/';
const SOURCE = /\.[mc]?[jt]sx?$/;

/**
 * Every string, template and regex literal with a Chinese character, and every line with Chinese left in the code once
 * comments and literals are blanked: JSX text (or a Chinese identifier, a vocabulary's object key).
 */
function chineseTexts(tree: SourceTree): ChineseText[] {
  return [...tree.keys()]
    .filter((file) => CHECKED.test(file) && SOURCE.test(file) && !file.startsWith(DICTIONARY))
    .sort()
    .flatMap((file) => {
      const { withStrings, codeOnly, literals } = lex(tree.get(file) ?? '');
      const inLiterals = literals.filter((l) => HAN.test(l.text)).map((l) => ({ file, line: l.line, text: l.text }));
      const lines = withStrings.split('\n');
      const inCode = codeOnly.split('\n').flatMap((code, i) => (HAN.test(code) ? [{ file, line: i + 1, text: lines[i]!.trim() }] : []));
      return [...inLiterals, ...inCode].sort((a, b) => a.line - b.line);
    });
}

function covers(allowance: Allowance, text: ChineseText): boolean {
  const inPath = allowance.path.endsWith('/') ? text.file.startsWith(allowance.path) : text.file === allowance.path;
  if (!inPath) return false;
  if (!allowance.words) return true;
  const rest = allowance.words.reduce((left, word) => left.split(word).join(''), text.text);
  return !HAN.test(rest);
}

/** The texts no allowance covers, as "file:line: text". */
export function inlineMessages(tree: SourceTree, allowances: readonly Allowance[]): string[] {
  return chineseTexts(tree)
    .filter((text) => !allowances.some((a) => covers(a, text)))
    .map(({ file, line, text }) => `${file}:${line}: ${text.length > 80 ? `${text.slice(0, 80)}…` : text}`);
}

/** The allowances that cover no text any more: each must go, so the list stays what the code needs. */
export function unusedAllowances(tree: SourceTree, allowances: readonly Allowance[]): string[] {
  const texts = chineseTexts(tree);
  return allowances.filter((a) => !texts.some((text) => covers(a, text))).map((a) => a.path);
}
