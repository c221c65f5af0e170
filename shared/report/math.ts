// Formulas as plain data (MathNode trees) that the Word, HTML and preview writers typeset, and the few constructors they are written with.

/**
 * One piece of a formula: a variable (set in italic), a number, an operator, upright words, or a structure of
 * formulas (a fraction, sub- and superscripts, brackets, a sum with its range, a hat over a variable).
 */
export type MathNode =
  | { kind: 'var'; text: string }
  | { kind: 'num'; text: string }
  | { kind: 'op'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'frac'; num: MathNode[]; den: MathNode[] }
  | { kind: 'script'; base: MathNode[]; sub?: MathNode[]; sup?: MathNode[] }
  | { kind: 'paren'; body: MathNode[] }
  | { kind: 'sum'; under: MathNode[]; body: MathNode[] }
  | { kind: 'hat'; base: MathNode[] };

/** A formula's node or nodes: constructors take either. */
type Part = MathNode | MathNode[];
const nodes = (part: Part): MathNode[] => (Array.isArray(part) ? part : [part]);

export const v = (text: string): MathNode => ({ kind: 'var', text });
export const n = (text: string | number): MathNode => ({ kind: 'num', text: String(text) });
export const o = (text: string): MathNode => ({ kind: 'op', text });
export const w = (text: string): MathNode => ({ kind: 'word', text });
export const frac = (num: Part, den: Part): MathNode => ({ kind: 'frac', num: nodes(num), den: nodes(den) });
export const sub = (base: Part, index: Part): MathNode => ({ kind: 'script', base: nodes(base), sub: nodes(index) });
export const sup = (base: Part, power: Part): MathNode => ({ kind: 'script', base: nodes(base), sup: nodes(power) });
export const paren = (body: Part): MathNode => ({ kind: 'paren', body: nodes(body) });
export const sum = (under: Part, body: Part): MathNode => ({ kind: 'sum', under: nodes(under), body: nodes(body) });
export const hat = (base: Part): MathNode => ({ kind: 'hat', base: nodes(base) });
