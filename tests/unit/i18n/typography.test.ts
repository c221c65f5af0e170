// Chinese text is set with full-width punctuation (GB/T 15834): no ASCII , ; : ( ) ? ! " beside a Chinese character,
// in any Chinese message of the dictionary nor anywhere in the drafted 中期 report of the sample project, nor in a
// report of a frozen round with a revised target, the task chapter and the comparison with an earlier round.
import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES } from '../../../shared/i18n/messages';
import { defaultSettings, type Observation, type Plan } from '../../../shared/model';
import { emptyProgress } from '../../../shared/ledger';
import { gzSampleObservations, guangzhouLedger, guangzhouPlan } from '../../../shared/plans';
import { allBlocks, buildReport, cover, type Block, type ReportDocument } from '../../../shared/report';
import { diffRounds, freezeRound, roundSource, roundStamp } from '../../../shared/round';
import { MIDTERM } from '../report/sample-report';
import { sampleReport } from '../report/sample-report';

// Han characters and the full-width punctuation set beside them (、。《》“” and ，；：（）！？).
const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\u2018\\u2019\\u201c\\u201d\\uff01-\\uff60';
// "!" before a cell address is the sheet!cell notation, which stays ASCII like any address.
const MARK = `(?:[,;:?"]|!(?![A-Z]{1,3}\\d))`;
const MARK_BESIDE_CJK = new RegExp(`[${CJK}]${MARK}|${MARK}[${CJK}]`, 'g');
// A bracket pair is one mark: ASCII when it touches Chinese on any side ("完成度(%)"), or half of each kind ("（%)").
const BRACKETS_BESIDE_CJK = new RegExp(`[${CJK}]\\([^()]*\\)|\\([^()]*\\)[${CJK}]|\\([${CJK}][^()]*\\)|\\([^()]*[${CJK}]\\)|（[^（）()]*\\)|\\([^（）()]*）`, 'g');

// A bracket holding a formula and no Chinese ("(x_t − x0) / (x* − x0)", "(1 + {growth})") keeps ASCII: it is math.
const FORMULA_GROUP = /\([^()\u3400-\u9fff]*[−+×÷/^<>≤≥=Σ][^()\u3400-\u9fff]*\)/g;

// What a user types on the command line keeps its ASCII separators: "--benchmarks 名称,名称", "--regions 全市,黄埔区".
const TYPED = /(?:名称|全市),(?:名称|黄埔区)/g;

/** The text with formulas and typed input taken out: what is left is prose. */
function withoutFormulas(text: string): string {
  let out = text.replace(TYPED, 'x');
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(FORMULA_GROUP, 'x');
  }
  return out;
}

/** Each place in `text` where ASCII punctuation touches Chinese, with a few characters around it. */
function offences(text: string): string[] {
  const prose = withoutFormulas(text);
  const around = (m: RegExpMatchArray) => prose.slice(Math.max(0, m.index! - 3), m.index! + m[0].length + 3);
  return [...prose.matchAll(MARK_BESIDE_CJK), ...prose.matchAll(BRACKETS_BESIDE_CJK)].map(around);
}

/** "where: the text  ← the marks", one line per text that has any, so a failure names the key or the block. */
function check(where: string, text: string, probe = text): string[] {
  const found = offences(probe);
  return found.length ? [`${where}: ${JSON.stringify(text)}  ← ${found.map((o) => `“${o}”`).join(' ')}`] : [];
}

describe('Chinese typography (GB/T 15834)', () => {
  it('finds the half-width marks it is for, and leaves numbers, formulas, addresses and English alone', () => {
    expect(offences('完成度(%)')).toHaveLength(1);
    expect(offences('完成度（%)')).toHaveLength(1);
    expect(offences('(一)创新策源能力')).toHaveLength(1);
    expect(offences('注:标※的数值')).toHaveLength(1);
    expect(offences('快于预期,完成度')).toHaveLength(1);
    expect(offences('确定删除吗?')).toHaveLength(1);
    expect(offences('“十四五"规划')).toHaveLength(1);
    expect(offences('（一）创新策源能力，完成度39.6%；2020—2023年')).toEqual([]);
    expect(offences('完成度 = (x_t − x0) / (x* − x0)')).toEqual([]);
    expect(offences('示例数据集 表1!B3，2024-05-01 08:00导入')).toEqual([]);
    expect(offences('示例：--regions 全市,黄埔区。')).toEqual([]);
    expect(offences('Completion (time elapsed), 39.6%; see A1:B2.')).toEqual([]);
  });

  it('every Chinese message of the dictionary, its placeholders read as Chinese text', () => {
    const found = MESSAGE_TABLES.flatMap((table) =>
      Object.entries(table).flatMap(([key, { zh }]) => {
        // A placeholder is filled with Chinese, or a figure inside Chinese prose: "{name}({unit})" prints "研发投入强度(%)";
        // the one after "!" is a cell address ("{sheet}!{cell}").
        const filled = withoutFormulas(zh).replace(/!\{\w+\}/g, '!A1').replace(/\{\w+\}/g, '中');
        return check(key, zh, filled);
      }),
    );
    expect(found).toEqual([]);
  });

  it('a plan named in running Chinese text takes 《》, not “”', () => {
    const quoted = MESSAGE_TABLES.flatMap((table) => Object.entries(table).filter(([, { zh }]) => /“\{plan\w*\}”/.test(zh)).map(([key, { zh }]) => `${key}: ${zh}`));
    expect(quoted).toEqual([]);
  });

  it('every text of the drafted 中期 report: title, cover, headings, paragraphs, tables, captions and charts', () => {
    const { doc } = sampleReport();
    expect(allBlocks(doc).length).toBeGreaterThan(20);
    // A text repeated down a table (a unit, a citation) is named once, at its first place.
    const places = new Map<string, string>();
    for (const [where, text] of reportTexts(doc)) if (!places.has(text)) places.set(text, where);
    expect([...places].flatMap(([text, where]) => check(where, text))).toEqual([]);
  });

  it('every text of a frozen round’s report with a revised target, the task chapter and the comparison with an earlier round', async () => {
    const doc = await roundReport();
    const ids = allBlocks(doc).map((b) => ('id' in b ? b.id : ''));
    expect(ids).toEqual(expect.arrayContaining(['round.stamp', 'table.roundDiff', 'table.roundRevised']));
    expect(doc.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['tasks']));
    expect(allBlocks(doc).some((b) => b.kind === 'heading' && b.text.includes('指标动态调整'))).toBe(true);
    const places = new Map<string, string>();
    for (const [where, text] of reportTexts(doc)) if (!places.has(text)) places.set(text, where);
    expect([...places].flatMap(([text, where]) => check(where, text))).toEqual([]);
  });
});

/** Two rounds of the sample, the later with a corrected value (核实数) and a revised target, its report comparing both. */
async function roundReport(): Promise<ReportDocument> {
  const values: Observation[] = gzSampleObservations('2024-01-10T02:00:00.000Z').map((o, i) => ({ ...o, id: i + 1, projectId: 'p', batchId: 'b' }));
  const corrected = values.map((o) => (o.indicatorId === 'tech-contracts' && o.region === '全市' && o.year === 2023 ? { ...o, value: 2600, source: { ...o.source, fileName: '核实数.xlsx', sheet: '表1', cell: 'C4' } } : o));
  const plan = guangzhouPlan();
  const revised: Plan = {
    ...plan,
    indicators: plan.indicators.map((i) =>
      i.id === 'tech-contracts' ? { ...i, revisions: [{ effectiveYear: 2023, target: { comparator: '>' as const, value: 2800 }, reason: '统计口径调整', basis: '穗科〔2023〕12号', recordedAt: '2023-07-01T00:00:00.000Z' }] } : i,
    ),
  };
  const freeze = (name: string, p: Plan, v: Observation[], cutoff: string) =>
    freezeRound({ id: name, projectId: 'p', name, kind: 'midterm', asOf: MIDTERM.asOf, cutoff, values: v, plan: p, settings: defaultSettings(MIDTERM.asOf), now: new Date('2024-07-01T00:00:00Z') });
  const then = await freeze('初步', plan, values, '2024-03-31');
  const now = await freeze('核实', revised, corrected, '2024-06-30');
  const record = (itemId: string, over: object) => ({ ...emptyProgress(itemId, MIDTERM.asOf), reportedBy: '市科技局', ...over });
  const progress = [
    record('t-4-1-2', { rating: 'lagging', text: '进度偏慢', lagReason: '用地未落实', nextSteps: '年内完成供地' }),
    record('t-6-2-1', { rating: 'dropped', dropReason: '并入其他任务' }),
    record('p-gz-lab', { rating: 'done', stage: 'completed', evidence: [{ hash: 'ab'.repeat(32), name: '挂牌文件.pdf', type: 'application/pdf', size: 1024, addedAt: '2023-11-02T09:00:00.000Z' }] }),
    record('t-5-1-1', { rating: null }),
  ];
  const tasks = { ledger: guangzhouLedger(), progress };
  return buildReport({ ...roundSource(now), options: MIDTERM, round: roundStamp(now), diff: diffRounds(then, now), tasks });
}

/** Every text the report prints, with where it is. */
function reportTexts(doc: ReportDocument): [string, string][] {
  const c = cover(doc);
  return [
    ['title', doc.title],
    ['subtitle', doc.subtitle],
    ['date', doc.date],
    ['cover unit', c.unit],
    ...allBlocks(doc).flatMap((block, i) => blockTexts(block).map(([part, text]): [string, string] => [`block ${i} ${block.kind}${'id' in block ? ` ${block.id}` : ''} ${part}`, text])),
  ];
}

function blockTexts(block: Block): [string, string][] {
  switch (block.kind) {
    case 'heading':
      return [['text', block.text]];
    case 'paragraph':
      return [['text', block.text]];
    case 'placeholder':
      return [['heading', block.heading], ['text', block.text]];
    case 'formula':
      return (block.where ?? []).map((w, i): [string, string] => [`where ${i}`, w.text]);
    case 'table':
      return [
        ['title', block.title],
        ...block.header.map((h, i): [string, string] => [`header ${i}`, h]),
        ...block.rows.flatMap((row, r) => row.map((cell, c): [string, string] => [`cell ${r},${c}`, cell])),
        ...(block.notes ?? []).map((n, i): [string, string] => [`note ${i}`, n]),
      ];
    case 'chart':
      return [
        ['title', block.title],
        ['x axis', block.spec.xTitle],
        ['y axis', block.spec.yTitle],
        ...block.spec.labels.map((l, i): [string, string] => [`label ${i}`, l]),
        ...block.spec.datasets.map((d, i): [string, string] => [`series ${i}`, d.label]),
        ...(block.spec.legend ?? []).map((l, i): [string, string] => [`legend ${i}`, l.label]),
      ];
  }
}
