// The dialog that records a target revision (指标动态调整) of one indicator; an invalid revision is refused with the
// message at its field, and nothing is saved.
import { useId, useState, type ReactNode } from 'react';
import { COMPARATORS, describeFieldError, type FieldError, type Indicator, type Plan, type TargetRevision, validateRevision } from '../../../../shared/model';
import { CancelSubmitButtons, Dialog } from '../../components';
import { useLanguage, useT } from '../../services';
import { describeTarget } from './describe';
import { blankRevisionForm, revisionFromForm, type RevisionForm } from './revision-form';

type Key = keyof RevisionForm;

/** Where each validation field's message is shown. */
const FIELD_OF_ERROR: Record<string, Key> = {
  'revision.effectiveYear': 'effectiveYear',
  'revision.comparator': 'comparator',
  'revision.value': 'value',
  'revision.lo': 'lo',
  'revision.hi': 'hi',
  'revision.reason': 'reason',
  'revision.basis': 'basis',
};

export interface RevisionEditorProps {
  plan: Plan;
  indicator: Indicator;
  onSave(revision: TargetRevision): void;
  onCancel(): void;
}

/** Records a revision; Save runs validateRevision against the indicator's plan target and the plan period. */
export function RevisionEditor({ plan, indicator, onSave, onCancel }: RevisionEditorProps) {
  const t = useT();
  const [lang] = useLanguage();
  const formId = useId();
  const [form, setForm] = useState(() => blankRevisionForm(indicator, plan, new Date().getFullYear()));
  const [errors, setErrors] = useState<FieldError[]>([]);

  const set = (key: Key) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((all) => all.filter((e) => FIELD_OF_ERROR[e.field] !== key));
  };
  const unplaced = errors.filter((e) => !FIELD_OF_ERROR[e.field]).map((e) => describeFieldError(e, lang));

  const save = () => {
    const revision = revisionFromForm(form, new Date().toISOString());
    const found = validateRevision(revision, indicator.target, plan.period, (indicator.revisions?.length ?? 0) + 1);
    if (found.length === 0) onSave(revision);
    else setErrors(found);
  };

  const field = (key: Key, label: string, control: (props: { id: string; invalid: boolean; describedBy?: string }) => ReactNode, span: 1 | 2 = 1) => {
    const id = `${formId}-${key}`;
    const messages = errors.filter((e) => FIELD_OF_ERROR[e.field] === key).map((e) => describeFieldError(e, lang));
    const describedBy = messages.length > 0 ? `${id}-error` : undefined;
    return (
      <div className={`field span-${span}`} data-field={key}>
        <label htmlFor={id}>{label}</label>
        {control({ id, invalid: messages.length > 0, describedBy })}
        {describedBy && (
          <p id={describedBy} className="field-error" role="alert">
            {messages.join(' ')}
          </p>
        )}
      </div>
    );
  };
  const input = (key: Key, inputMode?: 'numeric' | 'decimal', autoFocus?: boolean) => (p: { id: string; invalid: boolean; describedBy?: string }) => (
    <input
      id={p.id}
      className="input"
      value={form[key]}
      inputMode={inputMode}
      data-autofocus={autoFocus || undefined}
      aria-invalid={p.invalid || undefined}
      aria-describedby={p.describedBy}
      onChange={(e) => set(key)(e.target.value)}
    />
  );

  return (
    <Dialog
      wide
      title={t('revision.ui.title', { name: indicator.name })}
      onCancel={onCancel}
      onSubmit={save}
      actions={<CancelSubmitButtons onCancel={onCancel} submitLabel={t('revision.ui.record')} />}
    >
      <div className="editor" data-testid="revision-editor">
        <p className="form-note">{t('revision.ui.original', { target: describeTarget(indicator, t) })}</p>
        <p className="form-note">{t('revision.ui.note')}</p>
        {unplaced.length > 0 && (
          <p className="field-error" role="alert">
            {unplaced.join(' ')}
          </p>
        )}
        <div className="form-grid">
          {field('effectiveYear', t('revision.ui.field.effectiveYear'), input('effectiveYear', 'numeric', true))}
          {field('comparator', t('ui.field.comparator'), (p) => (
            <select id={p.id} className="select" value={form.comparator} aria-invalid={p.invalid || undefined} aria-describedby={p.describedBy} onChange={(e) => set('comparator')(e.target.value)}>
              {COMPARATORS.map((c) => (
                <option key={c} value={c}>
                  {t(`ui.comparator.${c}`)}
                </option>
              ))}
            </select>
          ))}
          {form.comparator !== 'range' && field('value', t('revision.ui.field.value'), input('value', 'decimal'))}
          {form.comparator === 'range' && field('lo', t('ui.field.targetLo'), input('lo', 'decimal'))}
          {form.comparator === 'range' && field('hi', t('ui.field.targetHi'), input('hi', 'decimal'))}
          {field('reason', t('revision.ui.field.reason'), input('reason'), 2)}
          {field('basis', t('revision.ui.field.basis'), input('basis'), 2)}
        </div>
      </div>
    </Dialog>
  );
}
