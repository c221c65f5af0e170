// The usual footer of a dialog that asks for something: 取消 / Cancel, then the button that submits.
import { useT } from '../services';

export interface CancelSubmitButtonsProps {
  onCancel(): void;
  submitLabel: string;
  /** While the dialog's input cannot be submitted (nothing typed yet, a problem, work running). */
  submitDisabled?: boolean;
  /** For a destructive confirmation: the submit button turns red. */
  danger?: boolean;
  /** For a dialog without a field: focus starts on the submit button. */
  focusSubmit?: boolean;
}

/** Cancel and submit buttons for a Dialog's `actions`; the submit button runs the Dialog's onSubmit. */
export function CancelSubmitButtons({ onCancel, submitLabel, submitDisabled, danger, focusSubmit }: CancelSubmitButtonsProps) {
  const t = useT();
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        {t('ui.action.cancel')}
      </button>
      <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} disabled={submitDisabled} data-autofocus={focusSubmit || undefined}>
        {submitLabel}
      </button>
    </>
  );
}
