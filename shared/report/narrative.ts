// Drafted sentences: deterministic, and every number in them taken from the evaluation and written at its precision.
import { averageAnnualGrowth, formatRaw, percentText, planQuantityText, quantityText, stepText } from '../attain';
import { t, type Language } from '../i18n';
import type { Indicator, IndicatorResult, StatusCode, YearValue } from '../model';
import { targetText } from './revisions';

/** A drafted text and the fingerprint of what it states (message keys and figures), compared on refresh. */
export interface Draft {
  text: string;
  figures: string;
}

/** Collects sentence parts; the fingerprint records every message key and parameter but the indicator's name. */
class Drafter {
  private parts: string[] = [];
  private figures: string[] = [];
  constructor(private lang: Language) {}
  add(key: string, params: Record<string, string | number> = {}): this {
    this.parts.push(t(key, this.lang, params));
    this.figures.push(key.replace(/^report\.\w+\./, ''));
    for (const [name, value] of Object.entries(params)) if (name !== 'name' && name !== 'sep') this.figures.push(`${name}=${value}`);
    return this;
  }
  done(): Draft {
    return { text: this.parts.join(''), figures: this.figures.join('|') };
  }
}

export interface IndicatorNarrativeInput {
  indicator: Indicator;
  result: IndicatorResult;
  asOf: number;
  lang: Language;
  /** Any value the sentence states is 示例数据. */
  illustrative: boolean;
  /** The first year with a value up to asOf: where a monitoring indicator's trend starts. */
  firstYear: number | null;
}

/** The sentence for one indicator's whole-area result, covering every status. */
export function indicatorNarrative({ indicator, result, asOf, lang, illustrative, firstYear }: IndicatorNarrativeInput): Draft {
  const d = new Drafter(lang);
  const name = indicator.name;
  const latest = result.latest;
  if (!latest) return d.add('report.n.noData', { name, asOf }).done();

  if (result.status === 'monitoring') {
    const value = quantityText(latest.value, indicator, lang);
    if (result.trend !== null && firstYear !== null) {
      d.add('report.n.monitoringTrend', { name, year: latest.year, value, from: firstYear, rate: percentText(result.trend) });
    } else d.add('report.n.monitoring', { name, year: latest.year, value });
  } else if (result.status === 'achieved') {
    achievedSentence(d, indicator, result, latest, lang);
  } else {
    progressSentence(d, indicator, result, latest, lang);
  }
  if (illustrative) d.add('report.n.illustrative');
  if (result.revision && result.target) {
    const { effectiveYear, originalTarget, basis } = result.revision;
    d.add('revision.report.narrative', { year: effectiveYear, revised: targetText(indicator, result.target), original: targetText(indicator, originalTarget), basis });
  }
  if (result.dataLag) d.add('report.n.dataLag', { year: latest.year, asOf });
  return d.done();
}

function achievedSentence(d: Drafter, indicator: Indicator, result: IndicatorResult, latest: YearValue, lang: Language): void {
  const target = result.target!;
  const early = result.achievedEarly ? 'Early' : '';
  const name = indicator.name;
  if (indicator.kind === 'cumulative') {
    d.add(`report.n.achieved${early}Cumulative`, {
      name,
      from: result.baselineYear + 1,
      year: Math.min(latest.year, target.year),
      value: quantityText(result.runningSum ?? latest.value, indicator, lang),
      target: planQuantityText(target.value, indicator, lang),
    });
  } else if (indicator.kind === 'growth') {
    d.add(`report.n.achieved${early}Growth`, {
      name,
      from: result.baselineYear,
      year: latest.year,
      rate: percentText(averageAnnualGrowth(result.baseline!, latest)!),
      target: `${formatRaw(target.value)}%`,
    });
  } else {
    d.add(`report.n.achieved${early}`, {
      name,
      year: latest.year,
      value: quantityText(latest.value, indicator, lang),
      target: planQuantityText(target.value, indicator, lang),
    });
  }
}

const PROGRESS_KEYS: Partial<Record<StatusCode, string>> = {
  ahead: 'report.n.ahead',
  'on-track': 'report.n.on-track',
  lagging: 'report.n.lagging',
  'seriously-lagging': 'report.n.seriously-lagging',
  stagnant: 'report.n.stagnant',
  regressing: 'report.n.regressing',
};

function progressSentence(d: Drafter, indicator: Indicator, result: IndicatorResult, latest: YearValue, lang: Language): void {
  const name = indicator.name;
  const target = result.target!;
  const targetText = indicator.kind === 'growth' ? `${formatRaw(target.value)}%` : planQuantityText(target.value, indicator, lang);
  if (indicator.kind === 'cumulative') {
    const sum = result.runningSum ?? 0;
    d.add('report.n.cumulative', { name, from: result.baselineYear + 1, year: latest.year, value: quantityText(sum, indicator, lang) });
  } else if (indicator.kind === 'growth' && result.baseline) {
    const rate = averageAnnualGrowth(result.baseline, latest);
    d.add('report.n.growth', { name, year: latest.year, value: quantityText(latest.value, indicator, lang), from: result.baselineYear, rate: rate === null ? '—' : percentText(rate) });
  } else {
    d.add('report.n.level', { name, year: latest.year, value: quantityText(latest.value, indicator, lang) });
  }

  const progressKey = PROGRESS_KEYS[result.status];
  if (progressKey && result.completion !== null && result.timeProgress !== null) {
    d.add(progressKey, { completion: percentText(result.completion), time: percentText(result.timeProgress) });
    // The plan gives no baseline value: the reader is told where x0 came from (METHOD.md).
    if (result.baseline && result.findings.some((f) => f.code === 'baseline-from-data')) {
      d.add('report.n.baselineFromData', { year: result.baseline.year, value: quantityText(result.baseline.value, indicator, lang) });
    }
  } else {
    d.add(notAssessableReason(indicator, result));
    if (indicator.kind === 'level') {
      d.add('report.n.gap', { target: targetText, gap: stepText(Math.abs(target.value - latest.value), indicator, lang) });
    }
  }

  const projection = result.projection;
  if (projection && projection.base) {
    const base = projection.base;
    const projected = quantityText(projection.value, indicator, lang);
    if (indicator.kind === 'cumulative') {
      d.add('report.n.cumulativeProjection', { from: result.baselineYear + 1, year: projection.year, value: projected });
    } else if (projection.method === 'cagr') {
      const rate = averageAnnualGrowth(base, latest) ?? 0;
      d.add(rate < 0 ? 'report.n.cagrProjectionDown' : 'report.n.cagrProjection', { from: base.year, rate: percentText(Math.abs(rate)), year: projection.year, value: projected });
    } else {
      const step = (latest.value - base.value) / (latest.year - base.year);
      d.add(step < 0 ? 'report.n.linearProjectionDown' : 'report.n.linearProjection', { from: base.year, step: stepText(Math.abs(step), indicator, lang), year: projection.year, value: projected });
    }
    d.add(projection.achieved ? 'report.n.canMeet' : 'report.n.cannotMeet', { target: targetText });
  }

  const required = result.required;
  if (required && !(projection?.achieved ?? false)) {
    const sep = t(projection ? 'report.n.sepAfterProjection' : 'report.n.sepAfterStatus', lang);
    const from = latest.year + 1;
    const to = target.year;
    if (required.method === 'cagr') {
      const params = { sep, from, to, rate: percentText(required.value) };
      d.add(from === to ? 'report.n.requiredCagrOneYear' : 'report.n.requiredCagr', params);
    } else if (required.method === 'linear') {
      d.add(required.value < 0 ? 'report.n.requiredLinearDown' : 'report.n.requiredLinear', { sep, from, to, step: stepText(Math.abs(required.value), indicator, lang) });
    } else {
      d.add('report.n.requiredCumulative', { sep, from, to, step: quantityText(required.value, indicator, lang) });
    }
  }
  d.add('report.n.end');
}

function notAssessableReason(indicator: Indicator, result: IndicatorResult): string {
  if (indicator.kind !== 'cumulative' && result.baseline === null) return 'report.n.noBaseline';
  if (result.timeProgress === 0 || result.timeProgress === null) return 'report.n.baseYearOnly';
  return 'report.n.targetEqualsBaseline';
}
