// The report's default structure and its variants, drafted from the built-in plan's sample evaluation.
import { describe, expect, it } from 'vitest';
import { allBlocks, allCharts, placeholderText, type PlaceholderBlock, type ReportDocument, type TableBlock } from '../../../shared/report/model';
import { sampleReport } from './sample-report';

const headings = (doc: ReportDocument, level: 1 | 2) => allBlocks(doc).flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));
const table = (doc: ReportDocument, id: string) => allBlocks(doc).find((b): b is TableBlock => b.kind === 'table' && b.id === id)!;

describe('the 中期评估报告', () => {
  const { doc, plan, evaluation } = sampleReport();

  it('is titled and dated', () => {
    expect(doc).toMatchObject({ title: '广州市科技创新“十四五”规划中期评估报告', subtitle: '（2021—2023年）', date: '2024年6月1日' });
  });

  it('has the issue’s sections in order', () => {
    expect(headings(doc, 1)).toEqual(['一、评估方法', '二、总体进展', '三、主要指标完成情况', '四、分领域评估', '五、分区评估', '六、存在问题', '七、对策建议', '附录']);
  });

  it('gives the overall score with the status counts, every indicator assessable once base-year values stand in for missing baselines', () => {
    expect(evaluation.overall.coverage).toBe(1);
    const summary = allBlocks(doc).find((b) => b.kind === 'paragraph' && b.id === 'overall.summary');
    // 3 achieved (all early), 2 ahead, 3 on track, 2 lagging, 1 seriously lagging, 1 regressing, 2 monitored: 14.
    expect(summary).toMatchObject({
      text: '截至2023年，纳入评估的14项指标中，已实现3项（其中提前实现3项）、快于预期2项、基本符合预期3项、滞后2项、明显滞后1项、倒退1项、监测2项。综合得分57.9分（满分100分，数据覆盖率100.0%）。',
    });
  });

  it('says 数据不足 instead of an overall score when coverage is below the threshold', () => {
    // Without the sample's 2020 values, four indicators have no baseline and no score.
    const { evaluation: partial, doc: partialDoc } = sampleReport({}, (o) => o.filter((x) => x.year !== 2020 || ['tech-contracts', 'incubators', 'hitech-output-share', 'rd-intensity'].includes(x.indicatorId)));
    expect(partial.overall.score).toBeNull();
    const summary = allBlocks(partialDoc).find((b) => b.kind === 'paragraph' && b.id === 'overall.summary');
    expect(summary && summary.kind === 'paragraph' && summary.text).toMatch(/数据不足：有得分的指标权重仅占[\d.]+%，低于80.0%的要求，暂不计算综合得分。$/);
  });

  it('tabulates every indicator with the issue’s columns, marking illustrative values', () => {
    const t = table(doc, 'table.indicators');
    expect(t.header).toEqual(['指标', '单位', '基期值', '目标值', '现值（年份）', '完成度', '时序进度', '判断', '属性']);
    expect(t.rows.map((r) => r[0])).toEqual(plan.indicators.map((i) => i.name));
    expect(t.rows.find((r) => r[0] === '技术合同成交额')).toEqual(['技术合同成交额', '亿元', '2256', '>3000', '2550.82\n（2023）', '39.6%', '60.0%', '滞后', '预期性']);
    expect(t.rows.find((r) => r[0] === '国家级科技企业孵化器数')![4]).toBe('52※\n（2023）');
    expect(t.notes).toEqual(['注：标※的数值为示例数据，非官方统计。', '注：标△的基期值规划未给出，取自导入数据。']);
    // The baseline as the evaluation used it: the plan's where it gives one, else the data's 2020 value, marked.
    expect(t.rows.find((r) => r[0] === '技术合同成交额')![2]).toBe('2256');
    expect(t.rows.find((r) => r[0] === '省级以上战略科技创新平台数')![2]).toBe('255△');
  });

  it('sets benchmarks beside the city (a table and a line on the series chart) and never among the districts', () => {
    const benchmarks = [
      { indicatorId: 'rd-intensity', region: '全国', year: 2022, value: 2.56 },
      { indicatorId: 'rd-intensity', region: '全国', year: 2023, value: 2.64 },
      { indicatorId: 'rd-intensity', region: '广东', year: 2023, value: 3.54 },
    ];
    const { doc: withBenchmarks, evaluation: judged } = sampleReport({}, (o) => [...o, ...benchmarks]);
    const table = allBlocks(withBenchmarks).find((b): b is TableBlock => b.kind === 'table' && b.id === 'table.benchmarks')!;
    expect(table.header).toEqual(['指标', '单位', '全市', '全国', '广东']);
    expect(table.rows).toEqual([['R&D投入强度', '%', '3.44\n（2023）', '2.64\n（2023）', '3.54\n（2023）']]);
    expect(table.notes).toEqual(['注：对标地区的数值仅作比较，不按本规划目标评判。']);
    const chart = allCharts(withBenchmarks).find((c) => c.id === 'chart.series.rd-intensity')!;
    expect(chart.spec.datasets.map((d) => d.label)).toContain('全国（对标）');
    expect(judged.regions.some((r) => r.region === '全国' || r.region === '广东')).toBe(false);
    expect(allBlocks(withBenchmarks).some((b) => b.kind === 'table' && b.id.startsWith('table.ranking') && b.rows.some((row) => row.includes('全国')))).toBe(false);
    // Without benchmarks there is no such table.
    expect(allBlocks(doc).some((b) => b.kind === 'table' && b.id === 'table.benchmarks')).toBe(false);
  });

  it('has a heading, a paragraph and a chart per category, and a paragraph per indicator', () => {
    const categories = doc.sections.find((s) => s.id === 'categories')!.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
    expect(categories).toEqual(plan.categories.map((c, i) => `（${'一二三四五'[i]}）${c}`));
    for (const indicator of plan.indicators) expect(allBlocks(doc).some((b) => b.kind === 'paragraph' && b.id === `indicator.${indicator.id}`)).toBe(true);
  });

  it('ranks the districts of every indicator with district data, with the caveat about neighbouring ranks', () => {
    expect(evaluation.rankings.map((r) => r.indicatorId)).toEqual(['tech-contracts', 'incubators', 'rd-intensity']);
    const ranking = table(doc, 'table.ranking.rd-intensity');
    expect(ranking.rows[0]).toEqual(['黄埔区', '6.33※（2023）', '1', expect.stringMatching(/%$/), expect.any(String)]);
    const text = allBlocks(doc).find((b) => b.kind === 'paragraph' && b.id === 'region.rd-intensity');
    expect(text).toMatchObject({ text: expect.stringContaining('黄埔区（6.33%）、南沙区（5.74%）、番禺区（3.36%）') });
    expect(text).toMatchObject({ text: expect.stringContaining('排名仅供参考') });
  });

  it('drafts the problems from lagging and regressing indicators; where a baseline came from is no data-quality problem', () => {
    const ids = allBlocks(doc).flatMap((b) => (b.kind === 'paragraph' && b.id.startsWith('problems.') ? [b.id] : []));
    expect(evaluation.indicators.flatMap((r) => r.findings).filter((f) => f.code === 'baseline-from-data')).toHaveLength(6);
    expect(ids).toEqual(['problems.lagging', 'problems.regressing']);
  });

  it('drafts the baseline-less indicators as a problem when the data has no base-year value either', () => {
    const { doc: partialDoc } = sampleReport({}, (o) => o.filter((x) => !(x.indicatorId === 'sci-literacy' && x.year === 2020)));
    expect(allBlocks(partialDoc).some((b) => b.kind === 'paragraph' && b.id === 'problems.noBaseline' && b.text.includes('公民具备科学素质比例'))).toBe(true);
  });

  it('leaves space for the evaluator under 对策建议, marked （待填写） until they write in it', () => {
    const placeholders = allBlocks(doc).filter((b): b is PlaceholderBlock => b.kind === 'placeholder');
    expect(placeholders.map((p) => p.text)).toEqual(['', '', '']);
    expect(placeholders.map((p) => placeholderText(p, 'zh'))).toEqual(['（待填写）', '（待填写）', '（待填写）']);
    expect(placeholderText({ ...placeholders[0], text: '加快技术合同登记。' }, 'zh')).toBe('加快技术合同登记。');
    expect(placeholderText(placeholders[0], 'en')).toBe('(To be written.)');
  });

  it('lists every value shown with its source in the appendix', () => {
    const data = table(doc, 'table.data');
    expect(data.header).toEqual(['指标', '地区', '年份', '数值', '来源', '示例数据']);
    expect(data.rows).toContainEqual(['R&D投入强度（%）', '全市', '2023', '3.44', '《广州城市创新指数报告（2024）》', '']);
    expect(data.rows).toContainEqual(['R&D投入强度（%）', '全市', '2022', '3.43', '示例数据（非官方统计）', '示例数据']);
  });

  it('cites an imported value by its publication first and its file and cell beneath', () => {
    const cited = { indicatorId: 'rd-intensity', region: '全市', year: 2023, value: 3.44, source: { fileName: '年鉴.xlsx', fileHash: 'h', sheet: '表1-8', cell: 'C9', rawText: '3.44', importedAt: '2024-03-01T08:00:00.000Z', citation: '《广州统计年鉴2023》表1-8' } };
    const { doc: withPublication } = sampleReport({}, (o) => [...o.filter((x) => !(x.indicatorId === 'rd-intensity' && x.region === '全市' && x.year === 2023)), cited]);
    const data = table(withPublication, 'table.data');
    const row = data.rows.find((r) => r[0] === 'R&D投入强度（%）' && r[2] === '2023')!;
    expect(row[4]!.split('\n')).toEqual(['《广州统计年鉴2023》表1-8', expect.stringContaining('年鉴.xlsx')]);
    expect(row[4]).toContain('C9');
  });

  it('numbers its figures in reading order and gives every chart a unique id', () => {
    const charts = allCharts(doc);
    expect(charts.map((c) => c.title.split(' ')[0])).toEqual(charts.map((_, i) => `图${i + 1}`));
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
  });

  it('opens with the 评估方法 chapter: each formula typeset with its symbols, and the status rules with the project’s cut-offs', () => {
    const method = doc.sections[0];
    expect(method.id).toBe('method');
    const formulas = method.blocks.flatMap((b) => (b.kind === 'formula' ? [b.id] : []));
    expect(formulas).toEqual(['formula.completion', 'formula.cumulative', 'formula.growth', 'formula.cagr', 'formula.time', 'formula.pace', 'formula.compound', 'formula.linear', 'formula.requiredCompound', 'formula.requiredLinear', 'formula.score']);
    const completion = method.blocks.find((b) => b.kind === 'formula' && b.id === 'formula.completion');
    expect(completion).toMatchObject({ where: expect.arrayContaining([{ symbol: [{ kind: 'var', text: 'T' }], text: '目标年份；' }]) });
    const status = method.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === 'table.status')!;
    expect(status.rows.find((r) => r[0] === '基本符合预期')).toEqual(['基本符合预期', '0.95 ≤ Q < 1']);
    expect(status.rows.map((r) => r[0])).toEqual(['无数据', '监测', '已实现（提前实现）', '快于预期', '基本符合预期', '滞后', '明显滞后', '停滞', '倒退', '无法判断进度']);
  });

  it('keeps in the appendix, in words, only the rules the chapter does not typeset', () => {
    const appendix = doc.sections.find((s) => s.id === 'appendix')!;
    const rules = appendix.blocks.flatMap((b) => (b.kind === 'paragraph' && b.id.startsWith('rule.') ? [b.id] : []));
    expect(rules).toEqual(['rule.rounding', 'rule.rollup', 'rule.redFlag', 'rule.regions', 'rule.quality', 'rule.numbers']);
    const text = appendix.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('');
    expect(text).not.toMatch(/P = |S = |x_t/);
  });

  it('names the evaluating unit the options give, and none by default (the cover then says 评估单位 is to be filled in)', () => {
    expect(doc.unit).toBe('');
    expect(sampleReport({ unit: ' 广州市科学技术局 ' }).doc.unit).toBe('广州市科学技术局');
  });

  it('is deterministic', () => {
    expect(sampleReport().doc).toEqual(doc);
  });
});

describe('variants', () => {
  it('annual: 年度监测报告 for the year', () => {
    const { doc } = sampleReport({ type: 'annual' });
    expect(doc.title).toBe('广州市科技创新“十四五”规划2023年度监测报告');
    expect(doc.subtitle).toBe('（2023年）');
    expect(headings(doc, 1)[2]).toBe('三、主要指标监测情况');
  });

  it('final: 总结评估 over the whole period', () => {
    const { doc } = sampleReport({ type: 'final', asOf: 2025 });
    expect(doc.title).toBe('广州市科技创新“十四五”规划总结评估报告');
    expect(doc.subtitle).toBe('（2021—2025年）');
    expect(headings(doc, 1)[1]).toBe('二、总体完成情况');
    const summary = allBlocks(doc).find((b) => b.kind === 'paragraph' && b.id === 'overall.summary');
    expect(summary).toMatchObject({ text: expect.stringMatching(/^规划期末（2025年）/) });
  });

  it('without regions, 分区评估 is left out and the sections are renumbered', () => {
    const { doc } = sampleReport({ includeRegions: false });
    expect(headings(doc, 1)).toEqual(['一、评估方法', '二、总体进展', '三、主要指标完成情况', '四、分领域评估', '五、存在问题', '六、对策建议', '附录']);
  });

  it('with chosen categories, only their indicators appear', () => {
    const { doc } = sampleReport({ categories: ['科技创新生态'] });
    expect(table(doc, 'table.indicators').rows.map((r) => r[0])).toEqual(['R&D投入强度', '新增上市科技型企业数', '公民具备科学素质比例']);
    expect(allBlocks(doc).some((b) => b.kind === 'paragraph' && b.id === 'indicator.tech-contracts')).toBe(false);
  });

  it('English', () => {
    const { doc } = sampleReport({ lang: 'en' });
    expect(doc.title).toBe('广州市科技创新“十四五”规划: Mid-term Evaluation Report');
    expect(headings(doc, 1).slice(0, 2)).toEqual(['1. Evaluation method', '2. Overall progress']);
  });
});
