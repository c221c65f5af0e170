// The 评估方法 chapter: completion, time progress, pace, status, projection, required effort and score, formulas typeset.
import { formatRaw } from '../attain';
import { t, type Language } from '../i18n';
import type { EvaluationSettings, Indicator } from '../model';
import { frac, hat, n, o, paren, sub, sum, sup, v, w, type MathNode } from './math';
import type { Block, FormulaBlock, ParagraphBlock, Section } from './model';
import { headingNumber } from './numbering';

export interface MethodInput {
  settings: EvaluationSettings;
  /** The plan's indicators, to name those whose projection method the project sets. */
  indicators: Indicator[];
  lang: Language;
}

// The symbols, as every formula below writes them.
const x = v('x');
const xt = sub(x, v('t'));
const x0 = sub(x, n(0));
// U+2217, not '*': LibreOffice reads an asterisk in a superscript as an operator and prints ¿.
const xTarget = sup(x, o('∗'));
const gTarget = sup(v('g'), o('∗'));
const t0 = sub(v('t'), n(0));
const minus = o('−');

const FORMULAS = {
  completion: [v('P'), o('='), frac([xt, minus, x0], [xTarget, minus, x0])],
  cumulative: [v('P'), o('='), frac(sum([t0, o('<'), v('y'), o('≤'), v('t')], sub(v('v'), v('y'))), xTarget)],
  growth: [v('P'), o('='), frac(v('g'), gTarget)],
  cagr: [v('g'), o('='), sup(paren(frac(xt, x0)), frac(n(1), [v('t'), minus, t0])), minus, n(1)],
  time: [v('S'), o('='), frac([v('t'), minus, t0], [v('T'), minus, t0])],
  pace: [v('Q'), o('='), frac(v('P'), v('S'))],
  compound: [sub(hat(x), v('T')), o('='), xt, o('·'), sup(paren([n(1), o('+'), v('g')]), [v('T'), minus, v('t')])],
  linear: [sub(hat(x), v('T')), o('='), xt, o('+'), frac([xt, minus, x0], [v('t'), minus, t0]), o('·'), paren([v('T'), minus, v('t')])],
  requiredCompound: [sub(v('g'), w('req')), o('='), sup(paren(frac(xTarget, xt)), frac(n(1), [v('T'), minus, v('t')])), minus, n(1)],
  requiredLinear: [sub(o('Δ'), w('req')), o('='), frac([xTarget, minus, xt], [v('T'), minus, v('t')])],
  score: [v('s'), o('='), n(100), o('×'), w('min'), paren([n(1), o(','), w('max'), paren([n(0), o(','), v('P')])])],
} satisfies Record<string, MathNode[]>;

/** The statuses in the order they are tested, each with its rule; the pace rules carry the project's cut-offs. */
function statusRows(settings: EvaluationSettings, lang: Language): string[][] {
  const { ahead, onTrack, lagging, seriouslyLagging, stagnant } = settings.cutoffs;
  const [a, b, c, d, e] = [ahead, onTrack, lagging, seriouslyLagging, stagnant].map(formatRaw);
  const status = (code: string) => t(`status.${code}`, lang);
  const rule = (key: string) => t(`reportLayout.method.rule.${key}`, lang);
  return [
    [status('no-data'), rule('noData')],
    [status('monitoring'), rule('monitoring')],
    [lang === 'zh' ? `${status('achieved')}（${status('achievedEarly')}）` : `${status('achieved')} (${status('achievedEarly')})`, rule('achieved')],
    [status('ahead'), `Q ≥ ${a}`],
    [status('on-track'), `${b} ≤ Q < ${a}`],
    [status('lagging'), `${c} ≤ Q < ${b}`],
    [status('seriously-lagging'), `${d} ≤ Q < ${c}`],
    [status('stagnant'), `${e} ≤ Q < ${d}`],
    [status('regressing'), `Q < ${e}`],
    [status('not-assessable'), rule('notAssessable')],
  ];
}

/** "本项目指定了预测方法的指标:…" when the project forces a method on some indicators, else nothing. */
function overridesText(input: MethodInput): string {
  const { settings, indicators, lang } = input;
  const forced = indicators.filter((i) => settings.projectionOverrides[i.id]);
  if (forced.length === 0) return '';
  const list = forced.map((i) => {
    const method = t(`reportLayout.method.name.${settings.projectionOverrides[i.id]}`, lang);
    return lang === 'zh' ? `${i.name}（${method}）` : `${i.name} (${method})`;
  });
  return t('reportLayout.method.overrides', lang, { list: list.join(lang === 'zh' ? '、' : ', ') });
}

/** The chapter, headed `heading` (numbered by the caller); its sub-headings are the methodology's own. */
export function methodSection(input: MethodInput, heading: string): Section {
  const { settings, lang } = input;
  const say = (key: string, params: Record<string, string | number> = {}) => t(`reportLayout.method.${key}`, lang, params);
  const paragraph = (id: string, text: string): ParagraphBlock => ({ kind: 'paragraph', id: `method.${id}`, text, drafted: text, figures: text, edited: false, stale: false });
  const formula = (id: keyof typeof FORMULAS, where?: [MathNode[], string][]): FormulaBlock => ({
    kind: 'formula',
    id: `formula.${id}`,
    math: FORMULAS[id],
    ...(where ? { where: where.map(([symbol, text]) => ({ symbol, text })) } : {}),
  });
  let subsection = 0;
  const subheading = (rule: string): Block => ({ kind: 'heading', level: 2, text: headingNumber(lang, subsection++, t(`attain.method.${rule}.heading`, lang), 2) });
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: heading },
    paragraph('intro', say('intro')),
    subheading('completion'),
    paragraph('level', say('level')),
    formula('completion', [
      [[v('t')], say('symbol.t', { asOf: settings.asOf })],
      [[xt], say('symbol.xt')],
      [[t0], say('symbol.t0')],
      [[x0], say('symbol.x0')],
      [[v('T')], say('symbol.T')],
      [[xTarget], say('symbol.target')],
    ]),
    paragraph('undefined', say('undefined')),
    formula('cumulative', [[[sub(v('v'), v('y'))], say('symbol.vy')]]),
    paragraph('growth', say('growth')),
    formula('growth', [
      [[v('g')], say('symbol.g')],
      [[gTarget], say('symbol.gTarget')],
    ]),
    formula('cagr'),
    subheading('time'),
    paragraph('time', say('time')),
    formula('time'),
    formula('pace'),
    subheading('status'),
    paragraph('status', say('status')),
    {
      kind: 'table',
      id: 'table.status',
      title: '',
      header: [say('statusColumn'), say('ruleColumn')],
      rows: statusRows(settings, lang),
      repeatHeader: true,
      widths: [24, 76],
      noWrap: [0],
    },
    subheading('projection'),
    paragraph('projection', say('projection')),
    formula('compound'),
    paragraph('linear', say('linear')),
    formula('linear'),
    paragraph('projectionRest', say('projectionRest', { overrides: overridesText(input) })),
    subheading('required'),
    paragraph('required', say('required')),
    formula('requiredCompound'),
    paragraph('requiredLinear', say('requiredLinear')),
    formula('requiredLinear'),
    paragraph('requiredRest', say('requiredRest')),
    subheading('score'),
    paragraph('score', say('score')),
    formula('score'),
  ];
  return { id: 'method', blocks };
}
