// Two rounds compared (e.g. 2022年年度监测 → 中期评估): per indicator its figures then and now, and which values were
// revised between them (the same place holding a different value or coming from a different cell).
import { valueKey } from '../base';
import type { IndicatorResult, Observation, StatusCode, YearValue } from '../model';
import type { Round, RoundStamp } from './model';
import { roundStamp } from './model';
import { roundValueAt, roundValueCount } from './values';

/** One indicator's whole-area figures in one round. */
export interface RoundFigures {
  latest: YearValue | null;
  status: StatusCode;
  achievedEarly: boolean;
  completion: number | null;
  score: number | null;
}

export interface IndicatorChange {
  indicatorId: string;
  /** As the later round's plan names it (the earlier's when only it has the indicator). */
  name: string;
  unit: string;
  precision: number;
  /** null when the round's plan has no such indicator. */
  then: RoundFigures | null;
  now: RoundFigures | null;
  /** The status or the completion differ. */
  changed: boolean;
}

/** A place (indicator, region, year) whose value the two rounds hold differently. */
export interface RevisedValue {
  indicatorId: string;
  region: string;
  year: number;
  then: Observation;
  now: Observation;
  /** The number itself changed (初步数 → 核实数); otherwise only where it came from did. */
  valueChanged: boolean;
}

export interface RoundDiff {
  then: RoundStamp;
  now: RoundStamp;
  indicators: IndicatorChange[];
  /** In the later round's value order. */
  revised: RevisedValue[];
}

function figures(result: IndicatorResult): RoundFigures {
  return { latest: result.latest, status: result.status, achievedEarly: result.achievedEarly, completion: result.completion, score: result.score };
}

/** The value each place uses in a round: the last of its values there, as the engine reads them. */
function valuesByPlace(round: Round): Map<string, Observation> {
  const byPlace = new Map<string, Observation>();
  const values = round.inputs.values;
  for (let i = 0; i < roundValueCount(values); i++) {
    const o = roundValueAt(values, i, round.projectId);
    byPlace.set(valueKey(o.indicatorId, o.region, o.year), o);
  }
  return byPlace;
}

const sameSource = (a: Observation, b: Observation) => a.source.fileHash === b.source.fileHash && a.source.sheet === b.source.sheet && a.source.cell === b.source.cell;

/** What changed from round `then` to round `now`; indicators in the later round's plan order, then any only the earlier has. */
export function diffRounds(then: Round, now: Round): RoundDiff {
  const resultOf = (round: Round, id: string) => round.evaluation.indicators.find((r) => r.indicatorId === id);
  const planIndicators = [...now.inputs.plan.indicators, ...then.inputs.plan.indicators.filter((i) => !now.inputs.plan.indicators.some((n) => n.id === i.id))];
  const indicators = planIndicators.map((indicator): IndicatorChange => {
    const a = resultOf(then, indicator.id);
    const b = resultOf(now, indicator.id);
    const before = a ? figures(a) : null;
    const after = b ? figures(b) : null;
    const changed = !before || !after || before.status !== after.status || before.achievedEarly !== after.achievedEarly || before.completion !== after.completion;
    return { indicatorId: indicator.id, name: indicator.name, unit: indicator.unit, precision: indicator.precision, then: before, now: after, changed };
  });
  const earlier = valuesByPlace(then);
  const revised: RevisedValue[] = [];
  for (const [key, o] of valuesByPlace(now)) {
    const old = earlier.get(key);
    if (!old || (old.value === o.value && sameSource(old, o))) continue;
    revised.push({ indicatorId: o.indicatorId, region: o.region, year: o.year, then: old, now: o, valueChanged: old.value !== o.value });
  }
  return { then: roundStamp(then), now: roundStamp(now), indicators, revised };
}
