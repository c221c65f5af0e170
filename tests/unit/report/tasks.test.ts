// The chapter 重点任务推进情况 and the 附件 after the report (the platforms' table, the evidence list): drafted from the ledger and its progress when the report is
// given them (and absent otherwise), the evaluator's edits kept across a rebuild, and carried by Word, HTML and Excel.
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { RATING_COLORS } from '../../../shared/ledger';
import { valueSet } from '../../../shared/model';
import { allCharts, buildReport, editParagraph, refreshReport, renderReportHtml, writeDocx, writeReportXlsx, type ReportDocument, type ReportTasks, type TableBlock } from '../../../shared/report';
import { MIDTERM, sampleReport } from './sample-report';
import { EVIDENCE_HASH as HASH, SAMPLE_TASKS } from './sample-tasks';

const { ledger, progress } = SAMPLE_TASKS;
const tasks: ReportTasks = SAMPLE_TASKS;

/** The sample 中期 report's input, and its report with and without the ledger. */
function reports(given: ReportTasks = tasks) {
  const { plan, evaluation, observations } = sampleReport();
  const input = { plan, evaluation, values: valueSet(observations), options: MIDTERM };
  return { input, doc: buildReport({ ...input, tasks: given }), without: buildReport(input) };
}
const table = (doc: ReportDocument, id: string) => doc.sections.flatMap((s) => s.blocks).find((b): b is TableBlock => b.kind === 'table' && b.id === id)!;
const paragraphText = (doc: ReportDocument, id: string) => doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph' && b.id === id)!;

describe('the task chapter', () => {
  const { doc, without } = reports();

  it('is not in a report built without the ledger, which keeps its sections as before', () => {
    expect(without.sections.map((s) => s.id)).toEqual(['method', 'overall', 'indicators', 'categories', 'regions', 'problems', 'advice', 'appendix']);
    expect(sampleReport().doc).toEqual(without);
  });

  it('comes after the district evaluation, numbered in turn, with the 附件 after the appendix', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['method', 'overall', 'indicators', 'categories', 'regions', 'tasks', 'problems', 'advice', 'appendix', 'annexes']);
    const headings = doc.sections.map((s) => (s.blocks[0] as { text: string }).text);
    expect(headings[5]).toBe('六、重点任务推进情况');
    expect(headings[6]).toBe('七、存在问题');
    expect(headings[9]).toBe('附件');
  });

  it('holds the platforms\' table and the evidence list as 附件1 and 附件2, titles the 目录 leaves out, one entry 附件 for both', () => {
    const annexes = doc.sections.find((s) => s.id === 'annexes')!.blocks;
    expect(annexes.map((b) => (b.kind === 'heading' ? b : b.kind === 'table' ? b.id : b.kind))).toEqual([
      { kind: 'heading', level: 1, text: '附件', newPage: true },
      { kind: 'heading', level: 2, inContents: false, text: '附件1　重大平台和重大工程推进情况表' },
      'table.tasks.platforms',
      { kind: 'heading', level: 2, inContents: false, text: '附件2　佐证材料清单', newPage: true },
      'table.evidence',
    ]);
    // The chapter says what the platforms come to, and points to the attachment for each of them.
    const chapter = doc.sections.find((s) => s.id === 'tasks')!.blocks;
    expect(chapter.some((b) => b.kind === 'table' && b.id === 'table.tasks.platforms')).toBe(false);
    expect(chapter.slice(-2)).toEqual([
      { kind: 'heading', level: 2, text: '（八）重大平台和重大工程' },
      expect.objectContaining({ id: 'tasks.platforms', text: '重大平台和重大工程共73项（重大平台73个），已完成1项、未报送72项；逐项推进情况见附件1。' }),
    ]);
    // Without platforms or projects, the evidence list is the one attachment, unnumbered.
    const tasksOnly = reports({ ledger: { ...ledger, items: ledger.items.filter((i) => i.kind === 'task') }, progress }).doc;
    expect(tasksOnly.sections.at(-1)!.blocks.filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', level: 1, text: '附件', newPage: true },
      { kind: 'heading', level: 2, inContents: false, text: '佐证材料清单' },
    ]);
  });

  it('counts by rating overall and per plan chapter, the unreported included', () => {
    expect(paragraphText(doc, 'tasks.summary')).toMatchObject({
      text: '规划台账共148项（重点任务75项、重大平台73个）。截至2023年，已完成1项、序时推进1项、滞后1项、未启动1项、不再实施1项、未报送143项。',
    });
    const counts = table(doc, 'table.tasks.chapters');
    expect(counts.header).toEqual(['规划章节', '合计', '已完成', '超序时推进', '序时推进', '滞后', '未启动', '不再实施', '未报送']);
    expect(counts.rows[0]).toEqual(['三、优化提升空间布局，擘画科技创新蓝图', '7', '0', '0', '1', '0', '0', '0', '6']);
    expect(counts.rows.at(-1)).toEqual(['合计', '148', '1', '0', '1', '1', '1', '1', '143']);
  });

  it('names each lagging and not started item with its reason and next steps, each dropped item with its reason, and who did not report', () => {
    expect(paragraphText(doc, 'tasks.chapter.四')).toMatchObject({ text: '本部分共14项，滞后1项、未报送13项。进度滞后的有：海洋科技（四（一）2），滞后原因：用地未落实，下一步措施：年内完成供地。' });
    expect((paragraphText(doc, 'tasks.chapter.九') as { text: string }).text).toContain('尚未启动的有：');
    expect((paragraphText(doc, 'tasks.chapter.九') as { text: string }).text).toContain('滞后原因：资金未到位，下一步措施：争取专项资金');
    expect((paragraphText(doc, 'tasks.chapter.六') as { text: string }).text).toContain('不再实施的有：打造转移转化区域高地（六（二）1），原因：并入其他任务。');
    expect((paragraphText(doc, 'tasks.chapter.五') as { text: string }).text).toMatch(/已完成1项.*未报送进展的：市科技局1项。$/);
  });

  it('draws counts by rating per chapter as stacked bars, with a key of the ratings shown', () => {
    const chart = doc.sections.find((s) => s.id === 'tasks')!.blocks.find((b) => b.kind === 'chart')!;
    expect(chart).toMatchObject({ id: 'chart.tasks.ratings', spec: { stacked: true, horizontal: true } });
    if (chart.kind !== 'chart') throw new Error('not a chart');
    expect(chart.spec.legend).toEqual([
      { label: '已完成', color: RATING_COLORS.done },
      { label: '序时推进', color: RATING_COLORS['on-track'] },
      { label: '滞后', color: RATING_COLORS.lagging },
      { label: '未启动', color: RATING_COLORS['not-started'] },
      { label: '不再实施', color: RATING_COLORS.dropped },
      { label: '未报送', color: RATING_COLORS.unreported },
    ]);
    expect(chart.spec.labels).toHaveLength(7);
  });

  it('tables the platforms and projects with the stage reached and the rating', () => {
    const platforms = table(doc, 'table.tasks.platforms');
    expect(platforms.header).toEqual(['名称', '章节', '类别', '牵头单位', '所处阶段', '评价']);
    expect(platforms.rows).toHaveLength(73);
    expect(platforms.rows.find((r) => r[0] === '广州实验室')).toEqual(['广州实验室', '五（一）1', '平台', '—', '建成/挂牌', '已完成']);
    expect(platforms.rows[0]).toEqual(['广州人工智能与数字经济试验区', '三（二）', '平台', '—', '—', '未报送']);
  });

  it('cites every evidence file by item, with its SHA-256 prefix; without any, says so', () => {
    const evidence = table(doc, 'table.evidence');
    expect(evidence.rows).toEqual([['广州实验室（五（一）1）', '2023', '广州实验室挂牌文件.pdf', HASH.slice(0, 16)]]);
    const none = reports({ ledger, progress: [] }).doc;
    expect(none.sections.at(-1)!.blocks.at(-1)).toMatchObject({ kind: 'paragraph', id: 'evidence.none', text: '截至2023年，台账条目未附佐证材料。' });
  });

  it('keeps the evaluator\'s edit of a chapter\'s narrative across a rebuild, stale once the progress under it changes', () => {
    const edited = editParagraph(doc, 'tasks.chapter.四', '四部分的任务总体推进顺利。');
    const same = refreshReport(edited, reports().doc);
    expect(paragraphText(same, 'tasks.chapter.四')).toMatchObject({ text: '四部分的任务总体推进顺利。', edited: true, stale: false });
    const changed = progress.map((p) => (p.itemId === 't-4-1-2' ? { ...p, nextSteps: '三季度完成供地' } : p));
    const moved = refreshReport(edited, reports({ ledger, progress: changed }).doc);
    expect(paragraphText(moved, 'tasks.chapter.四')).toMatchObject({ text: '四部分的任务总体推进顺利。', edited: true, stale: true });
  });

  it('reads in English with the English dictionary', () => {
    const { plan, evaluation, observations } = sampleReport();
    const en = buildReport({ plan, evaluation, values: valueSet(observations), options: { ...MIDTERM, lang: 'en' }, tasks });
    expect((paragraphText(en, 'tasks.chapter.四') as { text: string }).text).toBe('This part holds 14 items: 1 behind schedule, 13 not reported. Behind schedule: 海洋科技 (四（一）2), because 用地未落实; next: 年内完成供地. ');
  });
});

describe('the task chapter in every format', () => {
  const { doc, input } = reports();

  it('is in the Word document and the HTML: the chapter, the lagging item with its reason, the annex with the hash', async () => {
    // The writer embeds each chart's PNG as given: any PNG will do here.
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));
    const charts = new Map(allCharts(doc).map((c) => [c.id, png]));
    const xml = strFromU8(unzipSync(await writeDocx(doc, charts))['word/document.xml']!);
    const html = renderReportHtml(doc, new Map());
    for (const text of ['重点任务推进情况', '滞后原因：用地未落实', '重大平台/工程推进情况', '附件1　重大平台和重大工程推进情况表', '附件2　佐证材料清单', HASH.slice(0, 16)]) {
      expect(xml).toContain(text);
      expect(html).toContain(text);
    }
    // The 目录 ends on 附件; the attachments' titles are not Word headings, so Word's own update leaves them out too.
    const entries = [...xml.matchAll(/<w:hyperlink w:history="1" w:anchor="_Toc\d+"><w:r><w:t xml:space="preserve">([^<]+)<\/w:t>/g)].map((m) => m[1]);
    expect(entries.slice(-2)).toEqual(['附录3 数据质量说明', '附件']);
    const annexTitle = xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf('附件1　重大平台和重大工程推进情况表')), xml.indexOf('附件1　重大平台和重大工程推进情况表'));
    expect(annexTitle).not.toContain('pStyle');
    // 附件 starts a page, and so does each attachment after the first.
    const paragraphOf = (text: string) => xml.slice(xml.lastIndexOf('<w:p>', xml.lastIndexOf(`>${text}<`)), xml.lastIndexOf(`>${text}<`));
    expect(paragraphOf('附件')).toContain('<w:pageBreakBefore/>');
    expect(paragraphOf('附件1　重大平台和重大工程推进情况表')).not.toContain('<w:pageBreakBefore/>');
    expect(paragraphOf('附件2　佐证材料清单')).toContain('<w:pageBreakBefore/>');
    expect(html).toContain('<h2 class="new-page">附件</h2>');
    expect(html).toContain('<h3 class="new-page">附件2　佐证材料清单</h3>');
  });

  it('adds the sheets 重点任务, 任务分章节统计 and 佐证材料 to the workbook, which is unchanged without the ledger', () => {
    const xlsxInput = { plan: input.plan, evaluation: input.evaluation, values: input.values, type: MIDTERM.type, lang: MIDTERM.lang };
    const plain = XLSX.read(writeReportXlsx(xlsxInput), { type: 'array' });
    const wb = XLSX.read(writeReportXlsx({ ...xlsxInput, tasks }), { type: 'array' });
    expect(wb.SheetNames).toEqual([...plain.SheetNames, '重点任务', '任务分章节统计', '佐证材料']);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null });
    const items = rows('重点任务');
    expect(items[1]).toEqual(['规划章节', '名称', '类别', '完成标准', '牵头单位', '2023年评价', '所处阶段', '进展情况', '滞后原因', '下一步措施', '不再实施原因', '佐证材料（份）', '编号', '配合单位', '报送单位']);
    expect(items.find((r) => r[12] === 't-4-1-2')).toEqual(['四（一）2', '海洋科技', '任务', '突破', null, '滞后', null, '进度偏慢', '用地未落实。', '年内完成供地', null, 0, 't-4-1-2', null, '市科技局']);
    expect(items.find((r) => r[12] === 't-5-1-1')![5]).toBe('市科技局未报送');
    expect(rows('任务分章节统计').at(-1)).toEqual([expect.stringMatching(/^九、/), 34, 0, 0, 0, 0, 1, 0, 33]);
    expect(rows('佐证材料')[2]).toEqual(['五（一）1', '广州实验室', 2023, '广州实验室挂牌文件.pdf', HASH, 'p-gz-lab', 'application/pdf', 52000, '2023-11-02T09:00:00.000Z']);
  });
});
