// The one source of a round's report: the document (Word, PDF, HTML preview) and the workbook of a report of a frozen
// round are made from the stored round alone, through the same reportInputs the export uses. Exported, then the
// project's data changed (a later import replacing a value, a target edited), then exported again: every figure is
// unchanged and the same in every format; a report of the data now does move.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { valueKey } from '../../shared/base';
import { emptyProgress } from '../../shared/ledger';
import { allCharts, renderReportHtml, writeDocx, writeReportXlsx, type ReportDocument, type ReportOptions } from '../../shared/report';
import type { PlanevalDb } from '../../renderer/db/database';
import { commitImport } from '../../renderer/db/imports';
import { listProgress, projectLedger, saveProgress } from '../../renderer/db/ledger';
import { readStoredValues } from '../../renderer/db/observations';
import { getProject, updatePlan } from '../../renderer/db/projects';
import { getRound, freezeProjectRound } from '../../renderer/db/rounds';
import { openSampleProject } from '../../renderer/db/sample';
import { draftReport, reportInputs, roundReportOptions, type ReportBasis } from '../../renderer/src/screens/report/report-draft';
import { draftColumns } from '../support/draft-columns';
import { docxFigures, htmlFigures, xlsxFigures, type Figures } from '../support/report-figures';
import { openFreshDatabase } from './support/migration-harness';

const open: PlanevalDb[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.close());
  vi.useRealTimers();
});

// A 1×1 PNG: the figures are in the tables, not in the charts' pixels.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const OPTIONS: ReportOptions = { type: 'annual', asOf: 2020, categories: 'all', includeRegions: true, lang: 'zh', date: '2024-05-01' };

/** Every format the export writes, from the basis, read back as figures. */
async function exportAll(basis: ReportBasis, options: ReportOptions): Promise<Figures[]> {
  const document: ReportDocument = draftReport(basis, options);
  const { plan, evaluation, values, round } = reportInputs(basis, options);
  const charts = new Map(allCharts(document).map((c) => [c.id, PNG]));
  return [
    docxFigures(plan, await writeDocx(document, charts)),
    xlsxFigures(plan, writeReportXlsx({ plan, evaluation, values, type: options.type, lang: options.lang, ...(round ? { round } : {}) })),
    htmlFigures(plan, renderReportHtml(document, new Map())),
  ];
}

describe('a report of a frozen round', { timeout: 120_000 }, () => {
  it('states the same figures in every format, before and after the project data change', async () => {
    const db = await openFreshDatabase();
    open.push(db);
    const project = await openSampleProject(db, new Date('2024-01-10T02:00:00Z'));
    const frozen = await freezeProjectRound(db, project.id, { name: '2023年中期评估', kind: 'midterm', asOf: 2023, cutoff: '2030-01-01' });
    const options = roundReportOptions(frozen, OPTIONS);
    expect(options).toMatchObject({ type: 'midterm', asOf: 2023 });

    const before = await exportAll({ round: frozen }, options);
    expect(Object.keys(before[0]!)).toHaveLength(project.plan.indicators.length);
    for (const figures of before) expect(figures).toEqual(before[0]);

    // The data change: the 2023 R&D intensity replaced by a later import, a target raised.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-10T02:00:00Z'));
    const draft = { indicator: 'rd-intensity', region: '全市', year: 2023, value: 2.1, unit: '%', sheet: '核实', cell: 'B2', rawText: '2.1' };
    await commitImport(db, project.id, { fileName: '核实数.xlsx', fileHash: 'e'.repeat(64) }, [draftColumns([draft])], { [valueKey('rd-intensity', '全市', 2023)]: 'replace' });
    const plan = structuredClone(project.plan);
    const target = plan.indicators.find((i) => i.id === 'tech-contracts')!.target!;
    if (target.comparator !== 'range') target.value *= 2;
    await updatePlan(db, project.id, plan);

    const stored = (await getRound(db, frozen.id))!;
    const after = await exportAll({ round: stored }, options);
    for (const figures of after) expect(figures).toEqual(before[0]);

    // The same report of the data now does move: the change reached the project.
    const changed = (await getProject(db, project.id))!;
    const values = await readStoredValues(db, project.id);
    const live = await exportAll({ plan: changed.plan, values: values.columns!, settings: changed.settings }, options);
    expect(live[0]).not.toEqual(before[0]);
    for (const figures of live) expect(figures).toEqual(live[0]);
  });
});

/** What a report says of the tasks: the text of its task chapter and its 附件, and the workbook's task sheets. */
function taskStatements(document: ReportDocument, workbook: Uint8Array): { text: string; sheets: unknown[][][] } {
  const text = JSON.stringify(document.sections.filter((s) => s.id === 'tasks' || s.id === 'annexes'));
  const book = XLSX.read(workbook);
  const sheets = ['重点任务', '任务分章节统计', '佐证材料'].map((name) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1 }));
  return { text, sheets };
}

describe('a report of a frozen round with the task ledger', { timeout: 120_000 }, () => {
  it('states the progress as it stood at the cut-off in every format, whatever is saved afterwards', async () => {
    const db = await openFreshDatabase();
    open.push(db);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-03-01T02:00:00Z'));
    const project = await openSampleProject(db);
    const lagging = { ...emptyProgress('t-3-1', 2023), rating: 'lagging' as const, text: '部分项目未开工', lagReason: '用地报批周期长', nextSteps: '加快审批' };
    await saveProgress(db, project.id, lagging, [{ name: '进展报告.pdf', bytes: PDF }]);
    const frozen = await freezeProjectRound(db, project.id, { name: '2023年中期评估', kind: 'midterm', asOf: 2023, cutoff: '2024-03-31' });
    expect(frozen.inputs.tasks?.progress.map((p) => [p.itemId, p.rating])).toEqual([['t-3-1', 'lagging']]);
    const options = roundReportOptions(frozen, { ...OPTIONS, includeTasks: true });

    const statements = (basis: ReportBasis) => {
      const document = draftReport(basis, options);
      const { plan, evaluation, values, round, tasks } = reportInputs(basis, options);
      return taskStatements(document, writeReportXlsx({ plan, evaluation, values, type: options.type, lang: options.lang, ...(round ? { round } : {}), ...(tasks ? { tasks } : {}) }));
    };
    const before = statements({ round: frozen });
    expect(before.text).toContain('用地报批周期长');
    expect(before.text).toContain('进展报告.pdf');
    expect(before.sheets[0]!.flat()).toContain('用地报批周期长');
    expect(before.sheets[2]!.flat()).toContain('进展报告.pdf');

    // After the cut-off the item is rated again, and another item gets its first record.
    vi.setSystemTime(new Date('2024-05-10T02:00:00Z'));
    await saveProgress(db, project.id, { ...lagging, rating: 'on-track', text: '已全面开工', lagReason: '', nextSteps: '' });
    await saveProgress(db, project.id, { ...emptyProgress('t-3-2', 2023), rating: 'ahead', text: '提前完成年度目标' });
    const stored = (await getRound(db, frozen.id))!;
    expect(statements({ round: stored })).toEqual(before);

    // The same report of the data now states the new progress.
    const now = (await getProject(db, project.id))!;
    const stored2 = await readStoredValues(db, project.id);
    const live = statements({ plan: now.plan, values: stored2.columns!, settings: now.settings, tasks: { ledger: (await projectLedger(db, project.id))!, progress: await listProgress(db, project.id) } });
    expect(live.text).not.toContain('用地报批周期长');
    expect(live.text).toContain('超序时推进1项、序时推进1项');
    expect(before.text).toContain('滞后1项');

    // A round frozen now, with the cut-off before the second save, still has the first record as it stood.
    const later = await freezeProjectRound(db, project.id, { name: '补冻', kind: 'midterm', asOf: 2023, cutoff: '2024-03-31' });
    expect(later.inputs.tasks?.progress).toEqual(frozen.inputs.tasks?.progress);
  });

  it('has no task chapter when the evaluator leaves it out', async () => {
    const db = await openFreshDatabase();
    open.push(db);
    const project = await openSampleProject(db, new Date('2024-01-10T02:00:00Z'));
    const frozen = await freezeProjectRound(db, project.id, { name: '2023年中期评估', kind: 'midterm', asOf: 2023, cutoff: '2030-01-01' });
    expect(frozen.inputs.tasks?.ledger.items.length).toBeGreaterThan(100);
    const options = roundReportOptions(frozen, { ...OPTIONS, includeTasks: false });
    expect(reportInputs({ round: frozen }, options)).not.toHaveProperty('tasks');
    expect(JSON.stringify(draftReport({ round: frozen }, options))).not.toContain('重点任务推进情况');
    expect(JSON.stringify(draftReport({ round: frozen }, { ...options, includeTasks: true }))).toContain('重点任务推进情况');
  });
});
