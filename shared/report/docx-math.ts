// Formulas in Word as Office Math (OMML), which Word and LibreOffice typeset as equations.
import { Math as OfficeMath, MathFraction, MathRoundBrackets, MathRun, MathSubScript, MathSubSuperScript, MathSum, MathSuperScript, TextRun, type MathComponent } from 'docx';
import { MathAccent } from 'docx/math';
import type { RunFont } from './docx-style';
import type { MathNode } from './math';

function component(node: MathNode): MathComponent {
  const all = (part: MathNode[]) => part.map(component);
  switch (node.kind) {
    case 'var':
    case 'num':
    case 'op':
      return new MathRun(node.text);
    case 'word':
      // Upright, as min, max and the "req" of g_req are set; LibreOffice ignores m:sty but keeps ordinary text upright.
      return new MathRun({ text: node.text, normalText: true });
    case 'frac':
      return new MathFraction({ numerator: all(node.num), denominator: all(node.den) });
    case 'script':
      if (node.sub && node.sup) return new MathSubSuperScript({ children: all(node.base), subScript: all(node.sub), superScript: all(node.sup) });
      return node.sub ? new MathSubScript({ children: all(node.base), subScript: all(node.sub) }) : new MathSuperScript({ children: all(node.base), superScript: all(node.sup ?? []) });
    case 'paren':
      return new MathRoundBrackets({ children: all(node.body) });
    case 'sum':
      return new MathSum({ children: all(node.body), subScript: all(node.under) });
    case 'hat':
      return new MathAccent({ accent: 'hat', children: all(node.base) });
  }
}

/** The formula as one Office Math object, for a paragraph of its own. */
export function officeMath(formula: MathNode[]): OfficeMath {
  return new OfficeMath({ children: formula.map(component) });
}

type Position = 'subScript' | 'superScript' | undefined;

function symbolRuns(node: MathNode, font: RunFont, size: number, position: Position): TextRun[] | null {
  const run = (text: string, italics: boolean) => new TextRun({ text, font, size, sizeComplexScript: size, italics, ...(position ? { [position]: true } : {}) });
  switch (node.kind) {
    case 'var':
      return [run(node.text, true)];
    case 'num':
    case 'op':
    case 'word':
      return [run(node.text, false)];
    case 'script': {
      if (position) return null;
      const parts = [
        node.base.map((n) => symbolRuns(n, font, size, undefined)),
        (node.sub ?? []).map((n) => symbolRuns(n, font, size, 'subScript')),
        (node.sup ?? []).map((n) => symbolRuns(n, font, size, 'superScript')),
      ].flat();
      return parts.every((p) => p !== null) ? parts.flat() : null;
    }
    default:
      return null;
  }
}

/**
 * A symbol in a sentence ("式中:x_t——…") as text runs in the body's size: italic letters with sub- and superscripts.
 * LibreOffice sets Office Math in its own 12 pt whatever the text around it, which makes a symbol in a 3号 sentence
 * a speck; text runs print the same in every reader. Anything more than a letter with indices stays Office Math.
 */
export function inlineSymbol(formula: MathNode[], font: RunFont, size: number): (TextRun | OfficeMath)[] {
  const runs = formula.map((node) => symbolRuns(node, font, size, undefined));
  return runs.every((r) => r !== null) ? runs.flat() : [officeMath(formula)];
}
