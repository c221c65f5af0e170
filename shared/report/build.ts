// The report's default structure (中期评估报告 and its annual and final variants), drafted from one evaluation.
import { formatRaw, formatValue, methodology, percentText, quantityText, UsedValues } from '../attain';
import { bilingual } from '../base';
import { t, type Language } from '../i18n';
import type { Evaluation, Finding, FindingCode, Indicator, IndicatorResult, ObservationInput, Plan, StatusCode, ValueSet, YearValue } from '../model';
import { STATUS_CODES } from '../model';
import { categoryScoreChart, completionChart, rankingChart, seriesChart, type BenchmarkSeries } from './figures';
import { methodSection } from './method';
import type { RoundDiff, RoundStamp } from '../round';
import type { Block, ChartBlock, ParagraphBlock, ReportDocument, ReportOptions, Section, TableBlock } from './model';
import { indicatorNarrative, type Draft } from './narrative';
import { headingNumber } from './numbering';
import type { ReportTasks } from './tasks';
import { annexSection, tasksSection, type TasksChapterContext } from './tasks-chapter';
import { resultTargetCell, REVISION_COLUMNS, revisionCells, revisionRows, revisionsSummary, targetText } from './revisions';
import { roundDiffBlocks, roundStampParagraph } from './round-annex';

export interface BuildReportInput {
  plan: Plan;
  evaluation: Evaluation;
  /** The values the evaluation was made from. */
  values: ValueSet;
  options: ReportOptions;
  /** The frozen round the inputs are, when they are one: the appendix names it. */
  round?: RoundStamp;
  /** An earlier round compared with this one: the appendix gains 评估轮次对比. */
  diff?: RoundDiff;
  /** The ledger and its progress: with them the report gains the chapter 重点任务推进情况 and the 附件 after it. */
  tasks?: ReportTasks;
}

/** Printed next to a 示例数据 value in tables; the note under the table says what it means. */
export const SAMPLE_MARK = '※';
/** Printed next to a baseline the plan does not give and the data does (METHOD.md); the table's note says so. */
const DATA_BASELINE_MARK = '△';
const DASH = '—';
/** The methodology's rules the 评估方法 chapter does not typeset: the appendix states them in words. */
const RULES_IN_APPENDIX = ['rounding', 'rollup', 'redFlag', 'regions', 'quality', 'numbers'];

function paragraph(id: string, draft: Draft): ParagraphBlock {
  return { kind: 'paragraph', id, text: draft.text, drafted: draft.text, figures: draft.figures, edited: false, stale: false };
}

/** A paragraph whose text is fixed by the data it lists; its text is also its fingerprint. */
function plainParagraph(id: string, text: string): ParagraphBlock {
  return paragraph(id, { text, figures: text });
}

/** Everything the builders share: the scope, the language, and look-ups into the observations. */
class ReportContext {
  readonly lang: Language;
  readonly indicators: Indicator[];
  readonly whole: string;
  private figure = 0;
  private tableNo = 0;
  private readonly used: UsedValues;

  constructor(readonly input: BuildReportInput) {
    const { plan, options, values } = input;
    this.lang = options.lang;
    const chosen = options.categories === 'all' ? null : new Set(options.categories);
    this.indicators = plan.indicators.filter((i) => !chosen || chosen.has(i.category));
    this.whole = plan.regions.find((r) => r.whole)?.name ?? '';
    this.used = UsedValues.of(values, options.asOf);
  }

  t(key: string, params: Record<string, string | number> = {}): string {
    return t(key, this.lang, params);
  }

  resultOf(indicator: Indicator): IndicatorResult {
    const result = this.input.evaluation.indicators.find((r) => r.indicatorId === indicator.id);
    if (!result) throw new Error(bilingual('report.error.noResult', { id: indicator.id }));
    return result;
  }

  /** The values used, year ≤ asOf, one per year. */
  points(indicatorId: string, region: string): ObservationInput[] {
    return this.used.points(indicatorId, region);
  }

  observation(indicatorId: string, region: string, year: number): ObservationInput | undefined {
    return this.used.at(indicatorId, region, year);
  }

  /** The regions outside the plan kept for `indicatorId`, with their values up to the as-of year. */
  benchmarks(indicatorId: string): BenchmarkSeries[] {
    const entries = this.input.evaluation.benchmarks.find((b) => b.indicatorId === indicatorId)?.entries ?? [];
    return entries.map((e) => ({ region: e.region, points: this.points(indicatorId, e.region).map((o) => ({ year: o.year, value: o.value })) }));
  }

  isIllustrative(indicatorId: string, region: string, years: number[]): boolean {
    return years.some((y) => this.observation(indicatorId, region, y)?.illustrative === true);
  }

  nextFigure(title: string): string {
    return this.t('report.chart.figure', { n: ++this.figure, title });
  }

  nextTable(title: string): string {
    return this.t('report.chart.table', { n: ++this.tableNo, title });
  }

  /** What the task chapter needs of the report: its year, language and the running numbers. */
  tasksContext(): TasksChapterContext {
    return { lang: this.lang, year: this.input.options.asOf, nextTable: (title) => this.nextTable(title), nextFigure: (title) => this.nextFigure(title) };
  }

  statusLabel(result: IndicatorResult): string {
    return this.t(result.achievedEarly ? 'status.achievedEarly' : `status.${result.status}`);
  }
}

/** The years whose values an indicator's sentence and table row state. */
function yearsStated(indicator: Indicator, result: IndicatorResult, points: YearValue[]): number[] {
  if (!result.latest) return [];
  if (indicator.kind === 'cumulative') return points.filter((p) => p.year > result.baselineYear && p.year <= result.latest!.year).map((p) => p.year);
  const years = [result.latest.year];
  if (result.projection?.base) years.push(result.projection.base.year);
  if (result.status === 'monitoring' && points.length) years.push(points[0].year);
  return years;
}

function draftIndicator(ctx: ReportContext, indicator: Indicator, result: IndicatorResult): Draft {
  const points = ctx.points(indicator.id, ctx.whole);
  return indicatorNarrative({
    indicator,
    result,
    asOf: ctx.input.options.asOf,
    lang: ctx.lang,
    illustrative: ctx.isIllustrative(indicator.id, ctx.whole, yearsStated(indicator, result, points)),
    firstYear: points.length ? points[0].year : null,
  });
}

function chartBlock(ctx: ReportContext, id: string, title: string, spec: ChartBlock['spec'] | null): ChartBlock[] {
  return spec ? [{ kind: 'chart', id, title: ctx.nextFigure(title), spec }] : [];
}

function countsText(ctx: ReportContext, results: IndicatorResult[]): string {
  const counts = new Map<StatusCode, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const early = results.filter((r) => r.achievedEarly).length;
  return STATUS_CODES.filter((code) => counts.get(code))
    .map((code) => {
      const params = { status: ctx.t(`status.${code}`), n: counts.get(code)!, early };
      return ctx.t(code === 'achieved' && early > 0 ? 'report.p.countAchieved' : 'report.p.count', params);
    })
    .join(ctx.t('report.p.listSeparator'));
}

function overallSection(ctx: ReportContext, heading: string): Section {
  const { evaluation, options } = ctx.input;
  const results = evaluation.indicators;
  const overall = evaluation.overall;
  const counts = ctx.t(options.type === 'final' ? 'report.p.overallCountsFinal' : 'report.p.overallCounts', {
    asOf: options.asOf,
    total: results.length,
    counts: countsText(ctx, results),
  });
  const score =
    overall.score !== null
      ? ctx.t('report.p.score', { score: formatValue(overall.score, 1), coverage: percentText(overall.coverage) })
      : ctx.t('report.p.scoreInsufficient', { coverage: percentText(overall.coverage), threshold: percentText(evaluation.settings.coverageThreshold) });
  const categories = evaluation.categories.filter((c) => ctx.indicators.some((i) => i.category === c.name));
  return {
    id: 'overall',
    blocks: [
      { kind: 'heading', level: 1, text: heading },
      paragraph('overall.summary', { text: counts + score, figures: counts + score }),
      ...chartBlock(ctx, 'chart.categoryScores', ctx.t('report.chart.categoryScores'), categoryScoreChart(categories, ctx.lang)),
    ],
  };
}

function latestCell(ctx: ReportContext, indicator: Indicator, result: IndicatorResult): string {
  if (!result.latest) return DASH;
  const points = ctx.points(indicator.id, ctx.whole);
  const mark = ctx.isIllustrative(indicator.id, ctx.whole, yearsStated(indicator, result, points)) ? SAMPLE_MARK : '';
  if (indicator.kind === 'cumulative' && result.runningSum !== null) {
    const years = ctx.t('report.cumulativeYears', { from: result.baselineYear + 1, to: result.latest.year });
    return `${formatValue(result.runningSum, indicator.precision)}${mark}\n${ctx.t('report.bracketed', { text: years })}`;
  }
  return `${formatValue(result.latest.value, indicator.precision)}${mark}\n${ctx.t('report.bracketed', { text: result.latest.year })}`;
}

/** The target the result was assessed against; under a revision, the plan's own beneath it. */
function targetCell(ctx: ReportContext, indicator: Indicator, result: IndicatorResult): string {
  return resultTargetCell(indicator, result, ctx.lang) ?? (indicator.target ? targetText(indicator, indicator.target) : DASH);
}

function indicatorTable(ctx: ReportContext): TableBlock {
  const c = (key: string) => ctx.t(`report.col.${key}`);
  const rows = ctx.indicators.map((indicator) => {
    const r = ctx.resultOf(indicator);
    return [
      indicator.name,
      indicator.unit,
      baselineCell(indicator, r),
      targetCell(ctx, indicator, r),
      latestCell(ctx, indicator, r),
      r.completion === null ? DASH : percentText(r.completion),
      r.timeProgress === null ? DASH : percentText(r.timeProgress),
      ctx.statusLabel(r),
      ctx.t(`report.nature.${indicator.nature}`),
    ];
  });
  return {
    kind: 'table',
    id: 'table.indicators',
    title: ctx.nextTable(ctx.t('report.table.indicators')),
    header: ['indicator', 'unit', 'baseline', 'target', 'latest', 'completion', 'timeProgress', 'status', 'nature'].map(c),
    rows,
    repeatHeader: true,
    widths: [22, 8, 8, 8, 15, 8, 10, 12, 8],
    noWrap: [1, 2, 3, 5, 6, 7, 8],
    notes: [
      ...(rows.some((row) => row[4].includes(SAMPLE_MARK)) ? [ctx.t('report.sampleNote')] : []),
      ...(rows.some((row) => row[2].includes(DATA_BASELINE_MARK)) ? [ctx.t('report.baselineFromDataNote')] : []),
      ...(ctx.indicators.some((i) => ctx.resultOf(i).revision) ? [ctx.t('revision.report.tableNote')] : []),
    ],
  };
}

/** The baseline as the evaluation used it: the plan's, or the data's base-year value marked △. */
function baselineCell(indicator: Indicator, result: IndicatorResult): string {
  if (indicator.baseline) return formatRaw(indicator.baseline.value);
  if (!result.baseline) return DASH;
  const fromData = result.findings.some((f) => f.code === 'baseline-from-data');
  return `${formatValue(result.baseline.value, indicator.precision)}${fromData ? DATA_BASELINE_MARK : ''}`;
}

/** The whole area's latest value beside each benchmark's ("3.44 (2023)"), for the indicators with any; null without. */
function benchmarkTable(ctx: ReportContext): TableBlock | null {
  const withBenchmarks = ctx.indicators.filter((i) => ctx.benchmarks(i.id).length > 0);
  if (withBenchmarks.length === 0) return null;
  const regions = [...new Set(withBenchmarks.flatMap((i) => ctx.input.evaluation.benchmarks.find((b) => b.indicatorId === i.id)!.entries.map((e) => e.region)))];
  const cell = (indicator: Indicator, latest: YearValue | null | undefined) => (latest ? `${formatValue(latest.value, indicator.precision)}\n${ctx.t('report.bracketed', { text: latest.year })}` : DASH);
  const rows = withBenchmarks.map((indicator) => {
    const entries = ctx.input.evaluation.benchmarks.find((b) => b.indicatorId === indicator.id)!.entries;
    return [indicator.name, indicator.unit, cell(indicator, ctx.resultOf(indicator).latest), ...regions.map((region) => cell(indicator, entries.find((e) => e.region === region)?.latest))];
  });
  const rest = Math.max(8, Math.floor(70 / (regions.length + 1)));
  return {
    kind: 'table',
    id: 'table.benchmarks',
    title: ctx.nextTable(ctx.t('report.table.benchmarks')),
    header: [ctx.t('report.col.indicator'), ctx.t('report.col.unit'), ctx.whole, ...regions],
    rows,
    repeatHeader: true,
    widths: [22, 8, rest, ...regions.map(() => rest)],
    notes: [ctx.t('report.benchmarksNote')],
  };
}

function indicatorsSection(ctx: ReportContext, heading: string): Section {
  const items = ctx.indicators.map((indicator) => ({ indicator, result: ctx.resultOf(indicator) }));
  return {
    id: 'indicators',
    blocks: [
      { kind: 'heading', level: 1, text: heading },
      indicatorTable(ctx),
      ...[benchmarkTable(ctx)].filter((table) => table !== null),
      ...chartBlock(ctx, 'chart.completion', ctx.t('report.chart.completion'), completionChart(items, ctx.lang)),
    ],
  };
}

function categoriesSection(ctx: ReportContext, heading: string): Section {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: heading }];
  const categories = ctx.input.evaluation.categories.filter((c) => ctx.indicators.some((i) => i.category === c.name));
  categories.forEach((category, index) => {
    const items = ctx.indicators.filter((i) => i.category === category.name).map((indicator) => ({ indicator, result: ctx.resultOf(indicator) }));
    const score =
      category.score !== null ? ctx.t('report.p.categoryScore', { score: formatValue(category.score, 1) }) : ctx.t('report.p.categoryInsufficient');
    const summary = ctx.t('report.p.category', {
      category: category.name,
      total: items.length,
      score,
      counts: countsText(
        ctx,
        items.map((i) => i.result),
      ),
    });
    blocks.push(
      { kind: 'heading', level: 2, text: headingNumber(ctx.lang, index, category.name, 2) },
      plainParagraph(`category.${category.name}`, summary),
      ...chartBlock(ctx, `chart.category.${index}`, ctx.t('report.chart.categoryCompletion', { category: category.name }), completionChart(items, ctx.lang)),
    );
    for (const { indicator, result } of items) {
      blocks.push(paragraph(`indicator.${indicator.id}`, draftIndicator(ctx, indicator, result)));
      const points = ctx.points(indicator.id, ctx.whole).map((o) => ({ year: o.year, value: o.value }));
      const title = ctx.t('report.chart.series', { name: indicator.name, unit: indicator.unit });
      blocks.push(...chartBlock(ctx, `chart.series.${indicator.id}`, title, seriesChart(indicator, result, points, ctx.lang, ctx.benchmarks(indicator.id))));
    }
  });
  return { id: 'categories', blocks };
}

function regionsSection(ctx: ReportContext, heading: string): Section | null {
  const { evaluation, options } = ctx.input;
  if (!options.includeRegions) return null;
  const rankings = evaluation.rankings.filter((r) => ctx.indicators.some((i) => i.id === r.indicatorId) && r.entries.some((e) => e.latest));
  if (rankings.length === 0) return null;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: heading }];
  rankings.forEach((ranking, index) => {
    const indicator = ctx.indicators.find((i) => i.id === ranking.indicatorId)!;
    const entries = [...ranking.entries].sort((a, b) => (a.rankByLatest ?? Infinity) - (b.rankByLatest ?? Infinity));
    const year = Math.max(...entries.map((e) => e.latest?.year ?? -Infinity));
    const top = entries.filter((e) => e.latest && e.rankByLatest !== null).slice(0, 3);
    const fastest = entries.find((e) => e.rankByGrowth === 1 && e.growth !== null);
    const sep = ctx.t('report.p.listSeparator');
    let text = ctx.t('report.p.ranking', {
      year,
      name: indicator.name,
      top: top.map((e) => ctx.t('report.withAside', { text: e.region, aside: quantityText(e.latest!.value, indicator, ctx.lang) })).join(sep),
    });
    if (fastest) text += ctx.t('report.p.rankingGrowth', { region: fastest.region, rate: percentText(fastest.growth!) });
    text += ctx.t('report.p.rankingCaveat');
    const c = (key: string) => ctx.t(`report.col.${key}`);
    const rows = entries.map((e) => {
      const mark = e.latest && ctx.isIllustrative(indicator.id, e.region, [e.latest.year]) ? SAMPLE_MARK : '';
      return [
        e.region,
        e.latest ? ctx.t('report.withAside', { text: `${formatValue(e.latest.value, indicator.precision)}${mark}`, aside: e.latest.year }) : DASH,
        e.rankByLatest === null ? DASH : String(e.rankByLatest),
        e.growth === null ? DASH : percentText(e.growth),
        e.rankByGrowth === null ? DASH : String(e.rankByGrowth),
      ];
    });
    const title = ctx.t('report.chart.ranking', { name: indicator.name, year });
    blocks.push(
      { kind: 'heading', level: 2, text: headingNumber(ctx.lang, index, indicator.name, 2) },
      plainParagraph(`region.${indicator.id}`, text),
      ...chartBlock(ctx, `chart.ranking.${indicator.id}`, title, rankingChart(indicator, ranking, ctx.lang)),
      {
        kind: 'table',
        id: `table.ranking.${indicator.id}`,
        title: ctx.nextTable(ctx.t('report.table.ranking', { name: indicator.name })),
        header: [c('region'), ctx.t('report.withAside', { text: c('latest'), aside: indicator.unit }), c('rank'), c('growth'), c('growthRank')],
        rows,
        repeatHeader: true,
        widths: [14, 18, 8, 12, 10],
        noWrap: [0, 1, 2, 3, 4],
        notes: rows.some((row) => row[1].includes(SAMPLE_MARK)) ? [ctx.t('report.sampleNote')] : [],
      },
    );
  });
  return { id: 'regions', blocks };
}

/**
 * The 评估方法 chapter with, when any indicator in scope has a target revision, its last subsection 指标动态调整情况:
 * the rule, each revision with its basis, and the table of original and revised targets.
 */
function withRevisions(ctx: ReportContext, method: Section): Section {
  const rows = revisionRows(ctx.indicators, ctx.input.options.asOf);
  if (rows.length === 0) return method;
  const subsections = method.blocks.filter((b) => b.kind === 'heading' && b.level === 2).length;
  const rule = methodology(ctx.input.evaluation.settings, ctx.lang).rules.find((r) => r.heading === ctx.t('attain.method.revision.heading'))!;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: headingNumber(ctx.lang, subsections, ctx.t('revision.report.heading'), 2) },
    plainParagraph('method.revision', rule.text),
    plainParagraph('revisions.summary', revisionsSummary(rows, ctx.lang)),
    {
      kind: 'table',
      id: 'table.revisions',
      title: ctx.nextTable(ctx.t('revision.report.table')),
      header: REVISION_COLUMNS.map((c) => ctx.t(`revision.report.col.${c}`)),
      rows: rows.map((row) => revisionCells(row, ctx.lang)),
      repeatHeader: true,
      widths: [20, 11, 11, 8, 20, 20, 10],
      noWrap: [1, 2, 3, 6],
    },
  ];
  return { ...method, blocks: [...method.blocks, ...blocks] };
}

/** Findings within the report's scope: its indicators (whole area, and regions when included) and the evaluation-wide ones. */
function findingsInScope(ctx: ReportContext): Finding[] {
  const { evaluation, options } = ctx.input;
  const ids = new Set(ctx.indicators.map((i) => i.id));
  const fromResults = [...evaluation.indicators, ...(options.includeRegions ? evaluation.regions : [])]
    .filter((r) => ids.has(r.indicatorId))
    .flatMap((r) => r.findings);
  const general = evaluation.findings.filter((f) => f.cells.length === 0 || f.cells.some((c) => ids.has(c.indicatorId)));
  return [...fromResults, ...general];
}

function problemsSection(ctx: ReportContext, heading: string): Section {
  const items = ctx.indicators.map((indicator) => ({ indicator, result: ctx.resultOf(indicator) }));
  const sep = ctx.t('report.p.listSeparator');
  const names = (list: typeof items) => list.map((i) => i.indicator.name).join(sep);
  const progress = (list: typeof items) =>
    list
      .map(({ indicator, result }) =>
        result.completion !== null && result.timeProgress !== null
          ? ctx.t('report.p.laggingItem', { name: indicator.name, completion: percentText(result.completion), time: percentText(result.timeProgress) })
          : indicator.name,
      )
      .join(sep);
  const having = (statuses: StatusCode[]) => items.filter((i) => statuses.includes(i.result.status));
  const asOf = ctx.input.options.asOf;
  const paragraphs: ParagraphBlock[] = [];
  const add = (id: string, list: typeof items, key: string, listText: (l: typeof items) => string) => {
    if (list.length) paragraphs.push(plainParagraph(id, ctx.t(key, { list: listText(list), asOf })));
  };
  add('problems.lagging', having(['lagging', 'seriously-lagging', 'stagnant']), 'report.p.lagging', progress);
  add('problems.regressing', having(['regressing']), 'report.p.regressing', progress);
  add('problems.binding', items.filter((i) => i.result.redFlag), 'report.p.binding', names);
  add('problems.dataLag', items.filter((i) => i.result.dataLag), 'report.p.dataLagList', names);
  add('problems.noBaseline', items.filter((i) => i.result.status === 'not-assessable' && i.result.baseline === null), 'report.p.noBaselineList', names);
  add('problems.noData', having(['no-data']), 'report.p.noDataList', names);
  const findings = findingsInScope(ctx).filter((f) => !NOT_DATA_PROBLEMS.has(f.code));
  if (findings.length) paragraphs.push(plainParagraph('problems.findings', ctx.t('report.p.findings', { n: findings.length })));
  if (paragraphs.length === 0) paragraphs.push(plainParagraph('problems.none', ctx.t('report.p.noProblems')));
  return { id: 'problems', blocks: [{ kind: 'heading', level: 1, text: heading }, ...paragraphs] };
}

/** Findings that are not questions about the data: stated elsewhere (red flags, data lag) or telling where a figure came from. */
const NOT_DATA_PROBLEMS: ReadonlySet<FindingCode> = new Set<FindingCode>(['binding-flag', 'data-lag', 'baseline-from-data']);

function adviceSection(ctx: ReportContext, heading: string): Section {
  return {
    id: 'advice',
    blocks: [
      { kind: 'heading', level: 1, text: heading },
      ...(['lagging', 'data', 'other'] as const).map((key) => ({ kind: 'placeholder' as const, id: `advice.${key}`, heading: ctx.t(`report.advice.${key}`), text: '', lines: 4 })),
    ],
  };
}

/** A value's source as the annex cites it: the publication first, the file and cell it was read from beneath. */
function sourceText(ctx: ReportContext, o: ObservationInput): string {
  const s = o.source;
  if (!s) return DASH;
  const cell = s.cell ? ctx.t('report.sourceCell', { file: s.fileName, sheet: s.sheet, cell: s.cell, time: s.importedAt.slice(0, 16).replace('T', ' ') }) : '';
  if (s.citation) return cell ? `${s.citation}\n${cell}` : s.citation;
  return cell || DASH;
}

function appendixSection(ctx: ReportContext): Section {
  const { evaluation, plan, options } = ctx.input;
  const c = (key: string) => ctx.t(`report.col.${key}`);
  const regions = [ctx.whole, ...(options.includeRegions ? plan.regions.filter((r) => !r.whole).map((r) => r.name) : [])];
  const dataRows = ctx.indicators.flatMap((indicator) =>
    regions.flatMap((region) =>
      ctx.points(indicator.id, region).map((o) => [
        ctx.t('report.withAside', { text: indicator.name, aside: indicator.unit }),
        region,
        String(o.year),
        formatValue(o.value, indicator.precision),
        sourceText(ctx, o),
        o.illustrative ? ctx.t('common.sampleMark') : '',
      ]),
    ),
  );
  // methodology() lists its rules by heading: find each rule the appendix states by its heading.
  const method = methodology(evaluation.settings, ctx.lang);
  const rules = RULES_IN_APPENDIX.map((key) => ({ key, rule: method.rules.find((r) => r.heading === ctx.t(`attain.method.${key}.heading`))! }));
  const findings = findingsInScope(ctx);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: ctx.t('report.section.appendix') },
    ...(ctx.input.round ? [roundStampParagraph(ctx.input.round, ctx.lang)] : []),
    { kind: 'heading', level: 2, text: ctx.t('report.appendix.data') },
    {
      kind: 'table',
      id: 'table.data',
      title: ctx.nextTable(ctx.t('report.appendix.data').replace(/^\S+\s/, '')),
      header: [c('indicator'), c('region'), c('year'), c('value'), c('source'), c('sample')],
      rows: dataRows,
      repeatHeader: true,
      widths: [26, 9, 7, 10, 34, 9],
      noWrap: [1, 2, 3, 5],
    },
    { kind: 'heading', level: 2, text: ctx.t('report.appendix.method') },
    ...rules.map(({ key, rule }) => plainParagraph(`rule.${key}`, ctx.t('report.ruleLine', { heading: rule.heading, text: rule.text }))),
    { kind: 'heading', level: 2, text: ctx.t('report.appendix.quality') },
  ];
  if (findings.length === 0) blocks.push(plainParagraph('quality.none', ctx.t('report.noFindings')));
  else {
    blocks.push({
      kind: 'table',
      id: 'table.findings',
      title: ctx.nextTable(ctx.t('report.appendix.quality').replace(/^\S+\s/, '')),
      header: [c('finding'), c('message')],
      rows: findings.map((f) => [ctx.t(`report.finding.${f.code}`), f.message]),
      repeatHeader: true,
      widths: [16, 84],
    });
  }
  if (ctx.input.diff) blocks.push(...roundDiffBlocks(ctx.input.diff, ctx.lang, ctx.t('round.annex.heading'), (title) => ctx.nextTable(title)));
  return { id: 'appendix', blocks };
}

function formatDate(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(bilingual('report.error.date', { date: iso }));
  const [, year, month, day] = match;
  return lang === 'zh' ? t('report.date', lang, { year, month: Number(month), day: Number(day) }) : t('report.date', lang, { year, month, day });
}

/** Drafts the whole report from one evaluation; deterministic for the same input. */
export function buildReport(input: BuildReportInput): ReportDocument {
  const { plan, options } = input;
  const ctx = new ReportContext(input);
  const lang = options.lang;
  const type = options.type;
  const title = options.title ?? t(`report.title.${type}`, lang, { plan: plan.name, year: options.asOf });
  const subtitle =
    type === 'annual'
      ? t('report.subtitle.annual', lang, { year: options.asOf })
      : t('report.subtitle.span', lang, { from: plan.period.start, to: type === 'final' ? plan.period.end : options.asOf });

  const parts: ((heading: string) => Section | null)[] = [
    (h) => withRevisions(ctx, methodSection({ settings: input.evaluation.settings, indicators: ctx.indicators, lang }, h)),
    (h) => overallSection(ctx, h),
    (h) => indicatorsSection(ctx, h),
    (h) => categoriesSection(ctx, h),
    (h) => regionsSection(ctx, h),
    (h) => (input.tasks ? tasksSection(ctx.tasksContext(), input.tasks, h) : null),
    (h) => problemsSection(ctx, h),
    (h) => adviceSection(ctx, h),
  ];
  const headings = [
    'reportLayout.method.title',
    type === 'final' ? 'report.section.overallFinal' : 'report.section.overall',
    type === 'annual' ? 'report.section.indicatorsAnnual' : 'report.section.indicators',
    'report.section.categories',
    'report.section.regions',
    'tasksReport.report.heading',
    'report.section.problems',
    'report.section.advice',
  ];
  const sections: Section[] = [];
  parts.forEach((part, i) => {
    const section = part(headingNumber(lang, sections.length, t(headings[i], lang), 1));
    if (section) sections.push(section);
  });
  sections.push(appendixSection(ctx));
  if (input.tasks) sections.push(annexSection(ctx.tasksContext(), input.tasks));
  return { title, subtitle, date: formatDate(options.date, lang), unit: options.unit?.trim() ?? '', lang, sections };
}
