// The dialog that edits every field of one indicator; invalid edits are refused with the message at the field.
import { useId, useRef, useState, type ReactNode } from 'react';
import { AGGREGATIONS, COMPARATORS, describeFieldError, type FieldError, type Indicator, INDICATOR_KINDS, NATURES, type Plan, validateIndicator, validateRevision } from '../../../../shared/model';
import { CancelSubmitButtons, Dialog } from '../../components';
import { useLanguage, useT } from '../../services';
import { indicatorFromForm, type IndicatorForm } from './indicator-form';

export interface IndicatorEditorProps {
  plan: Plan;
  /** The indicator being edited; undefined when adding a new one. */
  original?: Indicator;
  initial: IndicatorForm;
  onSave(indicator: Indicator): void;
  onCancel(): void;
}

type Key = keyof IndicatorForm;

/** Where each validation field's message is shown. */
const FIELD_OF_ERROR: Record<string, Key> = {
  id: 'id',
  name: 'name',
  category: 'category',
  unit: 'unit',
  precision: 'precision',
  'baseline.year': 'baselineYear',
  'baseline.value': 'baselineValue',
  comparator: 'comparator',
  'target.year': 'targetYear',
  'target.value': 'targetValue',
  'target.lo': 'targetLo',
  'target.hi': 'targetHi',
  direction: 'direction',
  kind: 'kind',
  nature: 'nature',
  weight: 'weight',
  aggregation: 'aggregation',
};

/** Edits an indicator; Save runs validateIndicator against the plan's other indicators, and its revisions' checks. */
export function IndicatorEditor({ plan, original, initial, onSave, onCancel }: IndicatorEditorProps) {
  const t = useT();
  const [lang] = useLanguage();
  const formId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const set = (key: Key) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((all) => all.filter((e) => FIELD_OF_ERROR[e.field] !== key));
  };
  const messagesAt = (key: Key) => errors.filter((e) => FIELD_OF_ERROR[e.field] === key).map((e) => describeFieldError(e, lang));
  const unplaced = errors.filter((e) => !FIELD_OF_ERROR[e.field]).map((e) => describeFieldError(e, lang));

  const save = () => {
    const indicator = indicatorFromForm(form);
    // The indicator's target revisions stay with it (editIndicator), so they must still hold under the edited target.
    const found = [
      ...validateIndicator(
        indicator,
        plan.indicators.filter((i) => i !== original),
      ),
      ...(original?.revisions ?? []).flatMap((revision, i) => validateRevision(revision, indicator.target, plan.period, i + 1)),
    ];
    if (found.length === 0) {
      onSave(indicator);
      return;
    }
    setErrors(found);
    // Bring the first refused field into view so keyboard users land on the problem.
    requestAnimationFrame(() => {
      const invalid = bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      invalid?.focus();
      invalid?.closest('.field')?.scrollIntoView({ block: 'center' });
    });
  };

  const field = (key: Key, label: string, control: (props: ControlProps) => ReactNode, span: 1 | 2 | 4 = 1) => {
    const id = `${formId}-${key}`;
    const messages = messagesAt(key);
    const props: ControlProps = {
      id,
      value: form[key],
      onChange: set(key),
      invalid: messages.length > 0,
      describedBy: messages.length > 0 ? `${id}-error` : undefined,
    };
    return (
      <div className={`field span-${span}`} data-field={key}>
        <label htmlFor={id}>{label}</label>
        {control(props)}
        {messages.length > 0 && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {messages.join(' ')}
          </p>
        )}
      </div>
    );
  };

  const text = (props: ControlProps) => <TextInput {...props} />;
  const options = (values: readonly string[], labelOf: (v: string) => string) => (props: ControlProps) => (
    <select id={props.id} className="select" value={props.value} aria-invalid={props.invalid || undefined} aria-describedby={props.describedBy} onChange={(e) => props.onChange(e.target.value)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {labelOf(v)}
        </option>
      ))}
    </select>
  );

  return (
    <Dialog
      wide
      title={original ? t('ui.editor.editTitle', { name: original.name }) : t('ui.editor.addTitle')}
      onCancel={onCancel}
      onSubmit={save}
      actions={<CancelSubmitButtons onCancel={onCancel} submitLabel={t('ui.action.save')} />}
    >
      <div ref={bodyRef} className="editor" data-testid="indicator-editor">
        {unplaced.length > 0 && (
          <p className="field-error" role="alert">
            {unplaced.join(' ')}
          </p>
        )}
        <fieldset className="fieldset">
          <legend>{t('ui.editor.sectionBasics')}</legend>
          <div className="form-grid">
            {field('id', t('ui.field.id'), (p) => <TextInput {...p} autoFocus={!original} />)}
            {field('name', t('ui.field.name'), (p) => <TextInput {...p} autoFocus={!!original} />, 2)}
            {field('category', t('ui.field.category'), options(plan.categories, (c) => c))}
            {field('unit', t('ui.field.unit'), text)}
            {field('precision', t('ui.field.precision'), (p) => <TextInput {...p} inputMode="numeric" />)}
            {field('source', t('ui.field.source'), text, 2)}
            {field('definition', t('ui.field.definition'), (p) => <TextArea {...p} />, 2)}
            {field('aliases', t('ui.field.aliases'), (p) => <TextArea {...p} />, 2)}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('ui.editor.sectionTarget')}</legend>
          <div className="form-grid">
            {field('baselineYear', t('ui.field.baselineYear'), (p) => <TextInput {...p} inputMode="numeric" />)}
            {field('baselineValue', t('ui.field.baselineValue'), (p) => <TextInput {...p} inputMode="decimal" />)}
            <p className="form-note span-2">{t('ui.editor.baselineNote')}</p>
            {field('comparator', t('ui.field.comparator'), options(['none', ...COMPARATORS], (c) => t(`ui.comparator.${c}`)))}
            {form.comparator !== 'none' && field('targetYear', t('ui.field.targetYear'), (p) => <TextInput {...p} inputMode="numeric" />)}
            {form.comparator !== 'none' && form.comparator !== 'range' && field('targetValue', t('ui.field.targetValue'), (p) => <TextInput {...p} inputMode="decimal" />)}
            {form.comparator === 'range' && field('targetLo', t('ui.field.targetLo'), (p) => <TextInput {...p} inputMode="decimal" />)}
            {form.comparator === 'range' && field('targetHi', t('ui.field.targetHi'), (p) => <TextInput {...p} inputMode="decimal" />)}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('ui.editor.sectionMethod')}</legend>
          <div className="form-grid">
            {field('direction', t('ui.field.direction'), options(['1', '-1'], (d) => t(`ui.direction.${d}`)))}
            {field('kind', t('ui.field.kind'), options(INDICATOR_KINDS, (k) => t(`ui.kind.${k}`)))}
            {field('nature', t('ui.field.nature'), options(NATURES, (n) => t(`ui.nature.${n}`)))}
            {field('weight', t('ui.field.weight'), (p) => <TextInput {...p} inputMode="decimal" />)}
            {field('aggregation', t('ui.field.aggregation'), options(AGGREGATIONS, (a) => t(`ui.aggregation.${a}`)), 2)}
          </div>
        </fieldset>
      </div>
    </Dialog>
  );
}

interface ControlProps {
  id: string;
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  describedBy: string | undefined;
}

function TextInput({ id, value, onChange, invalid, describedBy, autoFocus, inputMode }: ControlProps & { autoFocus?: boolean; inputMode?: 'numeric' | 'decimal' }) {
  return (
    <input
      id={id}
      className="input"
      value={value}
      inputMode={inputMode}
      data-autofocus={autoFocus || undefined}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

function TextArea({ id, value, onChange, invalid, describedBy }: ControlProps) {
  return <textarea id={id} className="input textarea" rows={2} value={value} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />;
}
