// A modal dialog on the native <dialog> element: focus stays inside, Escape cancels, Enter submits.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  /** Escape, the close button or a cancel button. */
  onCancel(): void;
  /** Enter in a field or the submit button; without it, the dialog only informs. */
  onSubmit?(): void;
  children: ReactNode;
  /** The buttons; a button of type "submit" runs onSubmit. */
  actions: ReactNode;
  wide?: boolean;
  /** For alert dialogs (confirmations, error lists). */
  role?: 'dialog' | 'alertdialog';
}

/** Shown while mounted; unmount it to close. */
export function Dialog({ title, onCancel, onSubmit, children, actions, wide, role = 'dialog' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cancelRef = useRef(onCancel);
  cancelRef.current = onCancel;

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]');
    first?.focus();
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      cancelRef.current();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      dialog.close();
      // Give focus back to where the user was, so keyboard work continues in place.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    (onSubmit ?? onCancel)();
  };

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-labelledby={titleId} role={role}>
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </form>
    </dialog>
  );
}
