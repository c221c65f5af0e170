// The 评估轮次 panel: freeze a round (kind, year, cut-off), list the rounds with their hash, draft a report of one,
// delete one, and choose two to compare.
import { useId, useState, type FormEvent } from 'react';
import { formatCount } from '../../../../shared/attain';
import { localDate, ROUND_KINDS, roundName, roundValueCount, type Round, type RoundKind } from '../../../../shared/round';
import type { NewRound } from '../../../db/rounds';
import { formatDateTime, useLanguage, useT } from '../../services';

export interface RoundsPanelProps {
  years: number[];
  initialYear: number;
  rounds: Round[];
  busy: boolean;
  /** A round is being frozen: the panel says so where the evaluator clicked. */
  freezing: boolean;
  onFreeze(round: NewRound): void;
  onReport(round: Round): void;
  onDelete(round: Round): void;
  onCompare(then: Round, now: Round): void;
}

/** Freezing form, the list of rounds and the choice of two to compare. */
export function RoundsPanel({ years, initialYear, rounds, busy, freezing, onFreeze, onReport, onDelete, onCompare }: RoundsPanelProps) {
  const t = useT();
  const [lang] = useLanguage();
  const ids = { kind: useId(), year: useId(), cutoff: useId(), name: useId(), then: useId(), now: useId() };
  const [kind, setKind] = useState<RoundKind>('midterm');
  const [asOf, setAsOf] = useState(initialYear);
  const [cutoff, setCutoff] = useState(() => localDate(new Date()));
  const [name, setName] = useState('');
  const [missingCutoff, setMissingCutoff] = useState(false);
  // Oldest as the earlier round, newest as the later, until the evaluator chooses.
  const [thenId, setThenId] = useState<string | null>(null);
  const [nowId, setNowId] = useState<string | null>(null);
  // By default the comparison runs forward in time: the round of the earliest year (first frozen) against the latest.
  const byYear = [...rounds].sort((a, b) => a.asOf - b.asOf || a.frozenAt.localeCompare(b.frozenAt));
  const then = rounds.find((r) => r.id === thenId) ?? byYear[0];
  const now = rounds.find((r) => r.id === nowId) ?? byYear[byYear.length - 1];
  const defaultName = roundName(kind, asOf, lang);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!cutoff) {
      setMissingCutoff(true);
      return;
    }
    setMissingCutoff(false);
    onFreeze({ kind, asOf, cutoff, name: name.trim() || defaultName });
  };

  return (
    <section className="round-panel" aria-labelledby="round-panel-title" data-testid="round-panel">
      <h2 id="round-panel-title" className="section-title">
        {t('roundUi.title')}
      </h2>
      <p className="hint">{t('roundUi.help')}</p>
      <form className="round-freeze" onSubmit={submit} aria-label={t('roundUi.freeze.submit')}>
        <div className="field">
          <label htmlFor={ids.kind}>{t('roundUi.freeze.kind')}</label>
          <select id={ids.kind} className="select" value={kind} onChange={(e) => setKind(e.target.value as RoundKind)} data-testid="round-kind">
            {ROUND_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`round.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.year}>{t('roundUi.freeze.asOf')}</label>
          <select id={ids.year} className="select" value={asOf} onChange={(e) => setAsOf(Number(e.target.value))} data-testid="round-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {t('reportUi.new.year', { year: y })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.cutoff}>{t('roundUi.freeze.cutoff')}</label>
          <input id={ids.cutoff} className="input" type="date" value={cutoff} onChange={(e) => setCutoff(e.target.value)} aria-invalid={missingCutoff || undefined} data-testid="round-cutoff" />
        </div>
        <div className="field">
          <label htmlFor={ids.name}>{t('roundUi.freeze.name')}</label>
          <input id={ids.name} className="input" type="text" value={name} placeholder={defaultName} onChange={(e) => setName(e.target.value)} data-testid="round-name" />
        </div>
        {missingCutoff && (
          <p className="field-error" role="alert">
            {t('roundUi.freeze.noCutoff')}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy} data-testid="round-freeze">
          {t('roundUi.freeze.submit')}
        </button>
        {freezing && (
          <p className="round-progress" role="status">
            <progress /> {t('roundUi.busy.freeze')}
          </p>
        )}
      </form>
      {rounds.length === 0 ? (
        <p className="hint">{t('roundUi.list.empty')}</p>
      ) : (
        <ul className="round-list" data-testid="round-list">
          {rounds.map((round) => (
            <li key={round.id} className="round-list-item" data-round-id={round.id}>
              <span className="report-list-name">{round.name}</span>
              <span className="report-list-meta">{t('roundUi.list.meta', { kind: t(`round.kind.${round.kind}`), year: round.asOf, cutoff: round.cutoff })}</span>
              <span className="report-list-meta">
                {t('roundUi.list.frozen', { date: formatDateTime(round.frozenAt, lang), count: formatCount(roundValueCount(round.inputs.values)), hash: round.hash.slice(0, 12) })}
              </span>
              <span className="round-actions">
                <button type="button" className="button" disabled={busy} title={t('roundUi.list.reportOf', { name: round.name })} onClick={() => onReport(round)} data-testid="round-report">
                  {t('roundUi.list.report')}
                </button>
                <button type="button" className="icon-button" aria-label={t('roundUi.list.delete', { name: round.name })} title={t('roundUi.list.delete', { name: round.name })} disabled={busy} onClick={() => onDelete(round)}>
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {rounds.length >= 2 && then && now && (
        <div className="round-compare">
          <div className="field">
            <label htmlFor={ids.then}>{t('roundUi.diff.then')}</label>
            <select id={ids.then} className="select" value={then.id} onChange={(e) => setThenId(e.target.value)} data-testid="round-then">
              {rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.now}>{t('roundUi.diff.now')}</label>
            <select id={ids.now} className="select" value={now.id} onChange={(e) => setNowId(e.target.value)} data-testid="round-now">
              {rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          {then.id === now.id && (
            <p className="field-error" role="alert">
              {t('roundUi.diff.same')}
            </p>
          )}
          <button type="button" className="button" disabled={busy || then.id === now.id} onClick={() => onCompare(then, now)} data-testid="round-compare">
            {t('roundUi.diff.submit')}
          </button>
        </div>
      )}
    </section>
  );
}
