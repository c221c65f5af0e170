// The 目录's page numbers from the estimate over the body up to its last heading are those of the estimate over all of it.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableOfContents, TableRow, TextRun, type PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportPageNumbers, throughLastHeading } from '../../../shared/report/docx-pages';

const LINE = '规划实施情况总体良好，各项任务有序推进，部分指标进度滞后需加快推进。'.repeat(3);

/** A TOC, filler paragraphs, then a heading kept with a caption kept with a long table whose first rows keep together. */
function report(filler: number, rows: number) {
  const row = (i: number) =>
    new TableRow({
      cantSplit: true,
      children: ['事项', '年度'].map((text) => new TableCell({ children: [new Paragraph({ keepNext: i <= 1 || undefined, children: [new TextRun(`${text}${i}`)] })] })),
    });
  return [
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、总体情况')] }),
    ...Array.from({ length: filler }, () => new Paragraph({ children: [new TextRun(LINE)] })),
    new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun('附件：佐证材料清单')] }),
    new Paragraph({ keepNext: true, children: [new TextRun('表1 佐证材料清单')] }),
    new Table({ rows: Array.from({ length: rows }, (_, i) => row(i)) }),
  ];
}

async function tocPages(children: (Paragraph | Table | TableOfContents)[], pageNumbers: PageNumberEstimator): Promise<string[]> {
  const bytes = await Packer.pack(new Document({ pageNumbers, sections: [{ children }] }), 'uint8array');
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return [...xml.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>(\d+)<\/w:t>/g)].map((m) => m[1]);
}

describe('reportPageNumbers', () => {
  it('gives every heading the page the estimate over the whole body gives it, wherever the last heading falls on its page', async () => {
    const whole = estimatePageNumbersWith({ guess: true });
    const pages = new Set<string>();
    // From the last heading well up its page to its foot, where it moves to the next page with the caption and rows it keeps.
    for (let filler = 8; filler <= 26; filler++) {
      const ours = await tocPages(report(filler, 120), reportPageNumbers);
      expect(ours).toEqual(await tocPages(report(filler, 120), whole));
      expect(ours).toHaveLength(2);
      pages.add(ours[1]);
    }
    expect(pages.size).toBeGreaterThan(1);
  }, 120_000);

  it('cuts the body after the rows kept with the last heading, keeping the last section properties', () => {
    const bookmark = { 'w:bookmarkStart': { _attr: { 'w:id': 1, 'w:name': '_Toc1' } } };
    const keep = { 'w:pPr': [{ 'w:keepNext': {} }] };
    const row = (kept: boolean) => ({ 'w:tr': [{ 'w:tc': [{ 'w:p': kept ? [keep] : [] }] }] });
    const blocks = [
      { 'w:p': [keep, bookmark] },
      { 'w:p': [keep] },
      { 'w:tbl': [{ 'w:tblPr': [] }, row(true), row(true), row(false), row(false), row(false)] },
      { 'w:p': [] },
      { 'w:sectPr': [] },
    ];
    expect(throughLastHeading({ 'w:body': blocks })).toEqual({
      'w:body': [blocks[0], blocks[1], { 'w:tbl': [{ 'w:tblPr': [] }, row(true), row(true), row(false)] }, blocks[4]],
    });
    // A heading kept with a paragraph: that paragraph whole, and nothing after it.
    expect(throughLastHeading({ 'w:body': [blocks[0], { 'w:p': [] }, ...blocks.slice(2)] })).toEqual({ 'w:body': [blocks[0], { 'w:p': [] }, blocks[4]] });
    // No heading the TOC lists: the whole body.
    const untitled = { 'w:body': blocks.slice(1) };
    expect(throughLastHeading(untitled)).toBe(untitled);
  });

  it('leaves out the counts of pages, which the cut body does not know', async () => {
    const bytes = await Packer.pack(new Document({ pageNumbers: reportPageNumbers, sections: [{ children: report(10, 40) }] }), 'uint8array');
    expect(bytes.length).toBeGreaterThan(0);
    const estimated = reportPageNumbers({ 'w:body': [] }, {} as never);
    expect(estimated).not.toHaveProperty('pageCount');
    expect(estimated).not.toHaveProperty('sectionPageCounts');
  });
});
