// Two rounds compared on screen: each indicator's figures then and now, and the values revised between them with both
// sources; the same comparison becomes the annex of a report of the later round.
import { formatValue } from '../../../../shared/attain';
import type { Observation } from '../../../../shared/model';
import type { RoundDiff, RoundFigures } from '../../../../shared/round';
import { roundFigureCells } from '../../../../shared/report';
import { useLanguage, useT } from '../../services';

export interface RoundDiffViewProps {
  diff: RoundDiff;
  busy: boolean;
  onReport(): void;
  onClose(): void;
}

export function RoundDiffView({ diff, busy, onReport, onClose }: RoundDiffViewProps) {
  const t = useT();
  const [lang] = useLanguage();
  const c = (key: string) => t(`round.annex.col.${key}`);
  const figures = (f: RoundFigures | null, precision: number) => roundFigureCells(f, precision, lang);
  const precisionOf = new Map(diff.indicators.map((i) => [i.indicatorId, i]));
  const source = (o: Observation) => (o.source.cell ? t('round.annex.source', { file: o.source.fileName, sheet: o.source.sheet, cell: o.source.cell }) : (o.source.citation ?? o.source.fileName));
  return (
    <div className="round-diff" data-testid="round-diff">
      <div className="report-toolbar" role="toolbar" aria-label={t('roundUi.diff.title', { then: diff.then.name, now: diff.now.name })}>
        <span className="report-toolbar-info">
          <strong>{t('roundUi.diff.title', { then: diff.then.name, now: diff.now.name })}</strong>
        </span>
        <button type="button" className="button button-primary" disabled={busy} onClick={onReport} data-testid="round-diff-report">
          {t('roundUi.diff.report')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('roundUi.diff.close')}
        </button>
      </div>
      <p className="report-help">{t('round.annex.intro', { then: diff.then.name, thenCutoff: diff.then.cutoff, now: diff.now.name, nowCutoff: diff.now.cutoff, revised: diff.revised.length })}</p>
      <div className="table-scroll">
        <table className="report-table" data-testid="round-diff-indicators">
          <caption>{t('round.annex.indicators')}</caption>
          <thead>
            <tr>
              <th rowSpan={2}>{c('indicator')}</th>
              <th colSpan={3}>{diff.then.name}</th>
              <th colSpan={3}>{diff.now.name}</th>
            </tr>
            <tr>
              {[0, 1].flatMap((side) => ['latest', 'completion', 'status'].map((key) => <th key={`${side}-${key}`}>{c(key)}</th>))}
            </tr>
          </thead>
          <tbody>
            {diff.indicators.map((i) => (
              <tr key={i.indicatorId} className={i.changed ? 'round-diff-changed' : undefined} data-indicator-id={i.indicatorId}>
                <th scope="row">
                  {i.name}
                  {i.changed && <span className="round-diff-mark"> · {t('roundUi.diff.changed')}</span>}
                </th>
                {[...figures(i.then, i.precision), ...figures(i.now, i.precision)].map((cell, k) => (
                  <td key={k} className="report-nowrap">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {diff.revised.length === 0 ? (
        <p className="hint">{t('roundUi.diff.revisedNone')}</p>
      ) : (
        <div className="table-scroll">
          <table className="report-table" data-testid="round-diff-revised">
            <caption>{t('round.annex.revised')}</caption>
            <thead>
              <tr>
                {[c('indicator'), c('region'), c('year'), diff.then.name, diff.now.name, c('sources')].map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {diff.revised.map((r) => {
                const indicator = precisionOf.get(r.indicatorId);
                const value = (o: Observation) => formatValue(o.value, indicator?.precision ?? 2);
                return (
                  <tr key={`${r.indicatorId}|${r.region}|${r.year}`}>
                    <td>{indicator?.name ?? r.indicatorId}</td>
                    <td>{r.region}</td>
                    <td>{r.year}</td>
                    <td className="report-nowrap">{value(r.then)}</td>
                    <td className="report-nowrap">{value(r.now)}</td>
                    <td>
                      {source(r.then)}
                      <br />
                      {source(r.now)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
