// The evaluation at a glance: overall score (or 数据不足), status counts, category scores and the data lag.
import { formatPercent, formatValue } from '../../../../shared/attain';
import { STATUS_CODES, type Evaluation, type Plan, type RollUp } from '../../../../shared/model';
import { useT } from '../../services';
import { statusStyle } from './status-colors';

/** The score of a roll-up, or 数据不足 with its coverage. */
function Score({ rollUp, large }: { rollUp: RollUp; large?: boolean }) {
  const t = useT();
  return (
    <span className={large ? 'score score-large' : 'score'} data-testid="score">
      {rollUp.score === null ? <span className="score-insufficient">{t('dashboard.insufficient')}</span> : formatValue(rollUp.score, 1)}
    </span>
  );
}

function Counts({ rollUp }: { rollUp: RollUp }) {
  const t = useT();
  const shown = STATUS_CODES.filter((code) => rollUp.counts[code]);
  return (
    <ul className="status-counts" aria-label={t('dashboard.counts')}>
      {shown.map((code) => (
        <li key={code} data-status={code}>
          <span className="status-dot" style={statusStyle(code)} aria-hidden="true" />
          {t(`status.${code}`)} <strong>{rollUp.counts[code]}</strong>
        </li>
      ))}
    </ul>
  );
}

/** The overview panel; `onShowIndicator` opens an indicator that lags in data. */
export function Overview({ plan, evaluation, onShowIndicator }: { plan: Plan; evaluation: Evaluation; onShowIndicator(id: string): void }) {
  const t = useT();
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const lagging = evaluation.indicators.filter((r) => r.dataLag && r.latest);
  const threshold = formatPercent(evaluation.settings.coverageThreshold, 0);
  return (
    <section className="overview" aria-labelledby="overview-title" data-testid="overview">
      <h2 id="overview-title" className="visually-hidden">
        {t('dashboard.overview')}
      </h2>
      <div className="overview-card overview-overall">
        <h3 className="overview-label">{t('dashboard.overall', { year: evaluation.asOf })}</h3>
        <Score rollUp={evaluation.overall} large />
        <p className="overview-note" data-testid="coverage">
          {t('dashboard.coverage', { coverage: formatPercent(evaluation.overall.coverage), threshold })}
        </p>
        <Counts rollUp={evaluation.overall} />
      </div>
      <div className="overview-card overview-categories">
        <h3 className="overview-label">{t('dashboard.categoryScores')}</h3>
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.category')}</th>
              <th scope="col" className="num">
                {t('dashboard.col.score')}
              </th>
              <th scope="col" className="num">
                {t('dashboard.col.coverage')}
              </th>
              <th scope="col">{t('dashboard.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.categories.map((c) => (
              <tr key={c.name} data-category={c.name}>
                <th scope="row">{c.name}</th>
                <td className="num">
                  <Score rollUp={c} />
                </td>
                <td className="num">{formatPercent(c.coverage)}</td>
                <td>
                  <Counts rollUp={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="overview-card overview-lag" data-testid="data-lag">
        <h3 className="overview-label">{t('dashboard.dataLag')}</h3>
        {lagging.length === 0 ? (
          <p className="overview-note">{t('dashboard.noDataLag', { year: evaluation.asOf })}</p>
        ) : (
          <ul className="lag-list">
            {lagging.map((r) => (
              <li key={r.indicatorId}>
                <button type="button" className="link-button" onClick={() => onShowIndicator(r.indicatorId)}>
                  {names.get(r.indicatorId) ?? r.indicatorId}
                </button>{' '}
                {t('dashboard.latestYear', { year: r.latest!.year })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
