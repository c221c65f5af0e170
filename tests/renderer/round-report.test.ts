// The one source of a round's report: the document (Word, PDF, HTML preview) and the workbook of a report of a frozen
// round are made from the stored round alone, through the same reportInputs the export uses. Exported, then the
// project's data changed (a later import replacing a value, a target edited), then exported again: every figure is
// unchanged and the same in every format; a report of the data now does move.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { valueKey } from '../../shared/base';
import { allCharts, renderReportHtml, writeDocx, writeReportXlsx, type ReportDocument, type ReportOptions } from '../../shared/report';
import type { PlanevalDb } from '../../renderer/db/database';
import { commitImport } from '../../renderer/db/imports';
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
const OPTIONS: ReportOptions = { type: 'annual', asOf: 2020, categories: 'all', includeRegions: true, lang: 'zh', date: '2024-05-01' };

/** Every format the export writes, from the basis, read back as figures. */
async function exportAll(basis: ReportBasis, options: ReportOptions): Promise<Figures[]> {
  const document: ReportDocument = draftReport(basis, options);
  const { plan, evaluation, values, round } = reportInputs(basis, options.asOf);
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
