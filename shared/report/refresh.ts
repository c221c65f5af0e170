// Carrying the user's edits across a rebuild: new numbers flow into untouched text, edited text is kept and flagged.
import { bilingual } from '../base';
import type { Block, ParagraphBlock, PlaceholderBlock, ReportDocument } from './model';

type Editable = ParagraphBlock | PlaceholderBlock;

function editableById(doc: ReportDocument): Map<string, Editable> {
  const byId = new Map<string, Editable>();
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'paragraph' || block.kind === 'placeholder') byId.set(block.id, block);
    }
  }
  return byId;
}

function carryOver(block: Block, previous: Map<string, Editable>): Block {
  if (block.kind === 'placeholder') {
    const old = previous.get(block.id);
    return old?.kind === 'placeholder' ? { ...block, text: old.text } : block;
  }
  if (block.kind !== 'paragraph') return block;
  const old = previous.get(block.id);
  if (old?.kind !== 'paragraph' || !old.edited) return block;
  // Once stale, a paragraph stays stale until the user edits it again: a later refresh must not hide the warning.
  return { ...block, text: old.text, edited: true, stale: old.stale || old.figures !== block.figures };
}

/**
 * The fresh document with the user's work carried over: untouched paragraphs take the fresh text, edited ones keep
 * the user's text (and are marked stale when their figures changed), placeholders keep what the evaluator wrote.
 * Paragraphs that no longer exist in the fresh document (an indicator removed from the plan) are dropped.
 */
export function refreshReport(previous: ReportDocument, fresh: ReportDocument): ReportDocument {
  const old = editableById(previous);
  return { ...fresh, sections: fresh.sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => carryOver(b, old)) })) };
}

/** The document with one paragraph's (or placeholder's) text replaced; writing the draft back undoes the edit. */
export function editParagraph(doc: ReportDocument, id: string, text: string): ReportDocument {
  let found = false;
  const sections = doc.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block): Block => {
      if (block.kind === 'paragraph' && block.id === id) {
        found = true;
        return { ...block, text, edited: text !== block.drafted, stale: false };
      }
      if (block.kind === 'placeholder' && block.id === id) {
        found = true;
        return { ...block, text };
      }
      return block;
    }),
  }));
  if (!found) throw new Error(bilingual('report.error.noParagraph', { id }));
  return { ...doc, sections };
}
