// The settings dialog's fields as text, and their check: a value that is not a usable setting is refused at its field.
import { formatRaw } from '../../../../shared/attain';
import type { EvaluationSettings, ProjectionMethod, StatusCutoffs } from '../../../../shared/model';

export const CUTOFF_FIELDS = ['ahead', 'onTrack', 'lagging', 'seriouslyLagging', 'stagnant'] as const satisfies readonly (keyof StatusCutoffs)[];
/** Fields the user types as percentages (80 for 0.8). */
export const PERCENT_FIELDS = ['coverageThreshold', 'yoyThreshold', 'regionSumTolerance'] as const;

type CutoffField = (typeof CUTOFF_FIELDS)[number];
type PercentField = (typeof PERCENT_FIELDS)[number];
export type SettingsField = CutoffField | PercentField;

export interface SettingsForm {
  asOf: number;
  fields: Record<SettingsField, string>;
  /** Indicator id → forced method; absent means METHOD.md's choice. */
  projectionOverrides: Record<string, ProjectionMethod>;
}

/** A problem with one field: a message key of dashboard.settings.error.* and its parameters. */
export interface FieldProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** The form showing `settings` (percentages as 80, not 0.8). */
export function formFromSettings(settings: EvaluationSettings): SettingsForm {
  const percent = (fraction: number) => formatRaw(fraction * 100);
  return {
    asOf: settings.asOf,
    fields: {
      ...(Object.fromEntries(CUTOFF_FIELDS.map((f) => [f, formatRaw(settings.cutoffs[f])])) as Record<CutoffField, string>),
      coverageThreshold: percent(settings.coverageThreshold),
      yoyThreshold: percent(settings.quality.yoyThreshold),
      regionSumTolerance: percent(settings.quality.regionSumTolerance),
    },
    projectionOverrides: { ...settings.projectionOverrides },
  };
}

/** A decimal number as typed, or with the thousands separators the field shows (formatRaw); full-width digits and
 *  a leading + are not accepted: they are not what the field shows. */
function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d*)?$|^-?\.\d+$/.test(trimmed)) return null;
  return Number(trimmed.replaceAll(',', ''));
}

/** Each field's problem, if it has one; an empty object when the form is valid. */
export function settingsProblems(form: SettingsForm): Partial<Record<SettingsField, FieldProblem>> {
  const problems: Partial<Record<SettingsField, FieldProblem>> = {};
  let previous: { field: CutoffField; value: number } | null = null;
  for (const field of CUTOFF_FIELDS) {
    const value = parseNumber(form.fields[field]);
    if (value === null) problems[field] = { key: 'dashboard.settings.error.number' };
    else if (previous && value > previous.value) problems[field] = { key: 'dashboard.settings.error.order', params: { field: `dashboard.settings.${previous.field}`, value: formatRaw(previous.value) } };
    if (value !== null) previous = { field, value };
  }
  const percentRules: Record<PercentField, (v: number) => boolean> = {
    coverageThreshold: (v) => v >= 0 && v <= 100,
    yoyThreshold: (v) => v > 0,
    regionSumTolerance: (v) => v >= 0 && v < 100,
  };
  for (const field of PERCENT_FIELDS) {
    const value = parseNumber(form.fields[field]);
    if (value === null) problems[field] = { key: 'dashboard.settings.error.number' };
    else if (!percentRules[field](value)) problems[field] = { key: `dashboard.settings.error.${field}` };
  }
  return problems;
}

/** The settings the form describes, or null while any field has a problem. */
export function settingsFromForm(form: SettingsForm): EvaluationSettings | null {
  if (Object.keys(settingsProblems(form)).length > 0) return null;
  const n = (field: SettingsField) => parseNumber(form.fields[field])!;
  return {
    asOf: form.asOf,
    cutoffs: Object.fromEntries(CUTOFF_FIELDS.map((f) => [f, n(f)])) as unknown as StatusCutoffs,
    quality: { yoyThreshold: n('yoyThreshold') / 100, regionSumTolerance: n('regionSumTolerance') / 100 },
    coverageThreshold: n('coverageThreshold') / 100,
    projectionOverrides: { ...form.projectionOverrides },
  };
}
