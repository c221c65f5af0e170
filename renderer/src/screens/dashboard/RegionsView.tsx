// The regions: one indicator's ranking of districts, and every region's status per indicator (coloured, with text).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef } from 'react';
import type { Evaluation, IndicatorResult, Plan } from '../../../../shared/model';
import { rankingChart } from '../../../../shared/report';
import { ChartCanvas } from '../../charts';
import { useLanguage, useT } from '../../services';
import { StatusBadge } from './StatusBadge';

/** The matrix row height the virtualiser starts from (rows are measured once shown). */
const MATRIX_ROW_HEIGHT = 34;
/** The matrix scrolls inside its panel beyond this height, so only the rows in view are rendered. */
const MATRIX_MAX_HEIGHT = 560;
const STICKY_HEADER = { position: 'sticky', top: 0, zIndex: 1, background: 'var(--surface)' } as const;

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
  const [lang] = useLanguage();
  const selectId = useId();
  const ranked = plan.indicators.filter((i) => evaluation.rankings.some((r) => r.indicatorId === i.id));
  const indicator = ranked.find((i) => i.id === chosen) ?? ranked[0];
  const ranking = indicator ? evaluation.rankings.find((r) => r.indicatorId === indicator.id) : undefined;
  const chart = useMemo(() => (indicator && ranking ? rankingChart(indicator, ranking, lang) : null), [indicator, ranking, lang]);

  // Region × indicator: regions in the plan's order, then any other region with results.
  const regionNames = [...new Set([...plan.regions.filter((r) => !r.whole).map((r) => r.name), ...evaluation.regions.map((r) => r.region)])].filter((name) =>
    evaluation.regions.some((r) => r.region === name),
  );
  const cells = new Map<string, IndicatorResult>(evaluation.regions.map((r) => [`${r.indicatorId}\u0000${r.region}`, r]));
  const matrixIndicators = plan.indicators.filter((i) => regionNames.some((name) => cells.has(`${i.id}\u0000${name}`)));
  // A thousand indicators × dozens of regions: only the rows in view (and a few beyond) are in the page.
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: matrixIndicators.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => MATRIX_ROW_HEIGHT,
    overscan: 10,
  });
  const shownRows = virtualizer.getVirtualItems();
  const spaceBefore = shownRows.length ? shownRows[0]!.start : 0;
  const spaceAfter = shownRows.length ? virtualizer.getTotalSize() - shownRows[shownRows.length - 1]!.end : 0;

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
        <div className="matrix-scroll" ref={scrollRef} style={{ maxHeight: MATRIX_MAX_HEIGHT, overflowY: 'auto' }}>
          <table className="table table-compact region-matrix" data-testid="region-matrix">
            <thead style={STICKY_HEADER}>
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
              {spaceBefore > 0 && <tr aria-hidden="true" style={{ height: spaceBefore }} />}
              {shownRows.map(({ index }) => {
                const i = matrixIndicators[index]!;
                return (
                  <tr key={i.id} data-indicator-id={i.id} data-index={index} ref={virtualizer.measureElement}>
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
                );
              })}
              {spaceAfter > 0 && <tr aria-hidden="true" style={{ height: spaceAfter }} />}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
