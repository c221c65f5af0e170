// The target-revision form: every field as typed, and the conversion to a TargetRevision. Numbers that do not parse
// become NaN, so validateRevision reports them at their field.
import type { Comparator, Indicator, Plan, TargetRevision } from '../../../../shared/model';
import { parseNumber } from './indicator-form';

export interface RevisionForm {
  effectiveYear: string;
  comparator: Comparator;
  value: string;
  lo: string;
  hi: string;
  reason: string;
  basis: string;
}

/** A new revision's starting form: the plan target's comparator and value, effective this year (kept within the plan period). */
export function blankRevisionForm(indicator: Indicator, plan: Plan, thisYear: number): RevisionForm {
  const target = indicator.target;
  const year = Math.min(Math.max(thisYear, plan.period.start), plan.period.end);
  return {
    effectiveYear: String(year),
    comparator: target?.comparator ?? '>=',
    value: target && target.comparator !== 'range' ? String(target.value) : '',
    lo: target?.comparator === 'range' ? String(target.lo) : '',
    hi: target?.comparator === 'range' ? String(target.hi) : '',
    reason: '',
    basis: '',
  };
}

/** The revision the form describes, recorded at `recordedAt` (not yet validated). */
export function revisionFromForm(form: RevisionForm, recordedAt: string): TargetRevision {
  return {
    effectiveYear: parseNumber(form.effectiveYear),
    target: form.comparator === 'range' ? { comparator: 'range', lo: parseNumber(form.lo), hi: parseNumber(form.hi) } : { comparator: form.comparator, value: parseNumber(form.value) },
    reason: form.reason.trim(),
    basis: form.basis.trim(),
    recordedAt,
  };
}
