// Formulas as MathML element trees: the HTML writer serialises them, the preview builds React elements from them.
import type { MathNode } from './math';

export interface MathMlElement {
  tag: string;
  attrs?: Record<string, string>;
  children: (MathMlElement | string)[];
}

const el = (tag: string, children: (MathMlElement | string)[], attrs?: Record<string, string>): MathMlElement => ({ tag, children, ...(attrs ? { attrs } : {}) });
const row = (part: MathNode[]): MathMlElement => (part.length === 1 ? node(part[0]) : el('mrow', part.map(node)));

function node(m: MathNode): MathMlElement {
  switch (m.kind) {
    case 'var':
      return el('mi', [m.text]);
    case 'num':
      return el('mn', [m.text]);
    case 'op':
      return el('mo', [m.text]);
    case 'word':
      return el('mtext', [m.text]);
    case 'frac':
      return el('mfrac', [row(m.num), row(m.den)]);
    case 'script':
      if (m.sub && m.sup) return el('msubsup', [row(m.base), row(m.sub), row(m.sup)]);
      return m.sub ? el('msub', [row(m.base), row(m.sub)]) : el('msup', [row(m.base), row(m.sup ?? [])]);
    case 'paren':
      return el('mrow', [el('mo', ['(']), ...m.body.map(node), el('mo', [')'])]);
    case 'sum':
      return el('mrow', [el('munder', [el('mo', ['∑']), row(m.under)]), ...m.body.map(node)]);
    case 'hat':
      return el('mover', [row(m.base), el('mo', ['^'])], { accent: 'true' });
  }
}

/** The `<math>` element of a formula: `block` for a formula on its own line, `inline` for a symbol in a sentence. */
export function mathMl(formula: MathNode[], display: 'block' | 'inline'): MathMlElement {
  return el('math', formula.map(node), { display });
}
