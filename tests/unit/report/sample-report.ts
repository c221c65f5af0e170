// The built-in plan evaluated on its sample data at 2023, and the 中期 report drafted from it: the fixture of these tests.
import { evaluate } from '../../../shared/attain';
import { defaultSettings, type ObservationInput, valueSet } from '../../../shared/model';
import { GZ_SAMPLE_AS_OF, gzSampleObservations } from '../../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { buildReport } from '../../../shared/report/build';
import type { ReportOptions } from '../../../shared/report/model';

export const IMPORTED_AT = '2024-05-01T08:00:00.000Z';

export const MIDTERM: ReportOptions = { type: 'midterm', asOf: GZ_SAMPLE_AS_OF, categories: 'all', includeRegions: true, lang: 'zh', date: '2024-06-01' };

/** Plan, observations, evaluation and report; `change` edits the observations first (e.g. a corrected value). */
export function sampleReport(options: Partial<ReportOptions> = {}, change: (o: ObservationInput[]) => ObservationInput[] = (o) => o) {
  const plan = guangzhouPlan();
  const observations = change(gzSampleObservations(IMPORTED_AT));
  const full = { ...MIDTERM, ...options };
  const evaluation = evaluate(plan, valueSet(observations), defaultSettings(full.asOf));
  const doc = buildReport({ plan, evaluation, values: valueSet(observations), options: full });
  return { plan, observations, evaluation, doc };
}

/** The observations with one whole-area value replaced. */
export function withValue(indicatorId: string, year: number, value: number) {
  return (observations: ObservationInput[]) =>
    observations.map((o) => (o.indicatorId === indicatorId && o.region === '全市' && o.year === year ? { ...o, value } : o));
}
