// Asks for the password of a protected file, and says so when the last one was wrong.
import { useId, useState } from 'react';
import { CancelSubmitButtons, Dialog } from '../../components';
import { useT } from '../../services';

/** A password prompt for one file. */
export function PasswordDialog({ fileName, wrong, onSubmit, onCancel }: { fileName: string; wrong: boolean; onSubmit(password: string): void; onCancel(): void }) {
  const t = useT();
  const id = useId();
  const [password, setPassword] = useState('');
  return (
    <Dialog
      title={t('import.password.title')}
      onCancel={onCancel}
      onSubmit={() => password && onSubmit(password)}
      actions={<CancelSubmitButtons onCancel={onCancel} submitLabel={t('import.password.open')} submitDisabled={!password} />}
    >
      <p>{t('import.password.text', { file: fileName })}</p>
      <div className="field">
        <label htmlFor={id}>{t('import.password.label')}</label>
        <input
          id={id}
          className="input input-wide"
          type="password"
          autoComplete="off"
          value={password}
          data-autofocus
          aria-invalid={wrong ? true : undefined}
          aria-describedby={wrong ? `${id}-error` : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
        {wrong && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t('import.password.wrong')}
          </p>
        )}
      </div>
    </Dialog>
  );
}
