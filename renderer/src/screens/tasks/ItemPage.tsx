// One item's page: what the ledger says of it, the progress form for the chosen year, and beside it the item's history
// across years, its milestones as a timeline, its evidence files (each can be opened) and the indicators it serves.
import type { LedgerItem } from '../../../../shared/ledger';
import type { ProgressRow } from '../../../db';
import { formatBytes, useProject, useT, useToast } from '../../services';
import { openEvidence } from './evidence-files';
import { itemEvidence, itemHistory, timeline } from './item-history';
import { ProgressForm } from './ProgressForm';
import { RatingBadge } from './RatingBadge';
import { YearSelect } from './YearSelect';

export interface ItemPageProps {
  item: LedgerItem;
  progress: ProgressRow[];
  year: number;
  onYear(year: number): void;
  onBack(): void;
  onSaved(): Promise<void>;
}

export function ItemPage({ item, progress, year, onYear, onBack, onSaved }: ItemPageProps) {
  const t = useT();
  const { project } = useProject();
  const { notify, reportError } = useToast();
  const history = itemHistory(item, progress);
  const record = history.find((p) => p.year === year);
  const entries = timeline(item, history);
  const evidence = itemEvidence(history);
  const indicators = project.plan.indicators.filter((i) => item.indicators.includes(i.id));
  const open = (e: (typeof evidence)[number]['evidence']) =>
    openEvidence(e)
      .then((found) => found || notify({ tone: 'error', message: t('tasks.evidence.missing', { file: e.name }) }))
      .catch(reportError);

  return (
    <div className="task-page" data-testid="task-page">
      <div className="toolbar">
        <button type="button" className="button button-quiet" onClick={onBack} data-testid="task-back">
          {t('tasks.item.back')}
        </button>
        <div className="toolbar-actions">
          <YearSelect year={year} onYear={onYear} />
        </div>
      </div>
      <h2 className="page-title task-page-title">
        <span className="task-section">{item.section}</span> {item.title}
      </h2>
      <dl className="task-facts">
        <dt>{t('tasks.item.kind')}</dt>
        <dd>{t(`ledger.kind.${item.kind}`)}</dd>
        <dt>{t('tasks.item.verb')}</dt>
        <dd>{t(`ledger.verb.${item.verb}.label`)}</dd>
        <dt>{t('tasks.item.lead')}</dt>
        <dd>{item.lead || t('tasks.item.notNamed')}</dd>
        <dt>{t('tasks.item.partners')}</dt>
        <dd>{item.partners.length > 0 ? item.partners.join(t('tasks.item.partnerSeparator')) : t('tasks.item.notNamed')}</dd>
      </dl>
      <div className="task-columns">
        <ProgressForm key={`${item.id}-${year}-${record?.updatedAt ?? ''}`} item={item} year={year} record={record} onSaved={onSaved} />
        <div className="task-side">
          <section aria-labelledby="task-history">
            <h3 id="task-history" className="section-title">
              {t('tasks.item.history')}
            </h3>
            {history.length === 0 ? (
              <p className="hint">{t('tasks.item.historyEmpty')}</p>
            ) : (
              <table className="table task-history" data-testid="task-history">
                <thead>
                  <tr>
                    <th scope="col">{t('tasks.item.historyYear')}</th>
                    <th scope="col">{t('tasks.item.historyRating')}</th>
                    <th scope="col">{t('tasks.item.historyStage')}</th>
                    <th scope="col">{t('tasks.item.historyText')}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((p) => (
                    <tr key={p.year} className={p.year === year ? 'row-current' : undefined}>
                      <th scope="row">
                        <button type="button" className="link-button" onClick={() => onYear(p.year)}>
                          {t('tasks.yearOption', { year: p.year })}
                        </button>
                      </th>
                      <td>
                        <RatingBadge rating={p.rating ?? 'unreported'} />
                      </td>
                      <td>{p.stage ? t(`ledger.stage.${p.stage}`) : ''}</td>
                      <td className="history-text">{[p.text, p.lagReason, p.nextSteps, p.dropReason].filter((x) => x !== '').join(t('tasks.form.separator'))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="task-milestones">
            <h3 id="task-milestones" className="section-title">
              {t('tasks.item.milestones')}
            </h3>
            {entries.length === 0 ? (
              <p className="hint">{t('tasks.item.milestonesEmpty')}</p>
            ) : (
              <ol className="timeline" data-testid="task-timeline">
                {entries.map((e) => (
                  <li key={`${e.kind}-${e.year}-${e.stage}`} className={`timeline-${e.kind}`}>
                    <span className="timeline-year">{t('tasks.yearOption', { year: e.year })}</span>
                    <span className="timeline-stage">{t(`ledger.stage.${e.stage}`)}</span>
                    <span className="timeline-kind">{t(e.kind === 'planned' ? 'tasks.item.milestonePlanned' : 'tasks.item.milestoneReached')}</span>
                  </li>
                ))}
              </ol>
            )}
            {item.milestoneNote && (
              <p className="hint" data-testid="task-milestone-note">
                {t('division.ui.noteMark', { note: item.milestoneNote })}
              </p>
            )}
          </section>
          <section aria-labelledby="task-evidence">
            <h3 id="task-evidence" className="section-title">
              {t('tasks.item.evidence')}
            </h3>
            {evidence.length === 0 ? (
              <p className="hint">{t('tasks.item.evidenceEmpty')}</p>
            ) : (
              <ul className="evidence-list" data-testid="task-evidence">
                {evidence.map(({ year: y, evidence: e }) => (
                  <li key={`${y}-${e.hash}`}>
                    <span className="evidence-year">{t('tasks.item.evidenceYear', { year: y })}</span>
                    <span className="evidence-name">{e.name}</span>
                    <span className="evidence-size">{formatBytes(e.size)}</span>
                    <button type="button" className="button button-small" title={t('tasks.evidence.openTitle', { file: e.name })} onClick={() => void open(e)}>
                      {t('tasks.evidence.open')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="task-indicators">
            <h3 id="task-indicators" className="section-title">
              {t('tasks.item.indicators')}
            </h3>
            {indicators.length === 0 ? (
              <p className="hint">{t('tasks.item.indicatorsEmpty')}</p>
            ) : (
              <ul className="indicator-links" data-testid="task-indicators">
                {indicators.map((i) => (
                  <li key={i.id}>{i.unit ? t('tasks.item.indicatorUnit', { name: i.name, unit: i.unit }) : i.name}</li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
