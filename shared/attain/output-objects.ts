// The objects an evaluation returns thousands of, built with `new` rather than as object literals. V8 moves a
// literal site whose objects outlive the young generation to allocating in the old one, and for an evaluation's
// ~12k results, latest values and ranking entries that made building them its largest cost (a CPU profile with
// and without --no-allocation-site-pretenuring shows it); constructed objects stay young. Each has the same own
// properties, in the same order, as the literal it replaces: JSON, structured clones and toEqual see the same data.
import type { CellRef, Finding, FindingCode, IndicatorResult, RegionRankEntry, StatusCode, YearValue } from '../model';

/** A year and its value. */
export class Point implements YearValue {
  year: number;
  value: number;
  constructor(year: number, value: number) {
    this.year = year;
    this.value = value;
  }
}

/** A result with nothing assessed yet: no baseline, target or attainment, status no-data. */
export class Result implements IndicatorResult {
  indicatorId: string;
  region: string;
  baseline: IndicatorResult['baseline'] = null;
  baselineYear: number;
  target: IndicatorResult['target'] = null;
  latest: YearValue | null;
  runningSum: number | null = null;
  completion: number | null = null;
  timeProgress: number | null = null;
  pace: number | null = null;
  status: StatusCode = 'no-data';
  achievedEarly = false;
  projection: IndicatorResult['projection'] = null;
  required: IndicatorResult['required'] = null;
  score: number | null = null;
  trend: number | null;
  dataLag: boolean;
  redFlag = false;
  findings: IndicatorResult['findings'];
  constructor(indicatorId: string, region: string, baselineYear: number, latest: YearValue | null, trend: number | null, dataLag: boolean, findings: IndicatorResult['findings']) {
    this.indicatorId = indicatorId;
    this.region = region;
    this.baselineYear = baselineYear;
    this.latest = latest;
    this.trend = trend;
    this.dataLag = dataLag;
    this.findings = findings;
  }
}

/** A region's ranking entry, not ranked yet. */
export class RankEntry implements RegionRankEntry {
  region: string;
  latest: YearValue | null;
  growth: number | null;
  rankByLatest: number | null = null;
  rankByGrowth: number | null = null;
  constructor(region: string, latest: YearValue | null, growth: number | null) {
    this.region = region;
    this.latest = latest;
    this.growth = growth;
  }
}

/** A finding: its code, its message and the cells it points at. */
export class FindingRecord implements Finding {
  code: FindingCode;
  message: string;
  cells: CellRef[];
  constructor(code: FindingCode, message: string, cells: CellRef[]) {
    this.code = code;
    this.message = message;
    this.cells = cells;
  }
}
