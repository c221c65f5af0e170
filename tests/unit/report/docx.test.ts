// The Word export read from its XML: GB/T 9704 page set-up and type, cover and 目录, keep rules, sizes, formulas, 待填写.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharts } from '../../../cli/render-chart';
import { writeDocx } from '../../../shared/report/docx';
import { allBlocks, allCharts, type ReportDocument } from '../../../shared/report/model';
import { editParagraph } from '../../../shared/report/refresh';
import { sampleReport } from './sample-report';

const { doc } = sampleReport();
let parts: Record<string, Uint8Array>;
let charts: Map<string, Uint8Array>;

async function documentXml(report: ReportDocument): Promise<string> {
  return strFromU8(unzipSync(await writeDocx(report, charts))['word/document.xml']);
}

beforeAll(async () => {
  charts = await renderCharts(allCharts(doc));
  parts = unzipSync(await writeDocx(doc, charts));
  // Rendering 23 charts and estimating the TOC's page numbers is quick alone but slow on a busy machine.
}, 180_000);

/** mm → twips (1/1440 inch), rounded: 37 mm = 2098. */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
const xml = () => strFromU8(parts['word/document.xml']);

/** The body's paragraphs (also those in table cells), each with its XML and its text. */
function paragraphs(source = xml()): { xml: string; text: string }[] {
  return [...source.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map(([p]) => ({ xml: p, text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') }));
}

/** The document's sections (cover, 目录, body): each ends with the paragraph whose properties hold its w:sectPr, the last with the body's. */
function sections(source = xml()): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of source.matchAll(/<\/w:sectPr><\/w:pPr>/g)) {
    const end = source.indexOf('</w:p>', match.index) + '</w:p>'.length;
    parts.push(source.slice(start, end));
    start = end;
  }
  return [...parts, source.slice(start)];
}
const body = () => sections()[2];

describe('writeDocx page set-up and styles (document.xml)', () => {
  it('is A4 with margins of 37 mm top, 35 bottom, 28 left, 26 right', () => {
    expect([twips(210), twips(297), twips(37), twips(35), twips(28), twips(26)]).toEqual([11906, 16838, 2098, 1984, 1587, 1474]);
    expect(xml()).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = xml().match(/<w:pgMar [^>]*>/)![0];
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
  });

  it('sets the title in 2号 小标宋, headings in 黑体 and 楷体, the body in 3号 仿宋', () => {
    const runOf = (text: string) => (text === doc.title ? xml() : body()).match(new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>${text}</w:t>`))![0];
    expect(runOf(doc.title)).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
    expect(runOf('二、总体进展')).toMatch(/w:eastAsia="黑体"[\s\S]*<w:sz w:val="32"\/>/);
    expect(runOf('（一）创新策源能力')).toMatch(/w:eastAsia="楷体"[\s\S]*<w:sz w:val="32"\/>/);
    expect(runOf('R&amp;D投入强度2023年达到3.44%[^<]*')).toMatch(/w:eastAsia="仿宋"[\s\S]*<w:sz w:val="32"\/>/);
  });

  it('names fallbacks for missing fonts in the font table', () => {
    const fonts = strFromU8(parts['word/fontTable.xml']);
    expect(fonts).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong,仿宋_GB2312,Noto Serif CJK SC"/>');
  });

  it('numbers the body’s pages "— 1 —" from 1, and not the cover or the 目录', () => {
    const footer = Object.entries(parts).find(([p]) => /word\/footer\d*\.xml/.test(p))![1];
    const text = strFromU8(footer);
    expect(text).toContain('<w:jc w:val="center"/>');
    expect(text).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
    const [cover, contents, body] = sections();
    expect(cover).not.toContain('w:footerReference');
    expect(contents).not.toContain('w:footerReference');
    expect(body).toMatch(/<w:footerReference w:type="default"/);
    expect(body).toContain('<w:pgNumType w:start="1" w:fmt="decimal"/>');
  });
});

describe('the cover and the 目录', () => {
  it('opens with a cover page of its own: title, period, 评估单位 and date, centred on the page', () => {
    const [cover] = sections();
    expect(paragraphs(cover).map((p) => p.text)).toEqual([doc.title, '（2021—2023年）', '评估单位：（评估单位）', '2024年6月1日']);
    expect(cover).toContain('<w:vAlign w:val="center"/>');
  });

  it('names the evaluating unit the options give', async () => {
    const named = sampleReport({ unit: '广州市科学技术局' }).doc;
    expect(paragraphs(await documentXml(named)).map((p) => p.text)).toContain('评估单位：广州市科学技术局');
  });

  it('has a 目录 page with a TOC field over the heading levels, filled in with every heading and a page number', () => {
    const contents = sections()[1];
    expect(paragraphs(contents)[0].text).toBe('目　录');
    expect(contents).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    const instruction = contents.match(/<w:instrText[^>]*>(TOC [^<]*)<\/w:instrText>/)![1].replace(/&quot;/g, '"');
    for (const option of ['\\o "1-3"', '\\h', '\\z', '\\u']) expect(instruction).toContain(option);
    // One entry per heading of the body, in order, each "heading … page" with a PAGEREF to the heading's bookmark.
    const headings = allBlocks(doc).flatMap((b) => (b.kind === 'heading' ? [b.text] : b.kind === 'placeholder' ? [b.heading] : []));
    const entries = paragraphs(contents).filter((p) => /<w:pStyle w:val="TOC[12]"\/>/.test(p.xml));
    expect(entries.map((e) => e.text.replace(/\d+$/, '').replace(/&amp;/g, '&'))).toEqual(headings);
    for (const entry of entries) expect(entry.xml).toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>\d+<\/w:t>/);
    expect(entries[0].text).toBe('一、评估方法1');
  });

  it('asks Word to update the fields on open, so the TOC follows any edit', () => {
    expect(strFromU8(parts['word/settings.xml'])).toContain('<w:updateFields/>');
  });

  it('styles the headings as Word’s Heading 1 and 2 (what the TOC lists), each kept with what follows', () => {
    const level = (text: string) => paragraphs().find((p) => p.text === text)!.xml;
    expect(level('二、总体进展')).toMatch(/<w:pStyle w:val="Heading1"\/><w:keepNext\/><w:keepLines\/>/);
    expect(level('（一）创新策源能力')).toMatch(/<w:pStyle w:val="Heading2"\/><w:keepNext\/><w:keepLines\/>/);
  });
});

describe('what keeps together on a page', () => {
  it('keeps every figure and table caption with what it captions, the chart image right under its caption', () => {
    const all = paragraphs();
    const captions = all.flatMap((p, i) => (/^(图|表)\d+ /.test(p.text) ? [i] : []));
    expect(captions.length).toBe(allCharts(doc).length + allBlocks(doc).filter((b) => b.kind === 'table' && b.title).length);
    for (const i of captions) {
      expect(all[i].xml, all[i].text).toMatch(/<w:keepNext\/><w:keepLines\/>/);
      if (all[i].text.startsWith('图')) expect(all[i + 1].xml, all[i].text).toContain('<wp:inline');
    }
  });

  it('sizes every chart to the text width and to less than the type area’s height, room left for its caption', () => {
    const emu = (mm: number) => Math.round((mm / 25.4) * 914400);
    const extents = [...xml().matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(extents).toHaveLength(allCharts(doc).length);
    for (const [cx, cy] of extents) {
      expect(cx).toBeLessThanOrEqual(emu(156));
      expect(cy).toBeLessThanOrEqual(emu(297 - 37 - 35 - 12));
    }
  });

  it('scales a chart taller than the page down to fit it, keeping its proportions', async () => {
    const tall = structuredClone(doc);
    const chart = tall.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'chart')!;
    if (chart.kind === 'chart') chart.spec = { ...chart.spec, width: 640, height: 2000 };
    const [cx, cy] = (await documentXml(tall)).match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/)!.slice(1).map(Number);
    expect(cy).toBeLessThanOrEqual(Math.round(((297 - 37 - 35 - 12) / 25.4) * 914400));
    expect(cy / cx).toBeCloseTo(2000 / 640, 1);
  });

  it('never splits a table row, repeats header rows, and keeps a table’s first two and last two rows together', () => {
    const rows = [...xml().matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([r]) => r);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(xml().match(/<w:tblHeader\/>/g)).toHaveLength(allBlocks(doc).filter((b) => b.kind === 'table').length);
    // The data appendix is long: its header and first row keep with the next row, the rows in the middle do not.
    const data = xml().split('附录1 指标数据表').pop()!.match(/<w:tbl>.*?<\/w:tbl>/s)![0];
    const keeps = [...data.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([r]) => r.includes('<w:keepNext/>'));
    expect(keeps.slice(0, 3)).toEqual([true, true, false]);
    expect(keeps.slice(-3)).toEqual([false, true, false]);
  });

  it('gives status words and numbers columns wide enough to stay on one line', () => {
    const table = xml().match(/<w:tbl>.*?<\/w:tbl>/gs)!.find((t) => t.includes('基本符合预期') && t.includes('预期性'))!;
    const widthOf = (text: string) => Number(table.match(new RegExp(`<w:tcW w:type="dxa" w:w="(\\d+)"/>(?:(?!</w:tc>).)*>${text}<`))![1]);
    // Six characters of 小五 (9 pt = 180 twips) and the cell's 60-twip margins either side.
    expect(widthOf('基本符合预期')).toBeGreaterThanOrEqual(6 * 180 + 120);
    expect(widthOf('人年/万人')).toBeGreaterThanOrEqual(4.5 * 180 + 120);
    expect(widthOf('113.3%')).toBeGreaterThanOrEqual(3 * 180 + 120);
  });
});

describe('the 评估方法 chapter and the parts left to the evaluator', () => {
  it('typesets the formulas as Office Math: completion, time progress, pace, CAGR, required effort', () => {
    const method = body().slice(0, body().indexOf('二、总体进展</w:t>'));
    const equations = [...method.matchAll(/<m:oMath>.*?<\/m:oMath>/gs)].map(([m]) => m);
    const text = (m: string) => [...m.matchAll(/<m:t[^>]*>([^<]*)<\/m:t>/g)].map((t) => t[1]).join('');
    // P = (x_t − x_0)/(x* − x_0): a fraction of subscripted x's, over x with the target's star.
    expect(equations).toContainEqual(expect.stringMatching(/<m:r><m:t>P<\/m:t><\/m:r><m:r><m:t>=<\/m:t><\/m:r><m:f>.*<m:sSub>.*<m:sSup>.*∗/s));
    expect(equations.map(text)).toEqual(expect.arrayContaining(['S=t−t0T−t0', 'Q=PS', 'g=xtx01t−t0−1', 'greq=x∗xt1T−t−1', 'Δreq=x∗−xtT−t']));
    // No plain-text formula is left in the appendix.
    expect(xml()).not.toContain('P = (x_t − x0) / (x* − x0)');
  });

  it('prints （待填写） under each 对策建议 heading the evaluator has not written, and their text once they have', async () => {
    const all = paragraphs();
    for (const heading of ['（一）加快滞后指标进度', '（二）补齐数据短板', '（三）其他建议']) {
      const at = all.findIndex((p) => p.text === heading);
      expect(all[at + 1].text, heading).toBe('（待填写）');
    }
    const written = paragraphs(await documentXml(editParagraph(doc, 'advice.data', '建立指标数据季报制度。')));
    const at = written.findIndex((p) => p.text === '（二）补齐数据短板');
    expect(written[at + 1].text).toBe('建立指标数据季报制度。');
  });
});
