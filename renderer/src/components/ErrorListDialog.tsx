// Lists every problem found in a file (e.g. a plan spreadsheet), so the user can fix them all at once.
import { useT } from '../services';
import { Dialog } from './Dialog';

/** A dialog with a summary line and one list item per error. */
export function ErrorListDialog({ title, summary, errors, onClose }: { title: string; summary: string; errors: string[]; onClose(): void }) {
  const t = useT();
  return (
    <Dialog
      role="alertdialog"
      title={title}
      onCancel={onClose}
      wide
      actions={
        <button type="submit" className="button button-primary" data-autofocus>
          {t('ui.action.close')}
        </button>
      }
    >
      <p>{summary}</p>
      <ol className="error-list" data-testid="error-list">
        {errors.map((error, i) => (
          <li key={i}>{error}</li>
        ))}
      </ol>
    </Dialog>
  );
}
