// The outline of a plan's text as published: chapters and parts from its 目录, numbered sub-items with their text from
// its body, and its 附件 名词解释. Lines are the text's own; nothing is reworded here.
import { formatSectionRef, parseSectionRef } from '../../shared/ledger';

export interface OutlinePart {
  /** "五（一）". */
  ref: string;
  title: string;
}

export interface OutlineItem {
  /** "五（一）2". */
  ref: string;
  title: string;
  /** The paragraphs under the item's heading, joined. */
  body: string;
}

export interface Outline {
  /** Chapters and parts of the 目录, in order ("五", "五（一）" …). */
  contents: OutlinePart[];
  /** The text under each chapter and part heading of the body (its opening paragraph), by ref. */
  intros: Map<string, string>;
  items: OutlineItem[];
  /** The 附件 (名词解释), as one text. */
  annex: string;
}

/** Where the published text lost a stretch (an image, a table): after this line the body resumes in the given part. */
export interface TextGap {
  afterLine: string;
  resumesIn: string;
}

const CHAPTER = /^([一二三四五六七八九十]+)、(.+)$/;
const PART = /^[(（]([一二三四五六七八九十]+)[)）](.+?)。?$/;
/** A numbered sub-item's heading: "1.构建科学高效的多层次实验室体系。" (short, unlike a paragraph that starts with a number). */
const ITEM = /^(\d{1,2})[.．](.{2,40}?)。?$/;
const CONTENTS = '目录';
const ANNEX = /^附件[:：]/;

/** Chinese text's punctuation written full-width (GB/T 15834): brackets, commas, colons and semicolons. */
export function fullWidthPunctuation(text: string): string {
  return text.replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；');
}

function refOf(chapter: number, part: number | null = null, item: number | null = null): string {
  return formatSectionRef({ chapter, part, item });
}

function numeralOf(text: string): number {
  const ref = parseSectionRef(text);
  if (ref === null) throw new Error(`not a chapter numeral: ${text}`);
  return ref.chapter;
}

/** The 目录: from its heading to the line naming the 附件, a heading that wraps continuing on the next line. */
function readContents(lines: string[]): { contents: OutlinePart[]; end: number } {
  const start = lines.indexOf(CONTENTS);
  if (start < 0) throw new Error('the text has no 目录');
  const contents: OutlinePart[] = [];
  let chapter = 0;
  let i = start + 1;
  for (; i < lines.length && !lines[i]!.startsWith('附件'); i++) {
    const line = lines[i]!;
    const chapterMatch = CHAPTER.exec(line);
    const partMatch = PART.exec(line);
    if (chapterMatch) {
      chapter = numeralOf(chapterMatch[1]!);
      contents.push({ ref: refOf(chapter), title: chapterMatch[2]! });
    } else if (partMatch && chapter > 0) {
      contents.push({ ref: refOf(chapter, numeralOf(partMatch[1]!)), title: partMatch[2]! });
    } else if (chapter > 0) {
      contents[contents.length - 1]!.title += line;
    }
  }
  return { contents: contents.map((c) => ({ ref: c.ref, title: fullWidthPunctuation(c.title) })), end: i + 1 };
}

/** Reads the outline; `gaps` say where the published text lost a stretch, so what follows is read in the right part. */
export function readOutline(text: string, gaps: readonly TextGap[] = []): Outline {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const { contents, end } = readContents(lines);
  const intros = new Map<string, string>();
  const items: { ref: string; title: string; lines: string[] }[] = [];
  let chapter = 0;
  let part: number | null = null;
  let current: { lines: string[] } | null = null;
  let intro: string[] = [];
  const flushIntro = () => {
    if (chapter > 0 && intro.length > 0) intros.set(refOf(chapter, part), fullWidthPunctuation(intro.join('')));
    intro = [];
  };
  let annexStart = lines.length;
  for (let i = end; i < lines.length; i++) {
    const line = lines[i]!;
    if (ANNEX.test(line)) {
      annexStart = i + 1;
      break;
    }
    const gap = gaps.find((g) => g.afterLine === line);
    const chapterMatch = CHAPTER.exec(line);
    const partMatch = PART.exec(line);
    const itemMatch = part !== null ? ITEM.exec(line) : null;
    if (chapterMatch) {
      flushIntro();
      [chapter, part, current] = [numeralOf(chapterMatch[1]!), null, null];
    } else if (partMatch && chapter > 0) {
      flushIntro();
      [part, current] = [numeralOf(partMatch[1]!), null];
    } else if (itemMatch) {
      flushIntro();
      const item = { ref: refOf(chapter, part, Number(itemMatch[1])), title: fullWidthPunctuation(itemMatch[2]!), lines: [] };
      items.push(item);
      current = item;
    } else if (current) {
      current.lines.push(line);
    } else {
      intro.push(line);
    }
    if (gap) {
      flushIntro();
      const resumed = parseSectionRef(gap.resumesIn);
      if (resumed === null) throw new Error(`not a section: ${gap.resumesIn}`);
      [chapter, part, current] = [resumed.chapter, resumed.part, null];
    }
  }
  flushIntro();
  const read: OutlineItem[] = items.map((item) => ({ ref: item.ref, title: item.title, body: fullWidthPunctuation(item.lines.join('')) }));
  return { contents, intros, items: read, annex: fullWidthPunctuation(lines.slice(annexStart).join('\n')) };
}
