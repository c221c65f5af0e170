// One indicator (for one region): its numbers, the computation spelled out, every value with its source, and its findings.
import { useEffect, useMemo, useRef } from 'react';
import { explainComputation, formatValue, type UsedValues } from '../../../../shared/attain';
import type { Evaluation, IndicatorResult, Observation, Plan } from '../../../../shared/model';
import { ChartCanvas } from '../../charts';
import { OpenOriginalButton, SampleBadge, SourceCellView, useKeptOriginals } from '../../components';
import { formatDateTime, useLanguage, useT } from '../../services';
import { seriesFigure } from './dashboard-figures';
import { originalTargetText, percentOrDash, projectionText, requiredText, shownTextBeside, targetText, valueOrDash, type Translate } from './result-text';
import { RedFlag, StatusBadge } from './StatusBadge';

export interface IndicatorPageProps {
  plan: Plan;
  evaluation: Evaluation;
  observations: readonly Observation[];
  /** The values the evaluation used, for the series chart. */
  used: UsedValues;
  indicatorId: string;
  region: string;
  onBack(): void;
}

/** The indicator page; Escape or the back button returns to the dashboard. */
export function IndicatorPage({ plan, evaluation, observations, used, indicatorId, region, onBack }: IndicatorPageProps) {
  const t = useT();
  const [lang] = useLanguage();
  const backRef = useRef<HTMLButtonElement>(null);
  const kept = useKeptOriginals();
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  const result: IndicatorResult | undefined = [...evaluation.indicators, ...evaluation.regions].find((r) => r.indicatorId === indicatorId && r.region === region);

  useEffect(() => {
    backRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      // An open dialog handles its own Escape.
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);

  const values = useMemo(
    () => observations.filter((o) => o.indicatorId === indicatorId && o.region === region).sort((a, b) => a.year - b.year || (a.id ?? 0) - (b.id ?? 0)),
    [observations, indicatorId, region],
  );
  // Benchmarks (regions outside the plan) stand beside the whole area's figure only: they are never a district.
  const benchmarks = useMemo(
    () => (region === plan.regions.find((r) => r.whole)?.name ? (evaluation.benchmarks.find((b) => b.indicatorId === indicatorId)?.entries ?? []) : []),
    [evaluation, indicatorId, region, plan],
  );
  const chart = useMemo(
    () => (indicator && result ? seriesFigure(indicator, result, used, lang, benchmarks.map((b) => b.region)) : null),
    [indicator, result, used, lang, benchmarks],
  );

  const back = (
    <button ref={backRef} type="button" className="button" onClick={onBack} data-testid="indicator-back">
      {t('dashboard.indicator.back')}
    </button>
  );
  if (!indicator || !result) {
    return (
      <div className="indicator-page">
        {back}
        <p className="empty">{t('dashboard.indicator.missing')}</p>
      </div>
    );
  }
  const usedYears = new Map(values.filter((o) => o.year <= evaluation.asOf).map((o) => [o.year, o]));

  return (
    <article className="indicator-page" aria-labelledby="indicator-title" data-testid="indicator-page" data-indicator-id={indicator.id}>
      <div className="indicator-head">
        {back}
        <div>
          <h2 id="indicator-title" className="indicator-title">
            {indicator.name}
            <span className="indicator-region">{result.region}</span>
          </h2>
          <p className="hint">
            {[indicator.category, t(`ui.nature.${indicator.nature}`), t(`ui.kind.${indicator.kind}`), t(`ui.direction.${indicator.direction}`), `${t('dashboard.col.unit')}${t('common.sep.label')}${indicator.unit}`].join(' · ')}
          </p>
        </div>
        <div className="indicator-status">
          <StatusBadge result={result} />
          {result.redFlag && <RedFlag />}
        </div>
      </div>

      <dl className="indicator-facts">
        <Fact
          label={t('dashboard.col.baseline')}
          value={
            result.baseline
              ? `${t('dashboard.yearAfter', { value: valueOrDash(result.baseline.value, indicator), year: result.baseline.year })}${result.findings.some((f) => f.code === 'baseline-from-data') ? t('dashboard.baselineFromData') : ''}`
              : '—'
          }
        />
        <Fact label={t('dashboard.col.latest')} value={result.latest ? t('dashboard.yearAfter', { value: valueOrDash(result.latest.value, indicator), year: result.latest.year }) : '—'} />
        <Fact label={t('dashboard.col.target')} value={targetText(result, indicator, t)} note={originalTargetText(result, indicator, t)} testId="target-fact" />
        <Fact label={t('dashboard.col.completion')} value={percentOrDash(result.completion)} />
        <Fact label={t('dashboard.col.timeProgress')} value={percentOrDash(result.timeProgress)} />
        <Fact label={t('dashboard.col.pace')} value={result.pace === null ? '—' : formatValue(result.pace, 2)} />
        <Fact label={t('dashboard.col.projection')} value={projectionText(result, indicator, t)} />
        <Fact label={t('dashboard.col.required')} value={requiredText(result, indicator, lang)} />
        <Fact label={t('dashboard.col.score')} value={result.score === null ? '—' : formatValue(result.score, 1)} />
      </dl>

      <section className="indicator-section" aria-labelledby="computation-title">
        <h3 id="computation-title" className="section-title">
          {t('dashboard.indicator.computation')}
        </h3>
        <ol className="computation" data-testid="computation">
          {explainComputation(plan, result, lang).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      </section>

      {benchmarks.length > 0 && result.latest && (
        <section className="indicator-section" aria-labelledby="benchmarks-title">
          <h3 id="benchmarks-title" className="section-title">
            {t('dashboard.indicator.benchmarks')}
          </h3>
          <p className="hint">{t('dashboard.indicator.benchmarksLead')}</p>
          <table className="table table-compact" data-testid="indicator-benchmarks">
            <thead>
              <tr>
                <th scope="col">{t('ui.data.colRegion')}</th>
                <th scope="col" className="num">
                  {t('dashboard.col.latest')}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="row-own">
                <th scope="row">{result.region}</th>
                <td className="num">{`${valueOrDash(result.latest.value, indicator)}(${result.latest.year})`}</td>
              </tr>
              {benchmarks.map((b) => (
                <tr key={b.region} data-region={b.region}>
                  <th scope="row">{t('report.chart.benchmark', { region: b.region })}</th>
                  <td className="num">{`${valueOrDash(b.latest.value, indicator)}(${b.latest.year})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {chart && (
        <section className="indicator-section">
          <ChartCanvas spec={chart} caption={t('report.chart.series', { name: indicator.name, unit: indicator.unit })} testId="indicator-chart" />
        </section>
      )}

      <section className="indicator-section" aria-labelledby="values-title">
        <h3 id="values-title" className="section-title">
          {t('dashboard.indicator.values')}
        </h3>
        {values.length === 0 ? (
          <p className="empty">{t('dashboard.indicator.noValues')}</p>
        ) : (
          <table className="table table-compact" data-testid="indicator-values">
            <thead>
              <tr>
                <th scope="col">{t('ui.data.colYear')}</th>
                <th scope="col" className="num">
                  {t('ui.data.colValue')}
                </th>
                <th scope="col">{t('dashboard.indicator.file')}</th>
                <th scope="col">{t('dashboard.indicator.sheet')}</th>
                <th scope="col">{t('dashboard.indicator.cell')}</th>
                <th scope="col">{t('dashboard.indicator.rawText')}</th>
                <th scope="col">{t('dashboard.indicator.citation')}</th>
                <th scope="col">{t('ui.data.colImported')}</th>
                <th scope="col">{t('dashboard.indicator.use')}</th>
              </tr>
            </thead>
            <tbody>
              {values.map((o, i) => (
                <tr key={o.id ?? i} data-year={o.year} className={o.illustrative ? 'row-sample' : undefined}>
                  <td>
                    {o.year}
                    {o.source.yearFrom && (
                      <span className="value-shown" data-testid="year-from">
                        {t(`dashboard.indicator.yearFrom.${o.source.yearFrom}`)}
                      </span>
                    )}
                  </td>
                  <td className="num nowrap">
                    {formatValue(o.value, indicator.precision)} {o.illustrative && <SampleBadge />}
                    {shownTextBeside(o, indicator) !== null && (
                      <span className="value-shown" data-testid="value-shown">
                        {t('dashboard.indicator.shownAs', { text: shownTextBeside(o, indicator)! })}
                      </span>
                    )}
                  </td>
                  <td>
                    {o.source.fileName || '—'}
                    {kept.has(o.source.fileHash) && <OpenOriginalButton fileName={o.source.fileName} fileHash={o.source.fileHash} />}
                  </td>
                  <td>{o.source.sheet || '—'}</td>
                  <td className="mono">
                    {o.source.cell || '—'}
                    {kept.has(o.source.fileHash) && o.source.sheet && o.source.cell && <SourceCellView source={o.source} />}
                  </td>
                  <td className="mono">{o.source.rawText || '—'}</td>
                  <td>{o.source.citation || '—'}</td>
                  <td className="nowrap">{formatDateTime(o.source.importedAt, lang)}</td>
                  <td className="nowrap">{usageText(o, usedYears.get(o.year), evaluation.asOf, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="indicator-section" aria-labelledby="findings-title">
        <h3 id="findings-title" className="section-title">
          {t('dashboard.indicator.findings', { count: result.findings.length })}
        </h3>
        {result.findings.length === 0 ? (
          <p className="hint">{t('dashboard.indicator.noFindings')}</p>
        ) : (
          <ul className="findings" data-testid="findings">
            {result.findings.map((f, i) => (
              <li key={i} data-code={f.code}>
                <span className="finding-code">{t(`dashboard.finding.${f.code}`)}</span> {f.message}
                {f.cells.length > 0 && (
                  <span className="finding-cells">
                    {f.cells
                      .map((c) => [c.region, c.year, c.source ? `${c.source.fileName}${c.source.sheet ? ` ${c.source.sheet}!${c.source.cell}` : ''}` : ''].filter(Boolean).join(' '))
                      .join(';')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

/** A figure of the result; `note` is a second line under it (e.g. the plan target beside a revised one). */
function Fact({ label, value, note, testId }: { label: string; value: string; note?: string | null; testId?: string }) {
  return (
    <div className="fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        {value}
        {note && <span className="fact-note">{note}</span>}
      </dd>
    </div>
  );
}

/** Whether the engine used a value: after the as-of year, replaced by a later import of the same year, or used. */
function usageText(o: Observation, used: Observation | undefined, asOf: number, t: Translate): string {
  if (o.year > asOf) return t('dashboard.indicator.afterAsOf');
  return used === o ? t('dashboard.indicator.used') : t('dashboard.indicator.replaced');
}
