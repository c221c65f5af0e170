// Refreshing a report after the data change: untouched text follows the numbers, the evaluator's edits are kept and flagged.
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock, ReportDocument } from '../../../shared/report/model';
import { editParagraph, refreshReport } from '../../../shared/report/refresh';
import { sampleReport, withValue } from './sample-report';

const paragraph = (doc: ReportDocument, id: string) =>
  doc.sections.flatMap((s) => s.blocks).find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.id === id)!;

describe('refreshReport', () => {
  const before = sampleReport().doc;
  const myWords = '技术合同成交额增长偏慢,需要加力。';
  const edited = editParagraph(before, 'indicator.tech-contracts', myWords);
  // A corrected 2023 figure for incubators (52 → 55) and for contracts (2550.82 → 2600).
  const after = sampleReport({}, (o) => withValue('tech-contracts', 2023, 2600)(withValue('incubators', 2023, 55)(o))).doc;
  const refreshed = refreshReport(edited, after);

  it('keeps the edited paragraph and marks it stale because its figures changed', () => {
    const p = paragraph(refreshed, 'indicator.tech-contracts');
    expect(p.text).toBe(myWords);
    expect(p.edited).toBe(true);
    expect(p.stale).toBe(true);
    expect(p.drafted).toContain('2600.00亿元');
  });

  it('gives untouched paragraphs the new numbers', () => {
    const p = paragraph(refreshed, 'indicator.incubators');
    expect(p.edited).toBe(false);
    expect(p.text).toContain('2023年为55家');
    expect(paragraph(before, 'indicator.incubators').text).toContain('2023年为52家');
  });

  it('does not mark an edit stale when its numbers did not change', () => {
    const rdEdit = editParagraph(before, 'indicator.rd-intensity', '研发投入强度已达标。');
    const p = paragraph(refreshReport(rdEdit, after), 'indicator.rd-intensity');
    expect(p.text).toBe('研发投入强度已达标。');
    expect(p.stale).toBe(false);
  });

  it('keeps the stale mark through a later refresh with the same data, until the evaluator edits again', () => {
    const again = refreshReport(refreshed, after);
    expect(paragraph(again, 'indicator.tech-contracts').stale).toBe(true);
    const rewritten = editParagraph(again, 'indicator.tech-contracts', '技术合同成交额2023年为2600亿元。');
    expect(paragraph(rewritten, 'indicator.tech-contracts').stale).toBe(false);
    expect(paragraph(refreshReport(rewritten, after), 'indicator.tech-contracts').stale).toBe(false);
  });

  it('keeps what the evaluator wrote under 对策建议', () => {
    const withAdvice = editParagraph(before, 'advice.lagging', '加大技术转移机构建设。');
    const block = refreshReport(withAdvice, after).sections.flatMap((s) => s.blocks).find((b) => b.kind === 'placeholder' && b.id === 'advice.lagging');
    expect(block).toMatchObject({ text: '加大技术转移机构建设。' });
  });
});

describe('editParagraph', () => {
  const doc = sampleReport().doc;
  it('writing the draft back undoes the edit', () => {
    const drafted = paragraph(doc, 'overall.summary').drafted;
    const undone = editParagraph(editParagraph(doc, 'overall.summary', '改写'), 'overall.summary', drafted);
    expect(paragraph(undone, 'overall.summary')).toMatchObject({ text: drafted, edited: false, stale: false });
  });

  it('refuses an id the report does not have, naming it', () => {
    expect(() => editParagraph(doc, 'indicator.nope', 'x')).toThrow(/indicator\.nope/);
  });

  it('leaves the original document unchanged', () => {
    editParagraph(doc, 'overall.summary', '改写');
    expect(paragraph(doc, 'overall.summary').edited).toBe(false);
  });
});
