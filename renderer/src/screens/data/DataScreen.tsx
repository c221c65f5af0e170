// The project's values, each with where it came from; illustrative values carry the 示例数据 mark.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatCount, formatValue } from '../../../../shared/attain';
import type { Observation } from '../../../../shared/model';
import { db, listObservations } from '../../../db';
import { OpenOriginalButton, SampleBadge, useKeptOriginals } from '../../components';
import { formatDateTime, useLanguage, useProject, useT, useToast } from '../../services';

const ROW_HEIGHT = 44;
// The column header sits inside the scrolling area (so columns line up with the scrollbar present).
const HEADER_HEIGHT = 40;

/** Lists the open project's observations in plan order, then region and year. */
export function DataScreen() {
  const t = useT();
  const [lang] = useLanguage();
  const { project } = useProject();
  const { reportError } = useToast();
  const [observations, setObservations] = useState<Observation[] | null>(null);
  const [shown, setShown] = useState('');
  const filterId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const kept = useKeptOriginals();

  useEffect(() => {
    listObservations(db, project.id).then(setObservations).catch(reportError);
  }, [project.id, reportError]);

  const indicators = useMemo(() => new Map(project.plan.indicators.map((indicator, order) => [indicator.id, { indicator, order }])), [project.plan]);
  const regionOrder = useMemo(() => new Map(project.plan.regions.map((r, i) => [r.name, r.whole ? -1 : i])), [project.plan]);
  const rows = useMemo(() => {
    if (!observations) return [];
    const orderOf = (o: Observation) => indicators.get(o.indicatorId)?.order ?? Number.MAX_SAFE_INTEGER;
    const regionOf = (o: Observation) => regionOrder.get(o.region) ?? Number.MAX_SAFE_INTEGER;
    return observations
      .filter((o) => !shown || o.indicatorId === shown)
      .sort((a, b) => orderOf(a) - orderOf(b) || a.indicatorId.localeCompare(b.indicatorId) || regionOf(a) - regionOf(b) || a.region.localeCompare(b.region, 'zh') || a.year - b.year);
  }, [observations, indicators, regionOrder, shown]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
  });
  const illustrativeCount = rows.filter((o) => o.illustrative).length;

  return (
    <div className="data">
      {project.sample && (
        <div className="banner banner-sample" role="note" data-testid="sample-banner">
          <strong>{t('ui.data.sampleBannerTitle')}</strong> {t('ui.data.sampleBanner')}
        </div>
      )}
      <div className="toolbar">
        <h2 className="section-title">{t('ui.data.title')}</h2>
        <div className="toolbar-actions">
          {observations && <p className="toolbar-note">{t('ui.data.count', { count: formatCount(rows.length), illustrative: formatCount(illustrativeCount) })}</p>}
          <label htmlFor={filterId} className="visually-hidden">
            {t('ui.data.filter')}
          </label>
          <select id={filterId} className="select data-filter" value={shown} onChange={(e) => setShown(e.target.value)}>
            <option value="">{t('ui.data.allIndicators')}</option>
            {project.plan.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {observations && rows.length === 0 && <p className="empty">{t('ui.data.empty')}</p>}
      {rows.length > 0 && (
        <div ref={scrollRef} className="grid" role="table" aria-label={t('ui.data.title')} aria-rowcount={rows.length + 1} tabIndex={0} data-testid="data-table">
          <div className="grid-row grid-head" role="row" style={{ height: HEADER_HEIGHT }}>
            <span role="columnheader">{t('ui.data.colIndicator')}</span>
            <span role="columnheader">{t('ui.data.colRegion')}</span>
            <span role="columnheader">{t('ui.data.colYear')}</span>
            <span role="columnheader" className="num">
              {t('ui.data.colValue')}
            </span>
            <span role="columnheader">{t('ui.data.colMark')}</span>
            <span role="columnheader">{t('ui.data.colSource')}</span>
            <span role="columnheader">{t('ui.data.colImported')}</span>
          </div>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const o = rows[item.index]!;
              const known = indicators.get(o.indicatorId)?.indicator;
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={o.illustrative ? 'grid-row grid-row-sample' : 'grid-row'}
                  data-indicator-id={o.indicatorId}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                >
                  <span role="cell" className="cell-ellipsis" title={known?.name ?? o.indicatorId}>
                    {known?.name ?? o.indicatorId}
                  </span>
                  <span role="cell">{o.region}</span>
                  <span role="cell">{o.year}</span>
                  <span role="cell" className="num">
                    {formatValue(o.value, known?.precision ?? 2)} <span className="unit">{known?.unit}</span>
                  </span>
                  <span role="cell">{o.illustrative && <SampleBadge />}</span>
                  <span role="cell" className="source-with-original">
                    <span className="cell-ellipsis" title={describeSource(o, t)}>
                      {describeSource(o, t)}
                    </span>
                    {kept.has(o.source.fileHash) && <OpenOriginalButton fileName={o.source.fileName} fileHash={o.source.fileHash} />}
                  </span>
                  <span role="cell">{formatDateTime(o.source.importedAt, lang)}</span>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}

// Illustrative values carry an explanatory note in `citation`, not a publication, so it is shown as it is.
function describeSource({ source, illustrative }: Observation, t: (key: string, params?: Record<string, string | number>) => string): string {
  if (source.citation) return illustrative ? source.citation : t('ui.data.citation', { citation: source.citation });
  if (source.sheet && source.cell) return t('ui.data.cellSource', { file: source.fileName, sheet: source.sheet, cell: source.cell });
  return source.fileName || t('ui.framework.none');
}
