// The charts: completion against time progress, category scores, and one indicator's series with its path and projection.
import { useId, useMemo, useState } from 'react';
import type { UsedValues } from '../../../../shared/attain';
import type { Evaluation } from '../../../../shared/model';
import { categoryScoreChart } from '../../../../shared/report';
import { ChartCanvas } from '../../charts';
import { useLanguage, useT } from '../../services';
import { completionPage } from './chart-pages';
import { completionFigure, seriesFigure } from './dashboard-figures';
import { statusText } from './result-text';
import type { ScorecardRow } from './scorecard-rows';

export interface ChartsViewProps {
  evaluation: Evaluation;
  /** The values the evaluation used, for the series chart. */
  used: UsedValues;
  /** The scorecard's rows (region and filters applied): the completion chart shows the same indicators. */
  rows: ScorecardRow[];
  chosen: string;
  onChoose(indicatorId: string): void;
}

/** The charts section. */
export function ChartsView({ evaluation, used, rows, chosen, onChoose }: ChartsViewProps) {
  const t = useT();
  const [lang] = useLanguage();
  const selectId = useId();
  const [pageAsked, setPageAsked] = useState(0);
  // Indicators without a completion have no bar; the pager counts them so they are not silently missing.
  const page = useMemo(() => completionPage(rows, pageAsked), [rows, pageAsked]);
  const { notCharted } = page;
  const completion = useMemo(() => completionFigure(page.items, (r) => statusText(r, t), lang), [page.items, t, lang]);
  const categories = useMemo(() => categoryScoreChart(evaluation.categories, lang), [evaluation, lang]);
  const row = rows.find((r) => r.indicator.id === chosen) ?? rows[0];
  const series = useMemo(
    () => {
      if (!row) return null;
      // Benchmarks stand beside the whole area's series, the only one they are comparable with.
      const benchmarks = evaluation.indicators.includes(row.result) ? (evaluation.benchmarks.find((b) => b.indicatorId === row.indicator.id)?.entries ?? []) : [];
      return seriesFigure(row.indicator, row.result, used, lang, benchmarks.map((b) => b.region));
    },
    [row, used, lang, evaluation],
  );

  return (
    <div className="charts" data-testid="charts">
      <section className="chart-panel">
        <h2 className="section-title">{t('report.chart.completion')}</h2>
        {(page.pages > 1 || (notCharted > 0 && page.total > 0)) && (
          <div className="chart-pager" data-testid="completion-pager">
            <span role="status">
              {t('dashboard.chart.pageShown', { first: page.first, last: page.last, total: page.total })}
              {notCharted > 0 && t('dashboard.chart.notCharted', { count: notCharted })}
            </span>
            {page.pages > 1 && (
              <span className="row-actions">
                <button type="button" className="button button-small" disabled={page.page === 0} onClick={() => setPageAsked(page.page - 1)}>
                  {t('dashboard.chart.previousPage')}
                </button>
                <button type="button" className="button button-small" disabled={page.page === page.pages - 1} onClick={() => setPageAsked(page.page + 1)}>
                  {t('dashboard.chart.nextPage')}
                </button>
              </span>
            )}
          </div>
        )}
        {completion ? <ChartCanvas spec={completion} caption={t('dashboard.chart.completionCaption', { year: evaluation.asOf })} testId="chart-completion" /> : <p className="empty">{t('dashboard.chart.none')}</p>}
      </section>
      <section className="chart-panel">
        <div className="toolbar">
          <h2 className="section-title">{t('dashboard.chart.series')}</h2>
          <span className="filter">
            <label htmlFor={selectId}>{t('dashboard.col.indicator')}</label>
            <select id={selectId} className="select" value={row?.indicator.id ?? ''} onChange={(e) => onChoose(e.target.value)} data-testid="series-indicator">
              {rows.map((r) => (
                <option key={r.indicator.id} value={r.indicator.id}>
                  {r.indicator.name}
                </option>
              ))}
            </select>
          </span>
        </div>
        {row && series ? (
          <ChartCanvas spec={series} caption={t('report.chart.series', { name: row.indicator.name, unit: row.indicator.unit })} testId="chart-series" />
        ) : (
          <p className="empty">{t('dashboard.chart.tooFewValues')}</p>
        )}
      </section>
      <section className="chart-panel">
        <h2 className="section-title">{t('report.chart.categoryScores')}</h2>
        {categories ? <ChartCanvas spec={categories} caption={t('dashboard.chart.categoryCaption')} testId="chart-categories" /> : <p className="empty">{t('dashboard.chart.none')}</p>}
      </section>
    </div>
  );
}
