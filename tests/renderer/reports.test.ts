// Saved reports and the renderer's report helpers: reports are kept per project, survive reopening the database,
// can be deleted and restored; a redraft keeps the user's edits and flags them when the figures under them moved.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, valueSet, type Observation, type Plan } from '../../shared/model';
import { GZ_SAMPLE_AS_OF, gzSampleObservations } from '../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { allBlocks, type ParagraphBlock, type ReportDocument, type ReportOptions } from '../../shared/report/model';
import { editParagraph } from '../../shared/report/refresh';
import { createDatabase, type PlanevalDb } from '../../renderer/db/database';
import { createReport, deleteProjectReports, deleteReport, getReport, listReports, restoreReport, saveReportDocument } from '../../renderer/db/reports';
import { categoriesOption, chosenCategories, draftIsCurrent, draftReport, editCounts, isoDate, redraftReport, type DraftSource } from '../../renderer/src/screens/report/report-draft';
import { pngDataUrl, reportFileName } from '../../renderer/src/screens/report/report-files';
import { freshDatabaseName } from './support/migration-harness';

const options: ReportOptions = { type: 'midterm', asOf: GZ_SAMPLE_AS_OF, categories: 'all', includeRegions: true, lang: 'zh', date: '2024-05-01' };

function sampleSource(plan: Plan = guangzhouPlan()): DraftSource {
  const observations = gzSampleObservations('2024-01-01T00:00:00.000Z').map((o, i) => ({ ...o, id: i + 1, projectId: 'p1', batchId: 'b1' }) as Observation);
  return { plan, values: valueSet(observations), settings: defaultSettings(GZ_SAMPLE_AS_OF) };
}

function paragraph(doc: ReportDocument, id: string): ParagraphBlock {
  const block = allBlocks(doc).find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.id === id);
  if (!block) throw new Error(`no paragraph ${id}`);
  return block;
}

/** A one-section document is enough for storage tests. */
function tinyDocument(title: string): ReportDocument {
  const text = '截至2023年,纳入评估的14项指标中,已实现3项。';
  return {
    title,
    subtitle: '(2021—2023年)',
    date: '2024年5月1日',
    lang: 'zh',
    sections: [{ id: 'overall', blocks: [{ kind: 'paragraph', id: 'overall.summary', text, drafted: text, figures: 'a', edited: false, stale: false }] }],
  };
}

describe('the reports repository', () => {
  let name: string;
  let db: PlanevalDb;
  beforeEach(async () => {
    name = freshDatabaseName();
    db = createDatabase(name);
    await db.open();
  });
  afterEach(() => db.close());

  it('keeps several reports per project, lists only that project’s, most recently changed first', async () => {
    const older = await createReport(db, 'p1', options, tinyDocument('甲'), new Date('2024-05-01T08:00:00Z'));
    const newer = await createReport(db, 'p1', { ...options, type: 'annual' }, tinyDocument('乙'), new Date('2024-05-02T08:00:00Z'));
    await createReport(db, 'p2', options, tinyDocument('丙'));
    const listed = await listReports(db, 'p1');
    expect(listed.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(listed[0]!.options.type).toBe('annual');
    expect(listed[1]!.document.title).toBe('甲');
  });

  it('saves an edited document (and new options) and moves the report to the top of the list', async () => {
    const first = await createReport(db, 'p1', options, tinyDocument('甲'), new Date('2024-05-01T08:00:00Z'));
    const second = await createReport(db, 'p1', options, tinyDocument('乙'), new Date('2024-05-02T08:00:00Z'));
    const edited = editParagraph(first.document, 'overall.summary', '我写的总体评价。');
    const saved = await saveReportDocument(db, first.id, edited, { ...options, asOf: 2022 }, new Date('2024-05-03T08:00:00Z'));
    expect(saved.createdAt).toBe(first.createdAt);
    expect(saved.updatedAt).toBe('2024-05-03T08:00:00.000Z');
    const stored = await getReport(db, first.id);
    expect(paragraph(stored!.document, 'overall.summary')).toMatchObject({ text: '我写的总体评价。', edited: true });
    expect(stored!.options.asOf).toBe(2022);
    expect((await listReports(db, 'p1')).map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it('keeps reports and edits when the database is closed and opened again (an app restart)', async () => {
    const report = await createReport(db, 'p1', options, tinyDocument('甲'));
    await saveReportDocument(db, report.id, editParagraph(report.document, 'overall.summary', '重启后仍在。'));
    db.close();
    db = createDatabase(name);
    await db.open();
    expect(paragraph((await getReport(db, report.id))!.document, 'overall.summary').text).toBe('重启后仍在。');
  });

  it('refuses to save a report that no longer exists, saying which', async () => {
    await expect(saveReportDocument(db, 'gone', tinyDocument('甲'))).rejects.toThrow('报告 gone 已不存在');
  });

  it('deletes a report and restores it exactly (undo)', async () => {
    const report = await createReport(db, 'p1', options, tinyDocument('甲'));
    const deleted = await deleteReport(db, report.id);
    expect(await listReports(db, 'p1')).toEqual([]);
    await restoreReport(db, deleted);
    expect(await getReport(db, report.id)).toEqual(report);
  });

  it('deletes all reports of one project and no other', async () => {
    await createReport(db, 'p1', options, tinyDocument('甲'));
    await createReport(db, 'p1', options, tinyDocument('乙'));
    await createReport(db, 'p2', options, tinyDocument('丙'));
    expect(await deleteProjectReports(db, 'p1')).toBe(2);
    expect(await listReports(db, 'p1')).toEqual([]);
    expect((await listReports(db, 'p2')).map((r) => r.document.title)).toEqual(['丙']);
  });
});

describe('drafting and redrafting in the renderer', () => {
  it('drafts from the project’s values at the report’s year, not the project’s evaluation year', () => {
    const source = { ...sampleSource(), settings: defaultSettings(2021) };
    // 2023: 2550.82 亿元 against the baseline 2256 and the target 3000: (2550.82 − 2256) / (3000 − 2256) = 39.6 %.
    expect(paragraph(draftReport(source, options), 'indicator.tech-contracts').text).toContain('2023年为2550.82亿元，完成度39.6%');
  });

  it('after a target change, keeps an edited paragraph (marked stale) and gives untouched ones the new figures', () => {
    const source = sampleSource();
    const drafted = draftReport(source, options);
    const edited = editParagraph(drafted, 'indicator.tech-contracts', '技术合同成交额稳步增长,评估组的文字。');

    const plan = guangzhouPlan();
    const tech = plan.indicators.find((i) => i.id === 'tech-contracts')!;
    tech.target = { year: 2025, comparator: '>', value: 3200 };
    const { document, options: redated } = redraftReport(edited, sampleSource(plan), options, new Date(2024, 6, 9));

    expect(redated.date).toBe('2024-07-09');
    expect(document.date).toBe('2024年7月9日');
    expect(paragraph(document, 'indicator.tech-contracts')).toMatchObject({ text: '技术合同成交额稳步增长,评估组的文字。', edited: true, stale: true });
    // Untouched: (2550.82 − 2256) / (3200 − 2256) = 294.82 / 944 = 31.2 %.
    expect(paragraph(document, 'problems.lagging').text).toContain('技术合同成交额（完成度31.2%');
    expect(paragraph(document, 'problems.lagging').edited).toBe(false);
    // An edit whose figures did not change is kept and not flagged.
    const other = editParagraph(drafted, 'indicator.rd-intensity', 'R&D投入强度已达标。');
    const again = redraftReport(other, sampleSource(plan), options, new Date(2024, 6, 9)).document;
    expect(paragraph(again, 'indicator.rd-intensity')).toMatchObject({ text: 'R&D投入强度已达标。', stale: false });
    expect(editCounts(document)).toEqual({ edited: 1, stale: 1 });
    expect(editCounts(again)).toEqual({ edited: 1, stale: 0 });
  });

  it('turns the category checkboxes into the options value and back', () => {
    const plan = guangzhouPlan();
    expect(categoriesOption(plan, new Set(plan.categories))).toBe('all');
    const two = new Set([plan.categories[3]!, plan.categories[0]!]);
    expect(categoriesOption(plan, two)).toEqual([plan.categories[0], plan.categories[3]]);
    expect(chosenCategories(plan, 'all')).toEqual(new Set(plan.categories));
    expect(chosenCategories(plan, [plan.categories[1]!, '已删除的领域'])).toEqual(new Set([plan.categories[1]]));
  });

  it('knows when a draft no longer says what the data say, edits or not, and is current again once redrafted', () => {
    const plan = guangzhouPlan();
    const drafted = draftReport(sampleSource(plan), options);
    expect(draftIsCurrent(drafted, sampleSource(plan), options)).toBe(true);
    const edited = editParagraph(drafted, 'indicator.tech-contracts', '评估组改写的段落。');
    expect(draftIsCurrent(edited, sampleSource(plan), options)).toBe(true);
    const raised = structuredClone(plan);
    const target = raised.indicators.find((i) => i.id === 'tech-contracts')!.target!;
    if (target.comparator !== 'range') target.value = 3200;
    expect(draftIsCurrent(edited, sampleSource(raised), options)).toBe(false);
    const { document } = redraftReport(edited, sampleSource(raised), options, new Date(2024, 4, 1));
    expect(draftIsCurrent(document, sampleSource(raised), options)).toBe(true);
    expect(paragraph(document, 'indicator.tech-contracts').text).toBe('评估组改写的段落。');
  });

  it('dates reports with the local calendar day', () => {
    expect(isoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});

describe('exported file names and images', () => {
  it('names the file after the report title, replacing characters file systems refuse', () => {
    expect(reportFileName('广州市科技创新“十四五”规划中期评估报告', 'docx')).toBe('广州市科技创新“十四五”规划中期评估报告.docx');
    expect(reportFileName('A/B: 评估?<报告>', 'pdf')).toBe('A_B_ 评估__报告_.pdf');
    expect(reportFileName('  ..  ', 'xlsx')).toBe('report.xlsx');
  });

  it('encodes PNG bytes as a base64 data URL, also for images larger than one chunk', () => {
    // 0x89 'P' 'N' 'G' in base64 by hand: 100010 010101 000001 001110 0100(00) → i V B O w, padded with "==".
    expect(pngDataUrl(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('data:image/png;base64,iVBORw==');
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    const decoded = Buffer.from(pngDataUrl(big).slice('data:image/png;base64,'.length), 'base64');
    expect(decoded.equals(Buffer.from(big))).toBe(true);
  });
});
