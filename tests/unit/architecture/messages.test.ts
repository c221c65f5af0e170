// Every message a user can see comes from the dictionary: no Chinese is written inline in shared/, renderer/, cli/ or
// electron/ outside shared/i18n/messages/, except the vocabularies and names listed here, each with why it is no message.
// (scripts/ is not checked: the launcher runs under plain Node before anything is built, so it cannot load the
// TypeScript dictionary; its console lines are bilingual as written.)
import { describe, expect, it } from 'vitest';
import { type Allowance, inlineMessages, unusedAllowances } from './inline-messages';
import { readRepository } from './repository';
import type { SourceTree } from './rules';

const FONT_NAMES = ['方正小标宋简体', '华文中宋', '黑体', '楷体', '仿宋'];

const ALLOWED: readonly Allowance[] = [
  { path: 'shared/plans/', reason: 'plan data: the built-in plans, worded as their plan documents word them' },
  { path: 'shared/ingest/detect/region-like.ts', reason: 'vocabulary matched against input: provinces, whole-area words, region suffixes' },
  { path: 'shared/ingest/map/regions.ts', reason: 'vocabulary matched against input: whole-area names and region suffixes' },
  { path: 'shared/ingest/detect/title-area.ts', reason: 'vocabulary matched against input: header, note and continuation keywords (指标, 地区, 续表)' },
  { path: 'shared/ingest/detect/layouts.ts', reason: 'vocabulary matched against input: the headers of long tables (年份, 数值, 单位, 各地区) and total sub-headers (合计)' },
  { path: 'shared/ingest/detect/blocks.ts', reason: 'vocabulary matched against input: the labels of a yearbook\'s column-number row (甲, 栏次)' },
  { path: 'shared/ingest/detect/cells.ts', reason: 'vocabulary matched against input: year headers (2023年, 年度)' },
  { path: 'shared/ingest/detect/header-text.ts', reason: 'vocabulary matched against input: the 其中 (of which) prefix and years in headers (2023年, 年末)' },
  { path: 'shared/base/normalise.ts', reason: 'vocabulary matched against input: name synonyms (研究与试验发展 for R&D) and the 其中 prefix' },
  { path: 'shared/workbook/units.ts', reason: 'vocabulary matched against input: units, their synonyms and scales' },
  { path: 'shared/workbook/missing.ts', reason: 'vocabulary matched against input: the markers of a missing value' },
  { path: 'shared/templates/valid-range.ts', reason: 'vocabulary matched against indicator names: words of change, which may be negative' },
  { path: 'shared/plan-sheet/columns.ts', reason: 'the plan-sheet format: Chinese column headers, recognised on reading and written back' },
  { path: 'shared/plan-sheet/cell-values.ts', reason: 'the plan-sheet format: cell words (正向, 累计, 约束性), recognised on reading and written back' },
  { path: 'shared/plan-sheet/parse.ts', words: ['全市', '全省', '全国', '合计', '总计'], reason: 'region data: the whole-area region of a plan sheet and its aliases' },
  { path: 'shared/report/numbering.ts', words: ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'], reason: 'the numerals of headings (一、 and （一）), not words' },
  { path: 'shared/division/columns.ts', reason: 'vocabulary matched against input: the headers of a 分工方案 (章节, 牵头单位, 配合单位, 时间节点)' },
  { path: 'shared/division/milestones.ts', reason: 'vocabulary matched against input: the stage words of 时间节点 (立项, 开工, 建成, 验收, 运行) and 年' },
  { path: 'shared/division/units.ts', words: ['等'], reason: 'vocabulary matched against input: the closing 等 of a list of units' },
  { path: 'shared/division/match.ts', words: ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'], reason: 'the numerals of plan section references (五（一）2), not words' },
  { path: 'shared/ledger/section.ts', words: ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'], reason: 'the numerals of plan section references (五（一）2), not words' },
  { path: 'shared/report/docx-style.ts', words: FONT_NAMES, reason: 'font family names' },
  { path: 'shared/report/html.ts', words: FONT_NAMES, reason: 'font family names' },
];

const tree = (files: Record<string, string>): SourceTree => new Map(Object.entries(files));

describe('messages come from the dictionary', () => {
  it('no Chinese is written inline in the app outside shared/i18n/messages/ and the allowances', () => {
    const repository = readRepository();
    expect([...repository.keys()].filter((file) => file.startsWith('shared/i18n/messages/')).length).toBeGreaterThan(10);
    expect(inlineMessages(repository, ALLOWED)).toEqual([]);
  });

  it('every allowance is still needed', () => {
    expect(unusedAllowances(readRepository(), ALLOWED)).toEqual([]);
  });
});

describe('the inline-message check', () => {
  it('flags Chinese in a string, a template and a regex, and JSX text, with file and line', () => {
    const found = inlineMessages(
      tree({
        'shared/x/read.ts': "// reads\nthrow new Error('无法打开');\nconst m = `规划“${name}”`;\nconst r = /续表/;",
        'renderer/src/Busy.tsx': 'export const Busy = () => (\n  <p>加载中</p>\n);',
        'cli/x.ts': "usage('需要 --plan')",
        'electron/x.mjs': "dialog('打开文件')",
      }),
      [],
    );
    expect(found).toEqual([
      'cli/x.ts:1: 需要 --plan',
      'electron/x.mjs:1: 打开文件',
      'renderer/src/Busy.tsx:2: <p>加载中</p>',
      "shared/x/read.ts:2: 无法打开",
      'shared/x/read.ts:3: 规划“${name}”',
      'shared/x/read.ts:4: 续表',
    ]);
  });

  it('leaves comments, the dictionary, English and full-width punctuation alone', () => {
    const files = {
      'shared/x/a.ts': "// 中文注释\n/* 说明 */\n/** 文档 */\nconst s = 'no Chinese here';\nconst sep = '、';",
      'shared/i18n/messages/x.ts': "export const x = { 'x.a': { zh: '无法打开', en: 'Cannot open' } };",
    };
    expect(inlineMessages(tree(files), [])).toEqual([]);
  });

  it('leaves a file that is vocabulary alone, and of a file allowed some words, only those words', () => {
    const files = {
      'shared/workbook/units.ts': "const SCALE = { 万元: 1e4 };\nconst AMOUNT = /亿元/;",
      'shared/report/docx.ts': "const FONTS = ['黑体', '楷体_GB2312'];\nthrow new Error('图表没有图片');",
    };
    const allowances: Allowance[] = [
      { path: 'shared/workbook/units.ts', reason: 'units' },
      { path: 'shared/report/docx.ts', words: ['黑体', '楷体'], reason: 'fonts' },
    ];
    expect(inlineMessages(tree(files), allowances)).toEqual(['shared/report/docx.ts:2: 图表没有图片']);
    expect(unusedAllowances(tree(files), [...allowances, { path: 'shared/gone.ts', reason: 'stale' }])).toEqual(['shared/gone.ts']);
  });

  it('does not check scripts/, which cannot load the dictionary', () => {
    expect(inlineMessages(tree({ 'scripts/start.mjs': "say('构建失败 / Build failed')" }), [])).toEqual([]);
  });
});
