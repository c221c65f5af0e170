// Asking before a destructive action: `await confirm({...})` resolves true when the user agrees.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { CancelSubmitButtons } from './CancelSubmitButtons';
import { Dialog } from './Dialog';

export interface ConfirmRequest {
  title: string;
  message: string;
  /** The confirm button's label (e.g. 删除). */
  confirmLabel: string;
  danger?: boolean;
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

/** Hosts the one confirmation dialog of the app. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<{ request: ConfirmRequest; resolve(ok: boolean): void } | null>(null);
  const confirm = useCallback<Confirm>((request) => new Promise((resolve) => setPending({ request, resolve })), []);
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {pending && (
        <Dialog
          role="alertdialog"
          title={pending.request.title}
          onCancel={() => answer(false)}
          onSubmit={() => answer(true)}
          actions={<CancelSubmitButtons onCancel={() => answer(false)} submitLabel={pending.request.confirmLabel} danger={pending.request.danger} focusSubmit />}
        >
          <p>{pending.request.message}</p>
        </Dialog>
      )}
    </ConfirmContext.Provider>
  );
}

/** The confirm() function. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm() outside <ConfirmProvider>');
  return confirm;
}
