// The report as a Word document laid out after GB/T 9704-2012 (党政机关公文格式): cover, 目录, then the body on A4.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignSection,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { bilingual } from '../base';
import { t } from '../i18n';
import { contentsPage, contentsStyles, coverPage } from './docx-front';
import { reportPageNumbers } from './docx-pages';
import { inlineSymbol, officeMath } from './docx-math';
import {
  BODY_LINE_TWIPS,
  DEFAULT_REPORT_FONTS,
  mm,
  PAGE_TWIPS,
  runFont,
  SIZE,
  TEXT_HEIGHT_TWIPS,
  TEXT_WIDTH_TWIPS,
  textRuns,
  twipsToPx,
  TWO_CHARACTERS,
  type ReportFonts,
} from './docx-style';
import { placeholderText, type Block, type ChartBlock, type FormulaBlock, type HeadingBlock, type ReportDocument, type TableBlock } from './model';
import { columnShares } from './table-widths';

export { DEFAULT_REPORT_FONTS, type ReportFonts } from './docx-style';

/** GB/T 9704 §7.5: the page number sits about 7 mm below the type area (35 mm − 7 mm − one 4号 line). */
const FOOTER_DISTANCE = mm(23);
const CAPTION_SPACING = { before: 120, after: 60 };
const IMAGE_SPACING_AFTER = 120;
/**
 * The tallest a chart may be: the type area less its caption (spacing and one line of 五号 in a CJK font, whose line
 * is about 1.45 em) and the space after it. Its caption keeps with it, so a chart that does not fit under the text
 * above moves to the next page whole, caption and all; none is taller than a page and cut at its foot.
 */
const CHART_MAX_HEIGHT_PX = twipsToPx(TEXT_HEIGHT_TWIPS - CAPTION_SPACING.before - CAPTION_SPACING.after - 2 * 320 - IMAGE_SPACING_AFTER);
const TEXT_WIDTH_PX = twipsToPx(TEXT_WIDTH_TWIPS);
/** A table this short stays on one page with its caption; a longer one keeps its first and its last two rows together. */
const SHORT_TABLE_ROWS = 6;

/**
 * One Word paragraph per line of `text`: a user's edit may contain line breaks. `keepNext` keeps the last line with
 * what follows, for a paragraph that introduces it ("按下式计算：" before a formula).
 */
function bodyParagraphs(text: string, fonts: ReportFonts, keepNext = false): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: TWO_CHARACTERS },
        spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT },
        keepNext: (keepNext && i === lines.length - 1) || undefined,
        children: textRuns(line, runFont(fonts.body, fonts.latin), SIZE.hao3),
      }),
  );
}

/**
 * A heading in Word's Heading 1 or 2 style, so that the TOC lists it, set in 黑体 or 楷体 and kept with what follows;
 * one the 目录 leaves out looks the same without the style.
 */
function heading({ text, level, inContents, newPage }: HeadingBlock, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    ...(inContents === false ? {} : { heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }),
    pageBreakBefore: newPage,
    indent: { firstLine: TWO_CHARACTERS },
    spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT },
    keepNext: true,
    keepLines: true,
    children: textRuns(text, runFont(level === 1 ? fonts.heading1 : fonts.heading2, fonts.latin), SIZE.hao3),
  });
}

function caption(text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    keepLines: true,
    spacing: CAPTION_SPACING,
    children: textRuns(text, runFont(fonts.heading1, fonts.latin), SIZE.hao5 + 3),
  });
}

function smallNote(text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({ spacing: { before: 60, after: 60 }, children: textRuns(text, runFont(fonts.body, fonts.latin), SIZE.hao5) });
}

function columnWidths(table: TableBlock): number[] {
  const widths = columnShares(table).map((share) => Math.floor(share * TEXT_WIDTH_TWIPS));
  widths[widths.length - 1] += TEXT_WIDTH_TWIPS - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function tableCell(text: string, width: number, fonts: ReportFonts, header: boolean, keepNext: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    shading: header ? { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } : undefined,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: keepNext || undefined,
          // 小五 lets the nine columns of the scorecard fit the 156 mm type area without breaking words mid-number.
          children: textRuns(line, runFont(header ? fonts.heading1 : fonts.body, fonts.latin), SIZE.xiao5),
        }),
    ),
  });
}

/**
 * Whether row `index` (0 is the header) keeps with the row after it: Word moves such rows to the next page together, so
 * the caption and header never end a page with fewer than two rows under them, and no page starts with a lone last row
 * (or, when notes follow, with the notes alone).
 */
function keepsWithNext(index: number, dataRows: number, notes: boolean): boolean {
  if (dataRows <= SHORT_TABLE_ROWS) return index < dataRows || notes;
  return index <= 1 || index >= dataRows - 1 ? index < dataRows || notes : false;
}

function table(block: TableBlock, fonts: ReportFonts): (Table | Paragraph)[] {
  const widths = columnWidths(block);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const notes = (block.notes ?? []).length > 0;
  const row = (cells: string[], index: number) =>
    new TableRow({
      ...(index === 0 ? { tableHeader: block.repeatHeader } : {}),
      cantSplit: true,
      children: cells.map((c, i) => tableCell(c, widths[i], fonts, index === 0, keepsWithNext(index, block.rows.length, notes))),
    });
  return [
    ...(block.title ? [caption(block.title, fonts)] : []),
    new Table({
      rows: [block.header, ...block.rows].map(row),
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    }),
    ...(block.notes ?? []).map((note) => smallNote(note, fonts)),
  ];
}

/** The chart's size on the page: the text width, or less where that would make it taller than CHART_MAX_HEIGHT_PX. */
function chartSize(spec: ChartBlock['spec']): { width: number; height: number } {
  const scale = Math.min(TEXT_WIDTH_PX / spec.width, CHART_MAX_HEIGHT_PX / spec.height);
  return { width: Math.floor(spec.width * scale), height: Math.floor(spec.height * scale) };
}

function chart(block: ChartBlock, png: Uint8Array | undefined, fonts: ReportFonts): Paragraph[] {
  if (!png) throw new Error(bilingual('report.error.noChartImage', { id: block.id }));
  return [
    caption(block.title, fonts),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: IMAGE_SPACING_AFTER },
      children: [new ImageRun({ type: 'png', data: png, transformation: chartSize(block.spec), altText: { name: block.id, description: block.title, title: block.title } })],
    }),
  ];
}

/** The formula centred on its own line (Office Math), then "式中：" and a line per symbol, all kept together. */
function formula(block: FormulaBlock, doc: ReportDocument, fonts: ReportFonts): Paragraph[] {
  const where = block.where ?? [];
  const font = runFont(fonts.body, fonts.latin);
  const display = new Paragraph({ alignment: AlignmentType.CENTER, keepNext: where.length > 0 || undefined, keepLines: true, spacing: { before: 60, after: 60 }, children: [officeMath(block.math)] });
  const lead = t('reportLayout.method.where', doc.lang);
  const dash = t('reportLayout.method.means', doc.lang);
  const symbols = where.map(
    (entry, i) =>
      new Paragraph({
        // The first line starts "式中："; the others line up under its symbol.
        indent: { left: TWO_CHARACTERS + (doc.lang === 'zh' ? 3 * 320 : 0), hanging: i === 0 && doc.lang === 'zh' ? 3 * 320 : 0 },
        spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT },
        keepNext: i < where.length - 1 || undefined,
        children: [
          ...(i === 0 ? textRuns(lead, font, SIZE.hao3) : []),
          ...inlineSymbol(entry.symbol, font, SIZE.hao3),
          ...textRuns(`${dash}${entry.text}`, font, SIZE.hao3),
        ],
      }),
  );
  return [display, ...symbols];
}

function blockContent(block: Block, next: Block | undefined, doc: ReportDocument, charts: Map<string, Uint8Array>, fonts: ReportFonts): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block, fonts)];
    case 'paragraph':
      return bodyParagraphs(block.text, fonts, next?.kind === 'formula' || (next?.kind === 'table' && !next.title));
    case 'table':
      return table(block, fonts);
    case 'chart':
      return chart(block, charts.get(block.id), fonts);
    case 'formula':
      return formula(block, doc, fonts);
    case 'placeholder': {
      const blank = block.text.trim() ? '' : '\n'.repeat(Math.max(0, block.lines - 1));
      return [heading({ kind: 'heading', level: 2, text: block.heading }, fonts), ...bodyParagraphs(placeholderText(block, doc.lang) + blank, fonts)];
    }
  }
}

/** "— 1 —", centred: GB/T 9704 §7.5 page numbers in 4号 with a dash either side. */
function pageNumberFooter(fonts: ReportFonts): Footer {
  const font = { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia: fonts.body[0] };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: SIZE.hao4 })],
      }),
    ],
  });
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * word/fontTable.xml naming every font the document uses, each with the next names of its role as w:altName and the
 * GB2312 character set, so that a reader without 方正小标宋 or 仿宋 substitutes a Chinese font of the same kind.
 */
function fontTableXml(fonts: ReportFonts): string {
  const entries = new Map<string, string[]>();
  for (const names of [fonts.title, fonts.heading1, fonts.heading2, fonts.body]) {
    names.forEach((name, i) => {
      if (!entries.has(name)) entries.set(name, names.slice(i + 1));
    });
  }
  const font = (name: string, alternatives: string[]) =>
    `<w:font w:name="${escapeXml(name)}">` +
    (alternatives.length ? `<w:altName w:val="${escapeXml(alternatives.join(','))}"/>` : '') +
    `<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    [...entries].map(([name, alternatives]) => font(name, alternatives)).join('') +
    `<w:font w:name="${escapeXml(fonts.latin)}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
    '</w:fonts>'
  );
}

/**
 * Writes the report as .docx; `charts` holds each chart block's PNG by block id. Three sections: the cover, centred
 * on its page; the 目录; the body, whose pages are numbered from 1.
 */
export async function writeDocx(doc: ReportDocument, charts: Map<string, Uint8Array>, fonts: Partial<ReportFonts> = {}): Promise<Uint8Array> {
  const f: ReportFonts = { ...DEFAULT_REPORT_FONTS, ...fonts };
  const blocks = doc.sections.flatMap((s) => s.blocks);
  const body = blocks.flatMap((b, i) => blockContent(b, blocks[i + 1], doc, charts, f));
  const page = {
    size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
    margin: { top: PAGE_TWIPS.top, bottom: PAGE_TWIPS.bottom, left: PAGE_TWIPS.left, right: PAGE_TWIPS.right, footer: FOOTER_DISTANCE },
  };
  const headingStyle = (names: string[]) => ({ run: { font: runFont(names, f.latin), size: SIZE.hao3, color: '000000' } });
  const document = new Document({
    creator: `PlanEval ${t('common.appName', 'zh')}`,
    title: doc.title,
    // Word updates the TOC (and its page numbers) when it opens the file; until then it shows what docx estimated.
    features: { updateFields: true },
    pageNumbers: reportPageNumbers,
    styles: {
      default: {
        document: { run: { font: runFont(f.body, f.latin), size: SIZE.hao3 } },
        heading1: headingStyle(f.heading1),
        heading2: headingStyle(f.heading2),
      },
      paragraphStyles: contentsStyles(f),
    },
    sections: [
      { properties: { page, verticalAlign: VerticalAlignSection.CENTER }, children: coverPage(doc, f) },
      { properties: { page, type: SectionType.NEXT_PAGE }, children: contentsPage(doc, f) },
      {
        properties: { page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } }, type: SectionType.NEXT_PAGE },
        footers: { default: pageNumberFooter(f) },
        children: body,
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml(f) }]);
}
