// The project's saved reports: open one, or delete it.
import type { Round } from '../../../../shared/round';
import type { StoredReport } from '../../../db/reports';
import { formatDateTime, useLanguage, useT } from '../../services';

export interface ReportListProps {
  reports: StoredReport[];
  /** The project's rounds: a report of one is labelled with its name. */
  rounds: Round[];
  openId: string | null;
  onOpen(id: string): void;
  onDelete(report: StoredReport): void;
}

/** One row per report: title, type and year, when it was last changed. */
export function ReportList({ reports, rounds, openId, onOpen, onDelete }: ReportListProps) {
  const t = useT();
  const [lang] = useLanguage();
  return (
    <section className="report-list" aria-labelledby="report-list-title">
      <h2 id="report-list-title" className="section-title">
        {t('reportUi.list.title')}
      </h2>
      {reports.length === 0 ? (
        <p className="hint">{t('reportUi.list.empty')}</p>
      ) : (
        <ul data-testid="report-list">
          {reports.map((report) => (
            <li key={report.id} className={report.id === openId ? 'report-list-item report-list-open' : 'report-list-item'} data-report-id={report.id}>
              <button type="button" className="report-list-open-button" aria-current={report.id === openId ? 'true' : undefined} onClick={() => onOpen(report.id)}>
                <span className="report-list-name">{t(`report.type.${report.options.type}`)}</span>
                <span className="report-list-meta">
                  {t('reportUi.list.meta', { year: report.options.asOf, date: formatDateTime(report.updatedAt, lang) })}
                </span>
                <span className="report-list-meta">{rounds.find((r) => r.id === report.roundId)?.name ?? t('roundUi.report.live')}</span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('reportUi.list.delete', { name: report.document.title })}
                title={t('reportUi.list.delete', { name: report.document.title })}
                onClick={() => onDelete(report)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
