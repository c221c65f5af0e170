// One evaluation's results, indicator by indicator: the whole area, every region, the region ranking and the
// region-sum findings. A method called once per indicator rather than one loop inside evaluate(), so that the
// engine compiles it once and keeps it compiled from one evaluation to the next.
import type { AppliedRevision, EvaluationSettings, Finding, Indicator, IndicatorBenchmarks, IndicatorResult, Plan, RegionRanking } from '../model';
import { assess, baselineYear, fixedTarget } from './assess';
import { regionSums, type PointRange, type SeriesContext } from './quality';
import { RegionRanker } from './rankings';
import { endUpTo, type Conflict, type SeriesTable } from './series';
import { Point } from './output-objects';
import { targetInForce, type ResolvedTarget } from './target';

const NO_CONFLICTS: readonly Conflict[] = [];

/** The results of one evaluation, filled in by add() for each indicator of the plan in turn. */
export class IndicatorResults {
  readonly indicators: IndicatorResult[] = [];
  readonly regions: IndicatorResult[] = [];
  readonly rankings: RegionRanking[] = [];
  readonly benchmarks: IndicatorBenchmarks[] = [];
  readonly findings: Finding[] = [];
  private readonly parts: string[];
  // The plan's regions by number in the table (a region without data: one past the last number, which no series
  // has), and which numbers the plan lists: any other region of an indicator is a benchmark, never assessed.
  private readonly wholeNumber: number;
  private readonly partNumbers: number[];
  private readonly listed: Uint8Array;
  /** The current indicator's series by region number; -1 elsewhere. One past the last region: never a series. */
  private readonly seriesIn: Int32Array;
  // Each region's points up to asOf, for the region-sum check; refilled for every indicator.
  private readonly wholeRange: PointRange = { first: 0, end: 0 };
  private readonly partRanges: PointRange[];
  private readonly ranker = new RegionRanker();

  constructor(
    private readonly plan: Plan,
    private readonly whole: string,
    private readonly table: SeriesTable,
    private readonly settings: EvaluationSettings,
  ) {
    const { index } = table;
    const absent = index.regionNames.length;
    this.parts = plan.regions.filter((r) => !r.whole).map((r) => r.name);
    this.wholeNumber = index.regionNumbers.get(whole) ?? absent;
    this.partNumbers = this.parts.map((region) => index.regionNumbers.get(region) ?? absent);
    this.listed = new Uint8Array(absent + 1);
    this.listed[this.wholeNumber] = 1;
    for (const n of this.partNumbers) this.listed[n] = 1;
    this.seriesIn = new Int32Array(absent + 1).fill(-1);
    this.partRanges = this.parts.map(() => ({ first: 0, end: 0 }));
  }

  /** Assess `planned` for the whole area, then its regions in the plan's order; list any region the plan does not have as a benchmark. */
  add(planned: Indicator): void {
    const { table, seriesIn, parts, partRanges, wholeRange } = this;
    // Assessed against the target in force at the evaluation year; its results say when that is a revision.
    const inForce = targetInForce(planned, this.settings.asOf);
    const revision = inForce?.revision ?? null;
    const indicator = inForce && revision ? { ...planned, target: inForce.target } : planned;
    const { index } = table;
    const number = index.indicatorNumbers.get(indicator.id);
    const firstSeries = number === undefined ? -1 : index.firstOfIndicator[number];
    for (let s = firstSeries; s >= 0; s = index.nextOfIndicator[s]) seriesIn[index.regionOf[s]] = s;
    const fixed = fixedTarget(indicator);
    // Pointed at each series of the indicator in turn: the checks read it and never keep it.
    const context: SeriesContext = { indicator, region: this.whole, table, first: 0, end: 0, baseYear: baselineYear(indicator, this.plan.baseYear) };
    const wholeResult = assess(context, this.select(context, this.whole, seriesIn[this.wholeNumber]), true, this.settings, fixed);
    if (revision) wholeResult.revision = revision;
    this.indicators.push(wholeResult);
    wholeRange.first = context.first;
    wholeRange.end = context.end;

    for (let i = 0; i < parts.length; i++) {
      const conflicts = this.select(context, parts[i], seriesIn[this.partNumbers[i]]);
      partRanges[i].first = context.first;
      partRanges[i].end = context.end;
      this.assessRegion(context, conflicts, fixed, revision);
    }
    let benchmarks: IndicatorBenchmarks | null = null;
    for (let s = firstSeries; s >= 0; s = index.nextOfIndicator[s]) {
      const region = index.regionOf[s];
      seriesIn[region] = -1;
      if (this.listed[region]) continue;
      const end = endUpTo(table, s, this.settings.asOf);
      if (end === table.start[s]) continue;
      benchmarks ??= { indicatorId: indicator.id, entries: [] };
      benchmarks.entries.push({ region: index.regionNames[region], latest: new Point(table.year[end - 1], table.value[end - 1]) });
    }
    if (benchmarks) this.benchmarks.push(benchmarks);
    const ranking = this.ranker.rank(indicator);
    if (ranking) this.rankings.push(ranking);
    regionSums(indicator, table, this.whole, wholeRange, parts, partRanges, this.settings.quality.regionSumTolerance, this.findings);
  }

  /** Point `context` at `region`'s series s (-1: none) up to the evaluation year; returns the series' conflicts. */
  private select(context: SeriesContext, region: string, s: number): readonly Conflict[] {
    const { table } = this;
    context.region = region;
    context.first = s < 0 ? 0 : table.start[s];
    context.end = s < 0 ? 0 : endUpTo(table, s, this.settings.asOf);
    return s < 0 || table.conflicts.size === 0 ? NO_CONFLICTS : (table.conflicts.get(s) ?? NO_CONFLICTS);
  }

  /** Assess the region `context` points at when it has data up to the evaluation year, and enter it in the ranking. */
  private assessRegion(context: SeriesContext, conflicts: readonly Conflict[], fixed: ResolvedTarget | null, revision: AppliedRevision | null): void {
    if (context.end === context.first) return;
    const result = assess(context, conflicts, false, this.settings, fixed);
    if (revision) result.revision = revision;
    this.regions.push(result);
    this.ranker.enter(context.region, result.latest!, this.table, context.first, context.end, context.baseYear);
  }
}
