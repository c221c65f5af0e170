// The evaluation settings: as-of year, status cut-offs, quality thresholds, coverage threshold, projection overrides.
import { useId, useState } from 'react';
import type { EvaluationSettings, Plan, ProjectionMethod } from '../../../../shared/model';
import { CancelSubmitButtons, Dialog } from '../../components';
import { useT } from '../../services';
import { CUTOFF_FIELDS, PERCENT_FIELDS, formFromSettings, settingsFromForm, settingsProblems, type SettingsField, type SettingsForm } from './settings-form';

export interface SettingsDialogProps {
  plan: Plan;
  settings: EvaluationSettings;
  years: number[];
  onSave(settings: EvaluationSettings): void;
  onCancel(): void;
}

/** The settings dialog; Save is refused while a field is invalid. */
export function SettingsDialog({ plan, settings, years, onSave, onCancel }: SettingsDialogProps) {
  const t = useT();
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const problems = settingsProblems(form);
  const asOfId = useId();

  const setField = (field: SettingsField, value: string) => setForm((f) => ({ ...f, fields: { ...f.fields, [field]: value } }));
  const setOverride = (id: string, method: ProjectionMethod | '') =>
    setForm((f) => {
      const projectionOverrides = { ...f.projectionOverrides };
      if (method) projectionOverrides[id] = method;
      else delete projectionOverrides[id];
      return { ...f, projectionOverrides };
    });
  const submit = () => {
    const next = settingsFromForm(form);
    if (next) onSave(next);
  };

  const field = (name: SettingsField, suffix?: string) => (
    <NumberField
      key={name}
      name={name}
      label={t(`dashboard.settings.${name}`)}
      suffix={suffix}
      value={form.fields[name]}
      problem={problems[name] ? t(problems[name]!.key, translateParams(problems[name]!.params, t)) : null}
      onChange={(v) => setField(name, v)}
    />
  );

  return (
    <Dialog
      title={t('dashboard.settings.title')}
      onCancel={onCancel}
      onSubmit={submit}
      wide
      actions={<CancelSubmitButtons onCancel={onCancel} submitLabel={t('ui.action.save')} submitDisabled={Object.keys(problems).length > 0} />}
    >
      <div className="settings-form" data-testid="settings-form">
        <div className="field">
          <label htmlFor={asOfId}>{t('dashboard.asOf')}</label>
          <select id={asOfId} className="select" value={form.asOf} onChange={(e) => setForm((f) => ({ ...f, asOf: Number(e.target.value) }))} data-autofocus>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="fieldset">
          <legend>{t('dashboard.settings.cutoffs')}</legend>
          <p className="form-note">{t('dashboard.settings.cutoffsNote')}</p>
          <div className="settings-grid">{CUTOFF_FIELDS.map((name) => field(name))}</div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('dashboard.settings.thresholds')}</legend>
          <div className="settings-grid">{PERCENT_FIELDS.map((name) => field(name, '%'))}</div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('dashboard.settings.overrides')}</legend>
          <p className="form-note">{t('dashboard.settings.overridesNote')}</p>
          <div className="overrides">
            {plan.indicators
              .filter((i) => i.target !== null)
              .map((i) => (
                <OverrideField key={i.id} label={i.name} value={form.projectionOverrides[i.id] ?? ''} onChange={(m) => setOverride(i.id, m)} />
              ))}
          </div>
        </fieldset>
      </div>
    </Dialog>
  );
}

function translateParams(params: Record<string, string | number> | undefined, t: (key: string) => string): Record<string, string | number> {
  // A field name travels as its message key and is shown in the user's language.
  return params ? { ...params, ...(typeof params.field === 'string' ? { field: t(params.field) } : {}) } : {};
}

function NumberField({ name, label, suffix, value, problem, onChange }: { name: string; label: string; suffix?: string; value: string; problem: string | null; onChange(v: string): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="input-with-suffix">
        <input
          id={id}
          name={name}
          className="input"
          inputMode="decimal"
          value={value}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {suffix && <span className="unit">{suffix}</span>}
      </span>
      {problem && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

function OverrideField({ label, value, onChange }: { label: string; value: string; onChange(m: ProjectionMethod | ''): void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="override">
      <label htmlFor={id} className="cell-ellipsis" title={label}>
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value as ProjectionMethod | '')}>
        <option value="">{t('dashboard.method.auto')}</option>
        <option value="cagr">{t('dashboard.method.cagr')}</option>
        <option value="linear">{t('dashboard.method.linear')}</option>
      </select>
    </div>
  );
}
