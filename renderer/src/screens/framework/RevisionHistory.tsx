// The framework's history of target revisions: every revision with its indicator, the plan target and the revised
// one, the effective year, the reason and the approval basis, newest record last.
import type { Indicator, TargetRevision } from '../../../../shared/model';
import { RowDeleteButton } from '../../components';
import { useT } from '../../services';
import { describeRevisedTarget, describeTarget } from './describe';

export interface RevisionHistoryProps {
  revisions: { indicator: Indicator; revision: TargetRevision }[];
  onRemove(indicator: Indicator, revision: TargetRevision): void;
}

/** The table of revisions, or a line saying there are none. */
export function RevisionHistory({ revisions, onRemove }: RevisionHistoryProps) {
  const t = useT();
  const columns = ['indicator', 'original', 'revised', 'effectiveYear', 'reason', 'basis', 'recordedAt'];
  return (
    <section className="revision-history" data-testid="revision-history">
      <h3 className="section-title">{t('revision.ui.history', { count: revisions.length })}</h3>
      {revisions.length === 0 ? (
        <p className="hint">{t('revision.ui.historyEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {t(`revision.report.col.${c}`)}
                  </th>
                ))}
                <th scope="col" className="col-actions">
                  {t('ui.start.colActions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map(({ indicator, revision }) => (
                <tr key={`${indicator.id} ${revision.recordedAt} ${revision.effectiveYear}`} data-indicator-id={indicator.id}>
                  <td>{indicator.name}</td>
                  <td className="nowrap">{describeTarget(indicator, t)}</td>
                  <td className="nowrap">{describeRevisedTarget(indicator, revision, t)}</td>
                  <td className="num">{revision.effectiveYear}</td>
                  <td>{revision.reason}</td>
                  <td>{revision.basis}</td>
                  <td className="nowrap">{revision.recordedAt.slice(0, 16).replace('T', ' ')}</td>
                  <td className="col-actions">
                    <RowDeleteButton onClick={() => onRemove(indicator, revision)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
