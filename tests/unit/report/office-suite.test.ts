// The Word report as LibreOffice lays it out (a reader who does not update fields): cover, 目录 with the right pages,
// no caption alone on a page, every chart inside the type area of its page, status words printed whole; with the task
// ledger, 附件 and each later attachment on a page of their own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCharts } from '../../../cli/render-chart';
import { valueSet } from '../../../shared/model';
import { buildReport } from '../../../shared/report/build';
import { writeDocx } from '../../../shared/report/docx';
import { allBlocks, allCharts, type ReportDocument } from '../../../shared/report/model';
import { MIDTERM, sampleReport } from './sample-report';
import { SAMPLE_TASKS } from './sample-tasks';

const HAS_TOOLS = ['soffice', 'pdftohtml', 'pdfinfo'].every((tool) => spawnSync('which', [tool]).status === 0);
const dir = mkdtempSync(join(tmpdir(), 'planeval-docx-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Line {
  top: number;
  bottom: number;
  text: string;
}
interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface Page {
  number: number;
  /** The lines of text, top to bottom, without the footer's page number. */
  lines: Line[];
  /** "— 3 —" in the footer, as 3; null on the cover and the 目录. */
  pageNumber: number | null;
  images: Box[];
}

/** Points per mm, and pdftohtml's zoom (1.5 pixels a point), to read its positions in mm. */
const PT_PER_MM = 72 / 25.4;
const ZOOM = 1.5;
const mm = (pixels: number) => pixels / ZOOM / PT_PER_MM;
const compact = (text: string) => text.replace(/\s+/g, '');

/** Each page's lines (pdftohtml's text pieces at the same height joined left to right) and image boxes, in mm. */
function readPages(pdf: string): Page[] {
  const out = join(dir, `${pdf}-xml`);
  mkdirSync(out, { recursive: true });
  const run = spawnSync('pdftohtml', ['-xml', '-q', '-nodrm', join(dir, pdf), join(out, 'p')], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const xml = readFileSync(join(out, 'p.xml'), 'utf8');
  const unescape = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  return [...xml.matchAll(/<page number="(\d+)"[^>]*>(.*?)<\/page>/gs)].map(([, number, body]) => {
    const pieces = [...body.matchAll(/<text top="(\d+)" left="(\d+)" width="\d+" height="(\d+)"[^>]*>(.*?)<\/text>/gs)].map((m) => ({
      top: Number(m[1]),
      left: Number(m[2]),
      height: Number(m[3]),
      text: unescape(m[4]),
    }));
    const rows: { top: number; height: number; pieces: typeof pieces }[] = [];
    for (const piece of pieces.sort((a, b) => a.top - b.top || a.left - b.left)) {
      const row = rows.find((r) => Math.abs(r.top - piece.top) <= 3);
      if (row) row.pieces.push(piece);
      else rows.push({ top: piece.top, height: piece.height, pieces: [piece] });
    }
    const lines = rows.map((r) => ({ top: mm(r.top), bottom: mm(r.top + r.height), text: r.pieces.sort((a, b) => a.left - b.left).map((p) => p.text).join('') }));
    const footer = lines.find((l) => /^—\s*\d+\s*—$/.test(l.text.trim()));
    const images = [...body.matchAll(/<image top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)"/g)].map(([, top, left, width, height]) => ({
      top: mm(Number(top)),
      left: mm(Number(left)),
      bottom: mm(Number(top) + Number(height)),
      right: mm(Number(left) + Number(width)),
    }));
    return { number: Number(number), lines: lines.filter((l) => l !== footer), pageNumber: footer ? Number(footer.text.replace(/\D/g, '')) : null, images };
  });
}

async function convert(docs: Record<string, ReportDocument>): Promise<void> {
  for (const [name, doc] of Object.entries(docs)) writeFileSync(join(dir, `${name}.docx`), await writeDocx(doc, await renderCharts(allCharts(doc))));
  const files = Object.keys(docs).map((name) => join(dir, `${name}.docx`));
  // A profile of its own, so that a LibreOffice the user (or another test) has open does not take the conversion.
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { encoding: 'utf8', timeout: 200_000 });
  expect(run.status, run.stderr).toBe(0);
}

/** GB/T 9704's type area on A4, in mm from the page's top left, with 1 mm for LibreOffice's rounding. */
const TYPE_AREA: Box = { top: 37 - 1, left: 28 - 1, bottom: 297 - 35 + 1, right: 210 - 26 + 1 };
const inside = (box: Box, area: Box) => box.top >= area.top && box.left >= area.left && box.bottom <= area.bottom && box.right <= area.right;
const isCaption = (text: string) => /^(图|表)\d+\s/.test(text.trim());

const { doc, plan, evaluation, observations } = sampleReport();
const withTasks = buildReport({ plan, evaluation, values: valueSet(observations), options: MIDTERM, tasks: SAMPLE_TASKS });

/** The sample with one chart made as tall as a long ranking of 70 districts: too tall for a page unless it is scaled. */
function withTallChart(): ReportDocument {
  const tall = structuredClone(doc);
  const chart = tall.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'chart' && b.id.startsWith('chart.ranking'))!;
  if (chart.kind === 'chart') chart.spec = { ...chart.spec, labels: Array.from({ length: 70 }, (_, i) => `第${i + 1}区`), datasets: [{ ...chart.spec.datasets[0], values: Array.from({ length: 70 }, (_, i) => 70 - i) }], height: 60 + 24 * 70 };
  return tall;
}

describe.skipIf(!HAS_TOOLS)('the sample 中期 report opened by LibreOffice (skipped: needs soffice and poppler-utils)', () => {
  let pages: Page[];
  let tallPages: Page[];
  let taskPages: Page[];
  beforeAll(async () => {
    await convert({ report: doc, tall: withTallChart(), tasks: withTasks });
    pages = readPages('report.pdf');
    tallPages = readPages('tall.pdf');
    taskPages = readPages('tasks.pdf');
  }, 300_000);

  const bodyOf = (of: Page[]) => of.filter((p) => p.pageNumber !== null);
  const body = () => bodyOf(pages);
  const text = (page: Page) => page.lines.map((l) => l.text).join('\n');

  it('is A4, its body numbered "— n —" from 1', () => {
    const info = spawnSync('pdfinfo', [join(dir, 'report.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(body().map((p) => p.pageNumber)).toEqual(body().map((_, i) => i + 1));
  });

  it('opens with a cover holding the title, the period, the 评估单位 and the date, and nothing else', () => {
    expect(pages[0].lines.map((l) => compact(l.text))).toEqual([compact(doc.title), '（2021—2023年）', '评估单位：（评估单位）', '2024年6月1日']);
    expect(pages[0].pageNumber).toBeNull();
  });

  it.each([
    ['the sample', () => pages, doc],
    ['the sample with the task ledger', () => taskPages, withTasks],
  ])('has a 目录 listing every heading it lists with the page it starts on, near where LibreOffice prints it (%s)', (_, of, report) => {
    const contents = of().slice(1).filter((p) => p.pageNumber === null);
    expect(compact(contents[0].lines[0].text)).toBe('目录');
    const entries = contents.flatMap((p) => p.lines.flatMap((l) => {
      const m = /^(.*?)[.…·\s]{4,}(\d+)$/.exec(l.text.trim());
      return m ? [{ heading: compact(m[1]), page: Number(m[2]) }] : [];
    }));
    const listed = allBlocks(report).flatMap((b) => (b.kind === 'heading' && b.inContents !== false ? [b.text] : b.kind === 'placeholder' ? [b.heading] : []));
    expect(entries.map((e) => e.heading)).toEqual(listed.map(compact));
    const printedOn = (heading: string) => bodyOf(of()).find((p) => p.lines.some((l) => compact(l.text) === heading))!.pageNumber!;
    // The numbers are docx's layout estimate, which Word redoes on open (updateFields); LibreOffice keeps them, and
    // its pages drift from the estimate by up to two over the long appendix tables.
    entries.forEach((entry) => expect(Math.abs(entry.page - printedOn(entry.heading)), entry.heading).toBeLessThanOrEqual(2));
  });

  it('starts 附件 and each attachment after the first on a page, the first attachment under 附件 (the sample with the task ledger)', () => {
    const firstLines = bodyOf(taskPages).map((p) => compact(p.lines[0]?.text ?? ''));
    const annexes = firstLines.indexOf('附件');
    expect(annexes).toBeGreaterThan(0);
    expect(compact(bodyOf(taskPages)[annexes]!.lines[1]!.text)).toBe('附件1重大平台和重大工程推进情况表');
    expect(firstLines).toContain('附件2佐证材料清单');
  });

  it('holds every chapter heading and every indicator name', () => {
    const all = compact(body().map(text).join(''));
    for (const heading of allBlocks(doc).flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []))) expect(all).toContain(compact(heading));
    for (const indicator of plan.indicators) expect(all, indicator.name).toContain(compact(indicator.name));
  });

  it.each([
    ['the sample', () => pages],
    ['the sample with a chart taller than a page', () => tallPages],
  ])('leaves no page with only a caption, and prints each figure’s caption on the page of its chart, above it (%s)', (_, of) => {
    for (const page of of()) {
      const onlyCaptions = page.lines.length > 0 && page.lines.every((l) => isCaption(l.text)) && page.images.length === 0;
      expect(onlyCaptions, `page ${page.number}: ${text(page)}`).toBe(false);
      for (const [i, line] of page.lines.entries()) {
        if (/^图\d+\s/.test(line.text.trim())) expect(page.images.some((image) => image.top >= line.top), `${line.text} on page ${page.number}`).toBe(true);
        if (/^表\d+\s/.test(line.text.trim())) expect(i, `${line.text} ends page ${page.number}`).toBeLessThan(page.lines.length - 1);
      }
    }
  });

  it.each([
    ['the sample', () => pages, allCharts(doc).length],
    ['the sample with a chart taller than a page', () => tallPages, allCharts(doc).length],
  ])('puts every chart whole inside the type area of its page (%s)', (_, of, charts) => {
    const images = of().flatMap((page) => page.images.map((box) => ({ page: page.number, box })));
    expect(images).toHaveLength(charts);
    for (const { page, box } of images) expect(inside(box, TYPE_AREA), `image on page ${page}: ${JSON.stringify(box)}`).toBe(true);
  });

  it('prints each status word of the indicator table whole, on the line of its row', () => {
    const statuses = ['提前实现', '已实现', '快于预期', '基本符合预期', '滞后', '明显滞后', '停滞', '倒退', '无法判断进度', '监测', '无数据'];
    // The rows of 表1 are the lines ending in the indicator's nature (预期性 or 约束性).
    const rows = body().flatMap((p) => p.lines).filter((l) => /(预期性|约束性)$/.test(compact(l.text)));
    expect(rows).toHaveLength(plan.indicators.length);
    for (const row of rows) expect(statuses.some((s) => compact(row.text).includes(s)), row.text).toBe(true);
  });

  it('sets the 评估方法 chapter’s formulas with their symbols explained', () => {
    const method = compact(body().map(text).join('').split('二、总体进展')[0]);
    expect(method).toContain('式中：');
    expect(method).toContain('P=');
  });
});
