// The report as a Word document laid out after GB/T 9704-2012 (党政机关公文格式): A4, its margins, type sizes and fonts.
import { AlignmentType, BorderStyle, Document, Footer, ImageRun, LineRuleType, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { bilingual } from '../base';
import { t } from '../i18n';
import type { Block, ChartBlock, ReportDocument, TableBlock } from './model';

/**
 * Font names per role, most wanted first. Runs name the first; word/fontTable.xml lists the rest as its alternative
 * names, which Word consults when the first is missing. LibreOffice substitutes through fontconfig instead, which
 * picks an installed CJK font, so nothing prints as empty boxes either way.
 */
export interface ReportFonts {
  title: string[];
  heading1: string[];
  heading2: string[];
  body: string[];
  /** Digits and Latin letters. */
  latin: string;
}

export const DEFAULT_REPORT_FONTS: ReportFonts = {
  title: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', 'Noto Serif CJK SC'],
  heading1: ['黑体', 'SimHei', 'Noto Sans CJK SC'],
  heading2: ['楷体', 'KaiTi', '楷体_GB2312', 'Noto Serif CJK SC'],
  body: ['仿宋', 'FangSong', '仿宋_GB2312', 'Noto Serif CJK SC'],
  latin: 'Times New Roman',
};

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

/** GB/T 9704-2012 §5.2.1: A4 (210 × 297 mm); 天头 37 mm, bottom 35 mm, 订口 (left) 28 mm, right 26 mm. */
export const PAGE_TWIPS = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
};
/** GB/T 9704 §7.5: the page number sits about 7 mm below the type area (35 mm − 7 mm − one 4号 line). */
const FOOTER_DISTANCE = mm(23);
const TEXT_WIDTH_TWIPS = PAGE_TWIPS.width - PAGE_TWIPS.left - PAGE_TWIPS.right;
/** The text width in pixels at 96 dpi, the unit ImageRun sizes are given in. */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH_TWIPS / 1440) * 96);

/** Chinese type sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 五号 10.5 pt, 小五 9 pt. */
const SIZE = { hao2: 44, hao3: 32, hao4: 28, hao5: 21, xiao5: 18 };
/** GB/T 9704: 22 lines of 3号 text on the type area ≈ 28.9 pt per line. */
const BODY_LINE_TWIPS = 578;

function runFont(names: string[], latin: string) {
  return { eastAsia: names[0], ascii: latin, hAnsi: latin, hint: 'eastAsia' as const };
}

function textRuns(text: string, font: ReturnType<typeof runFont>, size: number, bold = false): TextRun[] {
  return [new TextRun({ text, font, size, sizeComplexScript: size, bold })];
}

/** One Word paragraph per line of `text`: a user's edit may contain line breaks. */
function bodyParagraphs(text: string, fonts: ReportFonts): Paragraph[] {
  return text.split(/\r?\n/).map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: 2 * 320 },
        spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT },
        children: textRuns(line, runFont(fonts.body, fonts.latin), SIZE.hao3),
      }),
  );
}

function heading(text: string, level: 1 | 2, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    indent: { firstLine: 2 * 320 },
    spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT },
    keepNext: true,
    children: textRuns(text, runFont(level === 1 ? fonts.heading1 : fonts.heading2, fonts.latin), SIZE.hao3),
  });
}

function caption(text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: textRuns(text, runFont(fonts.heading1, fonts.latin), SIZE.hao5 + 3),
  });
}

function smallNote(text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({ spacing: { before: 60, after: 60 }, children: textRuns(text, runFont(fonts.body, fonts.latin), SIZE.hao5) });
}

function columnWidths(table: TableBlock): number[] {
  const weights = table.widths ?? table.header.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
  widths[widths.length - 1] += TEXT_WIDTH_TWIPS - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function tableCell(text: string, width: number, fonts: ReportFonts, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    shading: header ? { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } : undefined,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          // 小五 lets the nine columns of the scorecard fit the 156 mm type area without breaking words mid-number.
          children: textRuns(line, runFont(header ? fonts.heading1 : fonts.body, fonts.latin), SIZE.xiao5),
        }),
    ),
  });
}

function table(block: TableBlock, fonts: ReportFonts): (Table | Paragraph)[] {
  const widths = columnWidths(block);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const rows = [
    new TableRow({ tableHeader: block.repeatHeader, cantSplit: true, children: block.header.map((h, i) => tableCell(h, widths[i], fonts, true)) }),
    ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => tableCell(c, widths[i], fonts, false)) })),
  ];
  return [
    ...(block.title ? [caption(block.title, fonts)] : []),
    new Table({
      rows,
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    }),
    ...(block.notes ?? []).map((note) => smallNote(note, fonts)),
  ];
}

function chart(block: ChartBlock, png: Uint8Array | undefined, fonts: ReportFonts): Paragraph[] {
  if (!png) throw new Error(bilingual('report.error.noChartImage', { id: block.id }));
  const width = TEXT_WIDTH_PX;
  const height = Math.round((width * block.spec.height) / block.spec.width);
  return [
    caption(block.title, fonts),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new ImageRun({ type: 'png', data: png, transformation: { width, height }, altText: { name: block.id, description: block.title, title: block.title } })],
    }),
  ];
}

function blockContent(block: Block, charts: Map<string, Uint8Array>, fonts: ReportFonts): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block.text, block.level, fonts)];
    case 'paragraph':
      return bodyParagraphs(block.text, fonts);
    case 'table':
      return table(block, fonts);
    case 'chart':
      return chart(block, charts.get(block.id), fonts);
    case 'placeholder':
      return [
        heading(block.heading, 2, fonts),
        ...(block.text ? bodyParagraphs(block.text, fonts) : bodyParagraphs('\n'.repeat(Math.max(0, block.lines - 1)), fonts)),
      ];
  }
}

function titlePage(doc: ReportDocument, fonts: ReportFonts): Paragraph[] {
  const centred = (text: string, names: string[], size: number, after: number) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: textRuns(text, runFont(names, fonts.latin), size) });
  return [
    centred(doc.title, fonts.title, SIZE.hao2, 240),
    ...(doc.subtitle ? [centred(doc.subtitle, fonts.heading2, SIZE.hao3, 120)] : []),
    centred(doc.date, fonts.body, SIZE.hao3, 480),
  ];
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

/** Writes the report as .docx; `charts` holds each chart block's PNG by block id. */
export async function writeDocx(doc: ReportDocument, charts: Map<string, Uint8Array>, fonts: Partial<ReportFonts> = {}): Promise<Uint8Array> {
  const f: ReportFonts = { ...DEFAULT_REPORT_FONTS, ...fonts };
  const children = [...titlePage(doc, f), ...doc.sections.flatMap((s) => s.blocks.flatMap((b) => blockContent(b, charts, f)))];
  const document = new Document({
    creator: `PlanEval ${t('common.appName', 'zh')}`,
    title: doc.title,
    styles: {
      default: {
        document: { run: { font: runFont(f.body, f.latin), size: SIZE.hao3 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
            margin: { top: PAGE_TWIPS.top, bottom: PAGE_TWIPS.bottom, left: PAGE_TWIPS.left, right: PAGE_TWIPS.right, footer: FOOTER_DISTANCE },
          },
        },
        footers: { default: pageNumberFooter(f) },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml(f) }]);
}
