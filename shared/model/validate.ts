// The rules an indicator must satisfy before it is saved, whether typed in the editor or read from a plan sheet.
import { t, type Language } from '../i18n';
import { AGGREGATIONS, COMPARATORS, INDICATOR_KINDS, NATURES, type Indicator, type Plan, type Target, type TargetRevision } from './plan';

/** One broken rule: which field, and the dictionary key and parameters of the message. */
export interface FieldError {
  /** 'id', 'name', 'unit', 'category', 'precision', 'baseline.year', 'baseline.value', 'target.year',
   *  'target.value', 'target.lo', 'target.hi', 'comparator', 'direction', 'kind', 'nature', 'weight', 'aggregation'. */
  field: string;
  key: string;
  params: Record<string, string | number>;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/i;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const MAX_PRECISION = 6;

/** Checks one indicator; `others` are the plan's other indicators, for the unique-id rule (the indicator itself, if among them, is skipped). */
export function validateIndicator(indicator: Indicator, others: Indicator[]): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, key: string, params: Record<string, string | number> = {}) => errors.push({ field, key, params });

  const id = indicator.id.trim();
  if (id === '') fail('id', 'plan.error.idEmpty');
  else if (!ID_PATTERN.test(id)) fail('id', 'plan.error.idPattern', { value: indicator.id });
  else if (others.some((other) => other !== indicator && other.id.trim().toLowerCase() === id.toLowerCase())) {
    fail('id', 'plan.error.idDuplicate', { value: indicator.id });
  }
  if (indicator.name.trim() === '') fail('name', 'plan.error.nameEmpty');
  if (indicator.unit.trim() === '') fail('unit', 'plan.error.unitEmpty');
  if (indicator.category.trim() === '') fail('category', 'plan.error.categoryEmpty');
  if (!Number.isInteger(indicator.precision) || indicator.precision < 0 || indicator.precision > MAX_PRECISION) {
    fail('precision', 'plan.error.precision', { value: String(indicator.precision) });
  }

  const { baseline, target } = indicator;
  const baselineYearOk = baseline !== null && checkYear(baseline.year, 'baseline.year', fail);
  if (baseline !== null) checkNumber(baseline.value, 'baseline.value', fail);
  if (target !== null) {
    if (!COMPARATORS.includes(target.comparator)) fail('comparator', 'plan.error.comparator', { value: String(target.comparator) });
    if (checkYear(target.year, 'target.year', fail) && baselineYearOk && target.year <= baseline.year) {
      fail('target.year', 'plan.error.targetBeforeBaseline', { targetYear: target.year, baselineYear: baseline.year });
    }
    if (target.comparator === 'range') {
      const loOk = checkNumber(target.lo, 'target.lo', fail);
      const hiOk = checkNumber(target.hi, 'target.hi', fail);
      if (loOk && hiOk && target.lo > target.hi) fail('target.lo', 'plan.error.rangeReversed', { lo: target.lo, hi: target.hi });
    } else if ('value' in target) {
      checkNumber(target.value, 'target.value', fail);
    }
  }

  if (indicator.direction !== 1 && indicator.direction !== -1) fail('direction', 'plan.error.direction', { value: String(indicator.direction) });
  if (!INDICATOR_KINDS.includes(indicator.kind)) fail('kind', 'plan.error.kind', { value: String(indicator.kind) });
  if (!NATURES.includes(indicator.nature)) fail('nature', 'plan.error.nature', { value: String(indicator.nature) });
  if (!AGGREGATIONS.includes(indicator.aggregation)) fail('aggregation', 'plan.error.aggregation', { value: String(indicator.aggregation) });
  if (!(Number.isFinite(indicator.weight) && indicator.weight > 0)) fail('weight', 'plan.error.weight', { value: String(indicator.weight) });
  return errors;
}

/**
 * Checks one target revision of an indicator whose plan target is `target`, in a plan running over `period`; `n` is
 * the revision's place in the indicator's list (1-based), named in every message. Fields: 'revision.target',
 * 'revision.effectiveYear', 'revision.comparator', 'revision.value', 'revision.lo', 'revision.hi', 'revision.reason',
 * 'revision.basis', 'revision.recordedAt'.
 */
export function validateRevision(revision: TargetRevision, target: Target | null, period: Plan['period'], n: number): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, key: string, params: Record<string, string | number> = {}) => errors.push({ field, key, params: { n, ...params } });
  if (target === null) fail('revision.target', 'revision.error.noTarget');
  const year = revision.effectiveYear;
  if (!(Number.isInteger(year) && year >= period.start && year <= period.end)) {
    fail('revision.effectiveYear', 'revision.error.effectiveYear', { value: String(year), start: period.start, end: period.end });
  }
  const revised = revision.target;
  const finite = (value: number, field: string) => {
    const ok = Number.isFinite(value);
    if (!ok) fail(field, 'revision.error.notFinite', { value: String(value) });
    return ok;
  };
  if (!COMPARATORS.includes(revised.comparator)) fail('revision.comparator', 'revision.error.comparator', { value: String(revised.comparator) });
  else if (revised.comparator === 'range') {
    if (finite(revised.lo, 'revision.lo') && finite(revised.hi, 'revision.hi') && revised.lo > revised.hi) {
      fail('revision.lo', 'revision.error.rangeReversed', { lo: revised.lo, hi: revised.hi });
    }
  } else finite(revised.value, 'revision.value');
  if (revision.reason.trim() === '') fail('revision.reason', 'revision.error.reasonEmpty');
  if (revision.basis.trim() === '') fail('revision.basis', 'revision.error.basisEmpty');
  if (!/^\d{4}-\d{2}-\d{2}/.test(revision.recordedAt) || Number.isNaN(Date.parse(revision.recordedAt))) {
    fail('revision.recordedAt', 'revision.error.recordedAt', { value: revision.recordedAt });
  }
  return errors;
}

/** Checks every indicator of a plan, including that its category is one of the plan's and its target revisions; lists only indicators with errors. */
export function validatePlan(plan: Plan): { indicatorId: string; errors: FieldError[] }[] {
  return plan.indicators
    .map((indicator) => {
      const errors = validateIndicator(indicator, plan.indicators);
      if (indicator.category.trim() !== '' && !plan.categories.includes(indicator.category)) {
        errors.push({ field: 'category', key: 'plan.error.categoryUnknown', params: { value: indicator.category } });
      }
      indicator.revisions?.forEach((revision, i) => errors.push(...validateRevision(revision, indicator.target, plan.period, i + 1)));
      return { indicatorId: indicator.id, errors };
    })
    .filter((entry) => entry.errors.length > 0);
}

/** The message of a field error in the given language. */
export function describeFieldError(error: FieldError, lang: Language): string {
  return t(error.key, lang, error.params);
}

type Fail = (field: string, key: string, params?: Record<string, string | number>) => void;

function checkYear(year: number, field: string, fail: Fail): boolean {
  const ok = Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
  if (!ok) fail(field, 'plan.error.year', { value: String(year) });
  return ok;
}

function checkNumber(value: number, field: string, fail: Fail): boolean {
  const ok = Number.isFinite(value);
  if (!ok) fail(field, 'plan.error.notFinite', { value: String(value) });
  return ok;
}
