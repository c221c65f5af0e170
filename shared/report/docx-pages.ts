// The page numbers the 目录 is written with: docx's layout estimate, given only the part of the body that can move them.
import type { EstimatedPageNumbers, IXmlableObject, PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';

type XmlNode = IXmlableObject;

// The fonts are Chinese ones Word's width tables lack: guess them as the nearest it has, as CJK text is one em a character.
const estimate = estimatePageNumbersWith({ guess: true });

const childrenOf = (node: XmlNode, name: string): XmlNode[] => (Array.isArray(node[name]) ? (node[name] as XmlNode[]) : []);

/** Whether a block starts a bookmark the TOC links to (docx names them `_Toc…` on the headings it lists). */
const isTocHeading = (block: XmlNode) => childrenOf(block, 'w:p').some((child) => String(child['w:bookmarkStart']?._attr?.['w:name'] ?? '').startsWith('_Toc'));

const keepsNext = (block: XmlNode) => childrenOf(block, 'w:p').some((child) => childrenOf(child, 'w:pPr').some((property) => 'w:keepNext' in property));

/** Whether any paragraph of a table row keeps with the next: at least what Word keeps, whichever cell it looks at. */
const rowKeepsNext = (row: XmlNode) => childrenOf(row, 'w:tr').some((cell) => childrenOf(cell, 'w:tc').some(keepsNext));

/** A table cut after its first row not kept with the next: what a paragraph kept with the table needs room for. */
function keptStart(table: XmlNode): XmlNode {
  const children = childrenOf(table, 'w:tbl');
  const firstFree = children.findIndex((child) => 'w:tr' in child && !rowKeepsNext(child));
  return firstFree < 0 ? table : { 'w:tbl': children.slice(0, firstFree + 1) };
}

/**
 * The body up to the last heading the TOC lists and what is kept on its page with it: the paragraphs kept with the next
 * after it, then the block they keep with, a table only as far as its rows kept together, and the last section's
 * properties. Nothing after that can move a heading to another page, and laying it out is most of the estimate's time
 * when a long annex ends the report (the evidence list of the task chapter).
 */
export function throughLastHeading(body: XmlNode): XmlNode {
  const blocks = childrenOf(body, 'w:body');
  const heading = blocks.findLastIndex(isTocHeading);
  if (heading < 0) return body;
  let anchor = heading;
  while (anchor + 1 < blocks.length && keepsNext(blocks[anchor]) && !('w:sectPr' in blocks[anchor + 1])) anchor++;
  const kept = 'w:tbl' in blocks[anchor] ? keptStart(blocks[anchor]) : blocks[anchor];
  return { ...body, 'w:body': [...blocks.slice(0, anchor), kept, ...blocks.slice(anchor + 1).filter((block) => 'w:sectPr' in block)] };
}

/**
 * The estimate for the report's body. Without the body's end, the counts of pages are not known, and are left out: the
 * report has no NUMPAGES or SECTIONPAGES field to show them. No list numbers are asked for (the estimator would read the
 * whole body again for them): the report's headings are numbered in their text, as the document defines no numbering.
 */
export const reportPageNumbers: PageNumberEstimator = (body, context): EstimatedPageNumbers => {
  const { pageCount: _pageCount, sectionPageCounts: _sectionPageCounts, ...pages } = estimate(throughLastHeading(body), context);
  return pages;
};
