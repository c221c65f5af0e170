// The regions: one indicator's ranking of districts, and every region's status per indicator (coloured, with text).
import { useId, useMemo } from 'react';
import type { Evaluation, IndicatorResult, Plan } from '../../../../shared/model';
import { rankingChart } from '../../../../shared/report/figures';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { useT } from '../../app/i18n';
import { StatusBadge } from './StatusBadge';

export interface RegionsViewProps {
  plan: Plan;
  evaluation: Evaluation;
  chosen: string;
  onChoose(indicatorId: string): void;
  onOpen(indicatorId: string, region: string): void;
}

/** The regions section. */
export function RegionsView({ plan, evaluation, chosen, onChoose, onOpen }: RegionsViewProps) {
  const t = useT();
  const selectId = useId();
  const ranked = plan.indicators.filter((i) => evaluation.rankings.some((r) => r.indicatorId === i.id));
  const indicator = ranked.find((i) => i.id === chosen) ?? ranked[0];
  const ranking = indicator ? evaluation.rankings.find((r) => r.indicatorId === indicator.id) : undefined;
  const chart = useMemo(() => (indicator && ranking ? rankingChart(indicator, ranking) : null), [indicator, ranking]);

  // Region × indicator: regions in the plan's order, then any other region with results.
  const regionNames = [...new Set([...plan.regions.filter((r) => !r.whole).map((r) => r.name), ...evaluation.regions.map((r) => r.region)])].filter((name) =>
    evaluation.regions.some((r) => r.region === name),
  );
  const cells = new Map<string, IndicatorResult>(evaluation.regions.map((r) => [`${r.indicatorId}\u0000${r.region}`, r]));
  const matrixIndicators = plan.indicators.filter((i) => regionNames.some((name) => cells.has(`${i.id}\u0000${name}`)));

  if (ranked.length === 0) return <p className="empty">{t('dashboard.regions.none')}</p>;
  return (
    <div className="regions" data-testid="regions">
      <section className="chart-panel">
        <div className="toolbar">
          <h2 className="section-title">{t('dashboard.regions.ranking')}</h2>
          <span className="filter">
            <label htmlFor={selectId}>{t('dashboard.col.indicator')}</label>
            <select id={selectId} className="select" value={indicator?.id ?? ''} onChange={(e) => onChoose(e.target.value)} data-testid="ranking-indicator">
              {ranked.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </span>
        </div>
        {chart && indicator && <ChartCanvas spec={chart} caption={t('report.chart.ranking', { name: indicator.name, year: evaluation.asOf })} testId="chart-ranking" />}
        <p className="hint">{t('dashboard.regions.rankNote')}</p>
      </section>
      <section className="chart-panel">
        <h2 className="section-title">{t('dashboard.regions.matrix')}</h2>
        <div className="matrix-scroll">
          <table className="table table-compact region-matrix" data-testid="region-matrix">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.indicator')}</th>
                {regionNames.map((name) => (
                  <th key={name} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrixIndicators.map((i) => (
                <tr key={i.id} data-indicator-id={i.id}>
                  <th scope="row">{i.name}</th>
                  {regionNames.map((name) => {
                    const result = cells.get(`${i.id}\u0000${name}`);
                    return (
                      <td key={name} data-region={name}>
                        {result ? (
                          <button type="button" className="matrix-cell" onClick={() => onOpen(i.id, name)} title={`${i.name} · ${name}`}>
                            <StatusBadge result={result} />
                          </button>
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
