// The report under a target revision: the 评估方法 chapter's subsection 指标动态调整情况 states each revision and its
// basis, the indicator table and narrative give the revised target with the plan's beside it, in Word, HTML and Excel.
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { defaultSettings, valueSet, type Plan, type TargetRevision } from '../../../shared/model';
import { gzSampleObservations } from '../../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { buildReport } from '../../../shared/report/build';
import { writeDocx } from '../../../shared/report/docx';
import { renderReportHtml } from '../../../shared/report/html';
import { allBlocks, type ReportDocument, type TableBlock } from '../../../shared/report/model';
import { writeReportXlsx } from '../../../shared/report/xlsx';
import { IMPORTED_AT, MIDTERM, sampleReport } from './sample-report';

const revision = (effectiveYear: number, value: number, basis: string): TargetRevision => ({
  effectiveYear,
  target: { comparator: '>', value },
  reason: '统计口径调整',
  basis,
  recordedAt: '2023-07-01T08:00:00.000Z',
});

function revisedPlan(): Plan {
  const plan = guangzhouPlan();
  const revisions: Record<string, TargetRevision[]> = {
    'tech-contracts': [revision(2022, 2900, '穗科〔2022〕3号'), revision(2023, 2800, '市政府第 12 次常务会议')],
    'rd-intensity': [revision(2025, 3.5, '穗科〔2024〕9号')],
  };
  return { ...plan, indicators: plan.indicators.map((i) => (revisions[i.id] ? { ...i, revisions: revisions[i.id] } : i)) };
}

function revisedReport() {
  const plan = revisedPlan();
  const values = valueSet(gzSampleObservations(IMPORTED_AT));
  const evaluation = evaluate(plan, values, defaultSettings(MIDTERM.asOf));
  return { plan, evaluation, values, doc: buildReport({ plan, evaluation, values, options: MIDTERM }) };
}

const table = (doc: ReportDocument, id: string) => allBlocks(doc).find((b): b is TableBlock => b.kind === 'table' && b.id === id);
const texts = (doc: ReportDocument) => allBlocks(doc).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'heading' ? [b.text] : []));

describe('the report of a plan with target revisions', () => {
  const { plan, evaluation, values, doc } = revisedReport();

  it('ends the 评估方法 chapter with 指标动态调整情况: the rule, each revision with its reason and basis, and their table', () => {
    const method = doc.sections.find((s) => s.id === 'method')!;
    const headings = method.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b as { text: string }).text);
    // The heading numerals' brackets are the numbering's own (full-width per GB/T 15834 once converted).
    expect(headings.at(-1)).toMatch(/^[（(]七[）)]指标动态调整情况$/);
    const summary = texts(doc).find((text) => text.startsWith('规划实施期间，经批准调整目标的指标共 2 项，调整 3 次'))!;
    expect(summary).toContain('技术合同成交额目标自 2022 年起由>3000调整为>2900（统计口径调整；批准依据：穗科〔2022〕3号），已被后续调整替代');
    expect(summary).toContain('自 2023 年起由>3000调整为>2800（统计口径调整；批准依据：市政府第 12 次常务会议）；');
    expect(summary).toContain('R&D投入强度目标自 2025 年起由>3.4调整为>3.5（统计口径调整；批准依据：穗科〔2024〕9号），本次评估尚未生效');
    expect(texts(doc).some((text) => text.includes('适用生效年份不晚于该年的最近一次调整'))).toBe(true);
    const revisions = table(doc, 'table.revisions')!;
    expect(revisions.title).toBe('表1 指标动态调整情况');
    expect(revisions.header).toEqual(['指标', '规划原目标', '调整后目标', '生效年份', '调整原因', '批准依据', '本次评估']);
    expect(revisions.rows.map((row) => [row[0], row[2], row[3], row[6]])).toEqual([
      ['技术合同成交额', '>2900', '2022', '已被替代'],
      ['技术合同成交额', '>2800', '2023', '适用'],
      ['R&D投入强度', '>3.5', '2025', '尚未生效'],
    ]);
  });

  it('gives the revised target in the indicator table with the plan target beneath, and says so in a note', () => {
    const indicators = table(doc, 'table.indicators')!;
    const row = (name: string) => indicators.rows.find((r) => r[0] === name)!;
    expect(row('技术合同成交额')[3]).toBe('>2800\n（原>3000）');
    expect(row('R&D投入强度')[3]).toBe('>3.4');
    expect(indicators.notes).toContain('注：目标经批准调整的指标，目标值栏为评估年份适用的调整后目标，括号内为规划原目标，调整情况见“指标动态调整情况”。');
  });

  it('states the revision in the indicator\'s narrative, measured against the revised target', () => {
    const narrative = allBlocks(doc).find((b) => b.kind === 'paragraph' && b.id === 'indicator.tech-contracts') as { text: string };
    expect(narrative.text).toContain('该指标目标自 2023 年起调整为>2800（规划原目标>3000，批准依据：市政府第 12 次常务会议），以上按调整后目标评价。');
    const result = evaluation.indicators.find((r) => r.indicatorId === 'tech-contracts')!;
    expect(result.target?.value).toBe(2800);
  });

  it('writes the subsection, the table and the original target into the Word document and the HTML preview', async () => {
    const withoutCharts = { ...doc, sections: doc.sections.map((s) => ({ ...s, blocks: s.blocks.filter((b) => b.kind !== 'chart') })) };
    const xml = strFromU8(unzipSync(await writeDocx(withoutCharts, new Map()))['word/document.xml']);
    const html = renderReportHtml(doc, new Map());
    for (const text of ['指标动态调整情况</', '市政府第 12 次常务会议', '（原&gt;3000）', '尚未生效']) {
      expect(xml, text).toContain(text);
      expect(html, text).toContain(text);
    }
  });

  it('adds the sheet 目标调整 to the workbook, plan target beside the revised, with the basis and the recording date', () => {
    const book = XLSX.read(writeReportXlsx({ plan, evaluation, values, type: 'midterm', lang: 'zh' }), { type: 'array' });
    expect(book.SheetNames).toContain('目标调整');
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['目标调整']!, { range: 1 });
    expect(rows[1]).toMatchObject({ 指标: '技术合同成交额', 规划原目标: '>3000', 调整后目标: '>2800', 生效年份: 2023, 批准依据: '市政府第 12 次常务会议', 本次评估: '适用', 记录时间: '2023-07-01' });
  });

  it('adds none of it to the report of a plan without revisions', () => {
    const plain = sampleReport().doc;
    expect(table(plain, 'table.revisions')).toBeUndefined();
    expect(texts(plain).some((text) => text.includes('指标动态调整'))).toBe(false);
    expect(table(plain, 'table.indicators')!.rows.find((r) => r[0] === '技术合同成交额')![3]).toBe('>3000');
    const { plan: p, evaluation: e, observations } = sampleReport();
    expect(XLSX.read(writeReportXlsx({ plan: p, evaluation: e, values: valueSet(observations), type: 'midterm', lang: 'zh' }), { type: 'array' }).SheetNames).not.toContain('目标调整');
  });
});
