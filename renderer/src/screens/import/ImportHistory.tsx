// The project's imports, newest first, each with an undo (after confirmation).
import { formatCount } from '../../../../shared/attain';
import type { ImportBatch } from '../../../../shared/model';
import { formatDateTime, useLanguage, useT } from '../../services';

/** The import history table. */
export function ImportHistory({ batches, onUndo }: { batches: ImportBatch[] | null; onUndo(batch: ImportBatch): void }) {
  const t = useT();
  const [lang] = useLanguage();
  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h3 id="import-history-title" className="section-title">
        {t('import.history.title')}
      </h3>
      {batches && batches.length === 0 && <p className="empty">{t('import.history.empty')}</p>}
      {batches && batches.length > 0 && (
        <table className="table" data-testid="import-history">
          <thead>
            <tr>
              <th>{t('import.history.file')}</th>
              <th>{t('import.history.time')}</th>
              <th className="num">{t('import.history.count')}</th>
              <th className="num">{t('import.history.replaced')}</th>
              <th className="num">{t('import.history.kept')}</th>
              <th className="col-actions">{t('import.history.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id} data-batch-file={b.fileName}>
                <td>{b.fileName}</td>
                <td>{formatDateTime(b.importedAt, lang)}</td>
                <td className="num">{formatCount(b.count)}</td>
                <td className="num">{formatCount(b.replaced.length)}</td>
                <td className="num">{formatCount(b.kept?.length ?? 0)}</td>
                <td className="col-actions">
                  <button type="button" className="button button-small" onClick={() => onUndo(b)}>
                    {t('import.history.undo')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
