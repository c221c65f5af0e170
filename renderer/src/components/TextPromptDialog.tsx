// Asks for one line of text (a project name): Enter accepts, Escape cancels, empty text is refused.
import { useId, useState } from 'react';
import { useT } from '../services';
import { CancelSubmitButtons } from './CancelSubmitButtons';
import { Dialog } from './Dialog';

export interface TextPromptDialogProps {
  title: string;
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit(value: string): void;
  onCancel(): void;
  /** Why the (trimmed) value cannot be used, or null; shown at the field. */
  validate?(value: string): string | null;
}

/** A dialog with one text field. */
export function TextPromptDialog({ title, label, initial, submitLabel, onSubmit, onCancel, validate }: TextPromptDialogProps) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState('');
  const submit = () => {
    const trimmed = value.trim();
    const problem = trimmed ? (validate?.(trimmed) ?? null) : t('ui.error.nameRequired');
    if (problem) setError(problem);
    else onSubmit(trimmed);
  };
  return (
    <Dialog
      title={title}
      onCancel={onCancel}
      onSubmit={submit}
      actions={<CancelSubmitButtons onCancel={onCancel} submitLabel={submitLabel} />}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          className="input input-wide"
          value={value}
          data-autofocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setError('');
          }}
          onFocus={(e) => e.target.select()}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
