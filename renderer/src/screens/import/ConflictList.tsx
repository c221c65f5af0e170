// Incoming values that disagree with stored ones (same indicator, region and year): the user keeps the stored
// value or replaces it, one by one or all at once, before anything is written.
import { formatRaw } from '../../../../shared/attain';
import type { Plan } from '../../../../shared/model';
import type { Conflict, ConflictDecision } from '../../../../shared/import';
import { useT } from '../../services';

export interface ConflictListProps {
  conflicts: Conflict[];
  decisions: Record<string, ConflictDecision>;
  plan: Plan;
  onDecide(keys: string[], decision: ConflictDecision): void;
}

/** The conflicts table with a keep/replace choice per row. */
export function ConflictList({ conflicts, decisions, plan, onDecide }: ConflictListProps) {
  const t = useT();
  if (conflicts.length === 0) return null;
  const keys = conflicts.map((c) => c.key);
  return (
    <section className="import-block" data-testid="conflicts">
      <div className="import-block-head">
        <h4 className="import-block-title">{t('import.conflicts.title', { count: conflicts.length })}</h4>
        <div className="row-actions">
          <button type="button" className="button button-small" onClick={() => onDecide(keys, 'keep')}>
            {t('import.conflicts.keepAll')}
          </button>
          <button type="button" className="button button-small" onClick={() => onDecide(keys, 'replace')}>
            {t('import.conflicts.replaceAll')}
          </button>
        </div>
      </div>
      <p className="import-block-lead">{t('import.conflicts.lead')}</p>
      <table className="table table-compact">
        <thead>
          <tr>
            <th>{t('ui.data.colIndicator')}</th>
            <th>{t('ui.data.colRegion')}</th>
            <th>{t('ui.data.colYear')}</th>
            <th className="num">{t('import.conflicts.stored')}</th>
            <th className="num">{t('import.conflicts.incoming')}</th>
            <th>{t('import.conflicts.choice')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c, i) => {
            const indicator = plan.indicators.find((x) => x.id === c.indicatorId);
            const key = keys[i]!;
            const incomingCell = c.incoming.cell;
            const label = t('import.conflicts.decisionFor', { indicator: indicator?.name ?? c.indicatorId, region: c.region, year: c.year });
            return (
              <tr key={key} data-conflict={`${c.indicatorId}|${c.region}|${c.year}`}>
                <td>{indicator?.name ?? c.indicatorId}</td>
                <td>{c.region}</td>
                <td>{c.year}</td>
                <td className="num" title={`${c.stored.source.fileName} · ${c.stored.source.sheet} · ${c.stored.source.cell}`}>
                  {formatRaw(c.stored.value)}
                  <span className="conflict-source">
                    {c.stored.source.fileName} · {c.stored.source.cell}
                  </span>
                </td>
                <td className="num">
                  {formatRaw(c.incoming.value)}
                  {incomingCell && <span className="conflict-source">{incomingCell}</span>}
                </td>
                <td>
                  <div className="conflict-choice" role="radiogroup" aria-label={label}>
                    {(['keep', 'replace'] as const).map((d) => (
                      <label key={d}>
                        <input type="radio" name={`conflict-${key}`} checked={decisions[key] === d} onChange={() => onDecide([key], d)} />
                        {t(`import.conflicts.${d}`)}
                      </label>
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
