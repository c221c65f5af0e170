// The 删除 / Delete button among a table row's actions: small and quietly red, so it does not shout on every row.
import { useT } from '../services';

/** A row's delete button; `title` says why it is disabled. */
export function RowDeleteButton({ onClick, disabled, title }: { onClick(): void; disabled?: boolean; title?: string }) {
  const t = useT();
  return (
    <button type="button" className="button button-small button-danger-quiet" disabled={disabled} title={title} onClick={onClick}>
      {t('ui.action.delete')}
    </button>
  );
}
