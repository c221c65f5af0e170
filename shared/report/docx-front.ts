// The Word report's front matter: a cover (title, period, 评估单位, date) and a 目录 page holding a TOC field Word updates.
import { AlignmentType, LineRuleType, Paragraph, TableOfContents } from 'docx';
import { t } from '../i18n';
import { cover } from './cover';
import { BODY_LINE_TWIPS, mm, runFont, SIZE, textRuns, type ReportFonts } from './docx-style';
import type { ReportDocument } from './model';

function centred(text: string, names: string[], size: number, fonts: ReportFonts, spacing: { before?: number; after?: number }): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...spacing, line: Math.round(size * 10 * 1.5), lineRule: LineRuleType.AT_LEAST }, children: textRuns(text, runFont(names, fonts.latin), size) });
}

/** The cover, set in the middle of its page (its section centres it): title in 2号 小标宋, the rest below it in 3号. */
export function coverPage(doc: ReportDocument, fonts: ReportFonts): Paragraph[] {
  const { title, subtitle, unit, date } = cover(doc);
  return [
    centred(title, fonts.title, SIZE.hao2, fonts, {}),
    ...(subtitle ? [centred(subtitle, fonts.heading2, SIZE.hao3, fonts, { before: BODY_LINE_TWIPS })] : []),
    // About a third of the type area between the title and who made the report, and when.
    centred(unit, fonts.body, SIZE.hao3, fonts, { before: mm(75) }),
    centred(date, fonts.body, SIZE.hao3, fonts, { before: BODY_LINE_TWIPS / 2 }),
  ];
}

/**
 * "目录" and a TOC field over the two heading levels. docx writes the field filled in with an entry per heading, linked
 * to a bookmark on it, and with the page numbers its layout estimate finds, so that readers which do not update
 * fields (LibreOffice, WPS when converting) still print a table of contents; Word updates it on open (updateFields).
 */
export function contentsPage(doc: ReportDocument, fonts: ReportFonts): (Paragraph | TableOfContents)[] {
  return [
    centred(t('reportLayout.toc.title', doc.lang), fonts.heading1, SIZE.hao3, fonts, { after: BODY_LINE_TWIPS }),
    new TableOfContents(t('reportLayout.toc.title', doc.lang), {
      hyperlink: true,
      headingStyleRange: '1-3',
      hideTabAndPageNumbersInWebView: true,
      useAppliedParagraphOutlineLevel: true,
    }),
  ];
}

/** The entries' styles (Word's "toc 1" and "toc 2"): 4号, chapters in 黑体, their parts in 仿宋 two characters in. */
export function contentsStyles(fonts: ReportFonts) {
  const line = { line: 520, lineRule: LineRuleType.EXACT };
  return [
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { font: runFont(fonts.heading1, fonts.latin), size: SIZE.hao4 }, paragraph: { spacing: line } },
    { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', run: { font: runFont(fonts.body, fonts.latin), size: SIZE.hao4 }, paragraph: { spacing: line, indent: { left: 2 * 280 } } },
  ];
}
