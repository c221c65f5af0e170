// A report formula in the preview: the MathML tree the HTML export writes, built as React elements.
import { createElement, type ReactNode } from 'react';
import { mathMl, type FormulaBlock, type MathMlElement, type MathNode } from '../../../../shared/report';
import { t, type Language } from '../../../../shared/i18n';

function element(node: MathMlElement, key?: number): ReactNode {
  // React creates <math> and what it holds in the MathML namespace; its JSX types list no MathML tags, hence createElement.
  return createElement(node.tag, { key, ...node.attrs }, ...node.children.map((child, i) => (typeof child === 'string' ? child : element(child, i))));
}

const math = (formula: MathNode[], display: 'block' | 'inline') => element(mathMl(formula, display));

/** The formula on its own line, then "式中:" and a line per symbol, as the Word and HTML files set them. */
export function MathFormula({ block, lang }: { block: FormulaBlock; lang: Language }) {
  return (
    <div className="report-formula" data-testid={`report-${block.id}`}>
      {math(block.math, 'block')}
      {block.where?.map((entry, i) => (
        <p key={i} className="report-where">
          {i === 0 ? t('reportLayout.method.where', lang) : null}
          {math(entry.symbol, 'inline')}
          {t('reportLayout.method.means', lang)}
          {entry.text}
        </p>
      ))}
    </div>
  );
}
