// The scorecard: one row per indicator with its numbers and status, sortable by any column, filterable, virtualised.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { STATUS_CODES, NATURES, type Plan, type Nature, type StatusCode } from '../../../../shared/model';
import { SampleBadge } from '../../components';
import { useLanguage, useT } from '../../services';
import { originalTargetText, percentOrDash, projectionText, requiredText, targetText, valueOrDash } from './result-text';
import { filterRows, nextSort, sortRows, type ScorecardFilter, type ScorecardRow, type Sort, type SortKey } from './scorecard-rows';
import { RedFlag, StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 56;
const HEADER_HEIGHT = 44;
const MAX_VISIBLE_ROWS = 12;

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'dashboard.col.indicator' },
  { key: 'unit', label: 'dashboard.col.unit' },
  { key: 'baseline', label: 'dashboard.col.baseline', numeric: true },
  { key: 'latest', label: 'dashboard.col.latest', numeric: true },
  { key: 'target', label: 'dashboard.col.target' },
  { key: 'completion', label: 'dashboard.col.completion', numeric: true },
  { key: 'timeProgress', label: 'dashboard.col.timeProgress', numeric: true },
  { key: 'status', label: 'dashboard.col.status' },
  { key: 'projection', label: 'dashboard.col.projection' },
  { key: 'required', label: 'dashboard.col.required' },
  { key: 'findings', label: 'dashboard.col.findings', numeric: true },
];

export interface ScorecardProps {
  plan: Plan;
  /** Rows of the chosen region, in plan order. */
  rows: ScorecardRow[];
  filter: ScorecardFilter;
  onFilter(filter: ScorecardFilter): void;
  /** Regions with results, for the region filter. */
  regions: string[];
  onOpen(indicatorId: string): void;
}

/** The scorecard table with its filters. */
export function Scorecard({ plan, rows, filter, onFilter, regions, onOpen }: ScorecardProps) {
  const t = useT();
  const [lang] = useLanguage();
  const [sort, setSort] = useState<Sort>({ key: 'plan', descending: false });
  const scrollRef = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
  });
  const height = HEADER_HEIGHT + ROW_HEIGHT * Math.min(Math.max(shown.length, 1), MAX_VISIBLE_ROWS) + 2;

  const onRowKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    }
  };

  return (
    <section className="scorecard" aria-labelledby="scorecard-title" data-testid="scorecard">
      <div className="toolbar">
        <h2 id="scorecard-title" className="section-title">
          {t('dashboard.scorecard')}
        </h2>
        <div className="toolbar-actions scorecard-filters">
          <FilterSelect label={t('dashboard.filter.region')} value={filter.region ?? ''} onChange={(v) => onFilter({ ...filter, region: v || null })} testId="filter-region">
            <option value="">{t('dashboard.filter.wholeArea')}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect label={t('dashboard.filter.category')} value={filter.category ?? ''} onChange={(v) => onFilter({ ...filter, category: v || null })} testId="filter-category">
            <option value="">{t('dashboard.filter.all')}</option>
            {plan.categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect label={t('dashboard.filter.status')} value={filter.status ?? ''} onChange={(v) => onFilter({ ...filter, status: (v || null) as StatusCode | null })} testId="filter-status">
            <option value="">{t('dashboard.filter.all')}</option>
            {STATUS_CODES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect label={t('dashboard.filter.nature')} value={filter.nature ?? ''} onChange={(v) => onFilter({ ...filter, nature: (v || null) as Nature | null })} testId="filter-nature">
            <option value="">{t('dashboard.filter.all')}</option>
            {NATURES.map((n) => (
              <option key={n} value={n}>
                {t(`ui.nature.${n}`)}
              </option>
            ))}
          </FilterSelect>
        </div>
      </div>
      <p className="toolbar-note" aria-live="polite">
        {t('dashboard.rowCount', { shown: shown.length, total: rows.length })}
      </p>
      <div
        ref={scrollRef}
        className="scorecard-grid"
        role="table"
        aria-label={t('dashboard.scorecard')}
        aria-rowcount={shown.length + 1}
        style={{ height }}
        data-testid="scorecard-table"
      >
        <div className="scorecard-row grid-head" role="row" style={{ height: HEADER_HEIGHT }}>
          {COLUMNS.map((c) => {
            const active = sort.key === c.key;
            return (
              <span key={c.key} role="columnheader" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={c.numeric ? 'num' : undefined}>
                <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, c.key))}>
                  {t(c.label)}
                  <span aria-hidden="true" className="sort-mark">
                    {active ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              </span>
            );
          })}
        </div>
        {shown.length === 0 && <p className="empty scorecard-empty">{t('dashboard.noRows')}</p>}
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const { indicator, result, latestIllustrative } = shown[item.index]!;
            return (
              <div
                key={indicator.id}
                role="row"
                tabIndex={0}
                aria-rowindex={item.index + 2}
                className={result.redFlag ? 'scorecard-row scorecard-body scorecard-red' : 'scorecard-row scorecard-body'}
                data-indicator-id={indicator.id}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                onClick={() => onOpen(indicator.id)}
                onKeyDown={(e) => onRowKey(e, indicator.id)}
              >
                <span role="cell" className="scorecard-name">
                  <span className="cell-ellipsis" title={indicator.name}>
                    {indicator.name}
                  </span>
                  <span className="scorecard-tags">
                    {indicator.nature === 'binding' && <span className="tag">{t('ui.nature.binding')}</span>}
                    {result.redFlag && <RedFlag />}
                  </span>
                </span>
                <span role="cell" className="unit-cell">
                  {indicator.unit}
                </span>
                <span role="cell" className="num">
                  {valueOrDash(result.baseline?.value, indicator)}
                  {result.baseline && <span className="year-note">{t('dashboard.inYear', { year: result.baseline.year })}</span>}
                </span>
                <span role="cell" className="num latest-cell" data-testid="latest">
                  <span>
                    {valueOrDash(result.latest?.value, indicator)}
                    {result.latest && <span className="year-note">{t('dashboard.inYear', { year: result.latest.year })}</span>}
                  </span>
                  {latestIllustrative && <SampleBadge />}
                </span>
                <span role="cell" data-testid="target" title={originalTargetText(result, indicator, t) ?? undefined}>
                  {targetText(result, indicator, t)}
                </span>
                <span role="cell" className="num" data-testid="completion">
                  {percentOrDash(result.completion)}
                </span>
                <span role="cell" className="num">
                  {percentOrDash(result.timeProgress)}
                </span>
                <span role="cell">
                  <StatusBadge result={result} />
                </span>
                <span role="cell" className="small-text">
                  {projectionText(result, indicator, t)}
                </span>
                <span role="cell" className="small-text">
                  {requiredText(result, indicator, lang)}
                </span>
                <span role="cell" className="num">
                  {result.findings.length || '—'}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

function FilterSelect({ label, value, onChange, children, testId }: { label: string; value: string; onChange(value: string): void; children: ReactNode; testId: string }) {
  const id = useId();
  return (
    <span className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {children}
      </select>
    </span>
  );
}
