// Short notices at the bottom of the window, with an optional action such as Undo.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { isQuotaError } from '../../db/storage';
import { useT } from './i18n';

export interface ToastRequest {
  message: string;
  tone?: 'info' | 'error';
  /** e.g. { label: 撤销, run: restore }. */
  action?: { label: string; run(): void };
}

interface ToastApi {
  notify(request: ToastRequest): void;
  /** Tells the user an operation failed; storage-full errors get their own explanation. */
  reportError(error: unknown): void;
}

interface Shown extends ToastRequest {
  id: number;
}

// Long enough to read the message and reach the Undo button by keyboard.
const VISIBLE_MS = 8000;
const ToastContext = createContext<ToastApi | null>(null);

/** Hosts the toast area. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Shown[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const notify = useCallback((request: ToastRequest) => {
    const id = nextId.current++;
    setToasts((all) => [...all.slice(-2), { ...request, id }]);
  }, []);
  const reportError = useCallback(
    (error: unknown) => {
      console.error(error);
      const detail = error instanceof Error ? error.message : String(error);
      notify({ tone: 'error', message: isQuotaError(error) ? t('ui.error.quota') : t('ui.error.generic', { detail }) });
    },
    [notify, t],
  );
  const api = useRef<ToastApi>({ notify, reportError });
  api.current.notify = notify;
  api.current.reportError = reportError;
  return (
    <ToastContext.Provider value={api.current}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} closeLabel={t('ui.action.close')} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss, closeLabel }: { toast: Shown; onDismiss(): void; closeLabel: string }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(onDismiss, toast.tone === 'error' ? VISIBLE_MS * 2 : VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [paused, onDismiss, toast.tone]);
  return (
    <div
      className={toast.tone === 'error' ? 'toast toast-error' : 'toast'}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            toast.action!.run();
            onDismiss();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={closeLabel} title={closeLabel} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

/** notify() and reportError(). */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() outside <ToastProvider>');
  return api;
}
