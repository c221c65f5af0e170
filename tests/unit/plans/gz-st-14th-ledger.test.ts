// The built-in ledger against the plan text: every numbered sub-item of 三–九 is a task with its section and heading,
// every named platform is a platform item, and the committed module is what the script builds from the text.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalSection, parseSectionRef, validateLedger, type LedgerItem } from '../../../shared/ledger';
import { guangzhouLedger, guangzhouPlan } from '../../../shared/plans';
import { buildLedger, ledgerModule } from '../../../scripts/ledger/build-ledger';
import { platformCandidates } from '../../../scripts/ledger/candidates';
import { PLATFORMS } from '../../../scripts/ledger/overrides';
import { fullWidthPunctuation } from '../../../scripts/ledger/plan-text';
import { REPO_ROOT, sharedPath } from '../../support/shared-dir';

const SEED = sharedPath('seeds', 'guangzhou-st-14th-fyp-plan.txt');
const HAS_SEED = existsSync(SEED);
const NO_SEED_REASON = `the plan text ${SEED} is absent; these tests compare the ledger with it`;

const ledger = guangzhouLedger();
const tasks = ledger.items.filter((i) => i.kind === 'task');
const platforms = ledger.items.filter((i) => i.kind === 'platform');
const indicatorIds = guangzhouPlan().indicators.map((i) => i.id);

describe('the built-in ledger gz-st-14th', () => {
  it('is valid against the plan\'s indicators, with unique ids, and holds tasks and platforms only', () => {
    expect(ledger.planId).toBe('gz-st-14th');
    expect(validateLedger(ledger, indicatorIds)).toEqual([]);
    expect(new Set(ledger.items.map((i) => i.id)).size).toBe(ledger.items.length);
    expect(new Set(ledger.items.map((i) => i.kind))).toEqual(new Set(['task', 'platform']));
  });

  it('has 75 tasks and 73 platforms, the tasks of each chapter as the text numbers them', () => {
    const byChapter = (items: LedgerItem[]) => items.reduce<Record<number, number>>((n, i) => {
      const chapter = parseSectionRef(i.section)!.chapter;
      return { ...n, [chapter]: (n[chapter] ?? 0) + 1 };
    }, {});
    expect(byChapter(tasks)).toEqual({ 3: 3, 4: 14, 5: 10, 6: 10, 7: 12, 8: 9, 9: 17 });
    expect(platforms).toHaveLength(73);
  });

  it('writes every section canonically, within 三–九, each item under a section of the ledger', () => {
    const sectionRefs = new Set(ledger.sections.map((s) => s.ref));
    for (const item of ledger.items) {
      expect(canonicalSection(item.section)).toBe(item.section);
      const ref = parseSectionRef(item.section)!;
      expect(ref.chapter).toBeGreaterThanOrEqual(3);
      expect(ref.chapter).toBeLessThanOrEqual(9);
      expect(sectionRefs.has(item.section.replace(/\d+$/, ''))).toBe(true);
    }
    const taskSections = new Set(tasks.map((t) => t.section));
    expect(platforms.filter((p) => !taskSections.has(p.section)).map((p) => p.id)).toEqual([]);
  });

  it('names each task by its section (五（一）2 is t-5-1-2), so an id says where the task is', () => {
    for (const task of tasks) {
      const { chapter, part, item } = parseSectionRef(task.section)!;
      expect(task.id).toBe(['t', chapter, part, item].filter((n) => n !== null).join('-'));
    }
    expect(platforms.every((p) => p.id.startsWith('p-'))).toBe(true);
  });

  it('names no responsible unit: the plan names none, a 分工方案 fills them in', () => {
    expect(ledger.items.filter((i) => i.lead !== '' || i.partners.length > 0 || i.milestones.length > 0)).toEqual([]);
  });

  it('gives a fresh copy each call', () => {
    guangzhouLedger().items[0]!.lead = '市科技局';
    expect(guangzhouLedger().items[0]!.lead).toBe('');
  });
});

describe.skipIf(!HAS_SEED)(`the built-in ledger against the plan text (skipped when ${NO_SEED_REASON})`, () => {
  const lines = HAS_SEED ? readFileSync(SEED, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '') : [];
  const NUMERAL = '[一二三四五六七八九十]+';

  /** The numbered headings of the body from 四（一） on (the text before it is lost), with the section each is in. */
  function numberedHeadings(): { ref: string; title: string }[] {
    const from = lines.indexOf('“十四五”时期广州市科技创新主要目标指标');
    const to = lines.lastIndexOf('十、保障措施');
    expect(from).toBeGreaterThan(0);
    let [chapter, part] = ['四', '一'];
    const found: { ref: string; title: string }[] = [];
    for (const line of lines.slice(from + 1, to)) {
      const c = new RegExp(`^(${NUMERAL})、`).exec(line);
      const p = new RegExp(`^\\((${NUMERAL})\\)`).exec(line);
      const n = /^(\d+)\.(.{2,40})。$/.exec(line);
      if (c) [chapter, part] = [c[1]!, ''];
      else if (p) part = p[1]!;
      else if (n) found.push({ ref: `${chapter}（${part}）${n[1]}`, title: fullWidthPunctuation(n[2]!) });
    }
    return found;
  }

  it('has a task for every numbered sub-item of 四–九, with its section and heading, and no other', () => {
    const headings = numberedHeadings();
    expect(headings.length).toBeGreaterThan(60);
    const itemTasks = tasks.filter((t) => parseSectionRef(t.section)!.item !== null);
    expect(itemTasks.map((t) => ({ ref: t.section, title: t.title }))).toEqual(headings);
  });

  it('lacks only 四（一）1, which the published text lost with the indicator table', () => {
    const missing = [];
    const byPart = new Map<string, number[]>();
    for (const { ref } of numberedHeadings()) {
      const part = ref.replace(/\d+$/, '');
      byPart.set(part, [...(byPart.get(part) ?? []), Number(/\d+$/.exec(ref)![0])]);
    }
    for (const [part, numbers] of byPart) for (let n = 1; n <= Math.max(...numbers); n++) if (!numbers.includes(n)) missing.push(`${part}${n}`);
    expect(missing).toEqual(['四（一）1']);
  });

  it('has a task for each part of 三, whose text is lost: the 目录 names them', () => {
    const contents = lines.slice(lines.indexOf('目录'), lines.indexOf('附件 名词解释'));
    const parts = contents.slice(contents.indexOf('三、优化提升空间布局,擘画科技创新蓝图') + 1, contents.findIndex((l) => l.startsWith('四、')));
    expect(parts).toHaveLength(3);
    const expected = parts.map((line, i) => ({ ref: `三（${['一', '二', '三'][i]}）`, title: fullWidthPunctuation(line.replace(/^\(.\)/, '')) }));
    expect(tasks.filter((t) => t.section.startsWith('三')).map((t) => ({ ref: t.section, title: t.title }))).toEqual(expected);
  });

  it('has the chapters and parts of 三–九 as the 目录 lists them', () => {
    const contents = lines.slice(lines.indexOf('目录') + 1, lines.indexOf('附件 名词解释'));
    const listed = contents.slice(contents.findIndex((l) => l.startsWith('三、')), contents.findIndex((l) => l.startsWith('十、')));
    let chapter = '';
    const expected = listed.map((line) => {
      const c = new RegExp(`^(${NUMERAL})、(.+)$`).exec(line);
      if (c) chapter = c[1]!;
      const p = new RegExp(`^\\((${NUMERAL})\\)(.+)$`).exec(line)!;
      return c ? { ref: chapter, title: fullWidthPunctuation(c[2]!) } : { ref: `${chapter}（${p[1]}）`, title: fullWidthPunctuation(p[2]!) };
    });
    expect(expected).toHaveLength(7 + 23);
    expect(ledger.sections).toEqual(expected);
  });

  it('has every platform the plan names: the 2+2+N system, the 4 省实验室 and the 一区三城', () => {
    const titles = new Set(platforms.map((p) => p.title));
    const system = lines.find((l) => l.startsWith('“2+2+N”科技创新平台体系'))!;
    const fourCores = /四核即“一区三城”\(([^)]+)\)/.exec(lines.find((l) => l.startsWith('一轴四核多点'))!)![1]!.split('、');
    const labs = /“N”指国家新型显示技术创新中心,(.+?)等4家省实验室/.exec(system)![1]!.split('、');
    expect(labs).toHaveLength(4);
    expect(fourCores).toEqual(['广州人工智能与数字经济试验区', '南沙科学城', '中新广州知识城', '广州科学城']);
    const named = ['广州实验室', '粤港澳大湾区国家技术创新中心', '人类细胞谱系大科学研究设施', '冷泉生态系统研究装置', '国家新型显示技术创新中心', '广东粤港澳大湾区国家纳米科技创新研究院', '广东空天科技研究院'];
    for (const name of named) expect(system).toContain(name);
    expect([...named, ...labs.map((lab) => `${lab}省实验室`), ...fourCores].filter((name) => !titles.has(name))).toEqual([]);
    expect(platforms.filter((p) => fourCores.includes(p.title)).map((p) => p.section)).toEqual(['三（二）', '三（二）', '三（二）', '三（二）']);
  });

  it('is what the script builds from the text and the reviewer\'s tables, byte for byte', () => {
    const built = buildLedger(lines.join('\n'), indicatorIds);
    expect(built).toEqual(guangzhouLedger());
    const committed = readFileSync(`${REPO_ROOT}/shared/plans/gz-st-14th-ledger.ts`, 'utf8');
    expect(ledgerModule(buildLedger(readFileSync(SEED, 'utf8'), indicatorIds), 'guangzhou-st-14th-fyp-plan.txt')).toBe(committed);
  });

  it('is up to date by the script\'s own check, run as a reviewer runs it', () => {
    const run = spawnSync(process.execPath, ['scripts/ledger/build-builtin-ledger.mjs', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.stdout).toContain('up to date');
    expect(run.status).toBe(0);
  });

  it('shows the reviewer the platform-like names the tables leave out, a left-out platform among them', () => {
    const text = readFileSync(SEED, 'utf8');
    expect(platformCandidates(text, PLATFORMS).filter((c) => platforms.some((p) => c.name.includes(p.title)))).toEqual([]);
    const withoutColdSeep = platformCandidates(text, PLATFORMS.filter((p) => p.id !== 'p-cold-seep'));
    expect(withoutColdSeep).toContainEqual({ section: '五（一）3', name: '冷泉生态系统研究装置' });
  });
});
