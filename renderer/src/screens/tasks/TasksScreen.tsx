// The 重点任务 tab: the ledger's items for one evaluation year, filtered by section, lead unit and rating, the counts by
// rating per chapter (chart and summary), an item's page with its progress form, and the 分工方案 import.
import { useId, useMemo, useState } from 'react';
import { ratingCounts, type Ledger } from '../../../../shared/ledger';
import type { ProgressRow } from '../../../db';
import { ChartCanvas } from '../../charts';
import { useLanguage, useLedger, useProject, useT } from '../../services';
import { DivisionImport } from './DivisionImport';
import { ItemPage } from './ItemPage';
import { RatingBadge } from './RatingBadge';
import { TaskList } from './TaskList';
import { YearSelect } from './YearSelect';
import { chapters, filterItems, leadUnits, NO_FILTER, progressOfYear, RATING_KEYS, ratingChart, type RatingKey, type TaskFilter } from './task-rows';
import './tasks.css';

export function TasksScreen() {
  const t = useT();
  const { project } = useProject();
  const { state, reload } = useLedger();
  const [year, setYear] = useState(project.settings.asOf);
  const [open, setOpen] = useState<string | null>(null);
  // Kept here, not in the list, so that coming back from an item finds the same filters and the item it left.
  const [filter, setFilter] = useState<TaskFilter>(NO_FILTER);
  const [last, setLast] = useState<string | null>(null);
  const openItem = (itemId: string) => {
    setLast(itemId);
    setOpen(itemId);
  };

  if (state.status === 'loading') return <p className="empty">{t('tasks.loading')}</p>;
  if (state.status === 'none') return <p className="empty">{t('tasks.noLedger')}</p>;
  const item = open === null ? undefined : state.ledger.items.find((i) => i.id === open);
  if (item) return <ItemPage item={item} progress={state.progress} year={year} onYear={setYear} onBack={() => setOpen(null)} onSaved={reload} />;
  return <Overview ledger={state.ledger} progress={state.progress} year={year} onYear={setYear} filter={filter} onFilter={setFilter} returnedFrom={last} onOpen={openItem} onChanged={reload} />;
}

interface OverviewProps {
  ledger: Ledger;
  progress: ProgressRow[];
  year: number;
  onYear(year: number): void;
  filter: TaskFilter;
  onFilter(update: (filter: TaskFilter) => TaskFilter): void;
  /** The item whose page was left last: the list starts on it. */
  returnedFrom: string | null;
  onOpen(itemId: string): void;
  /** After a 分工方案 import or its undo: the screen re-reads the ledger. */
  onChanged(): Promise<void>;
}

function Overview({ ledger, progress, year, onYear, filter, onFilter, returnedFrom, onOpen, onChanged }: OverviewProps) {
  const t = useT();
  const [lang] = useLanguage();
  const ids = { chapter: useId(), lead: useId(), rating: useId(), search: useId() };
  const records = useMemo(() => progressOfYear(progress, year), [progress, year]);
  const items = useMemo(() => filterItems(ledger, records, filter), [ledger, records, filter]);
  const spec = useMemo(() => ratingChart(ledger, progress, year, lang), [ledger, progress, year, lang]);
  const leads = useMemo(() => leadUnits(ledger), [ledger]);
  const counts = useMemo(() => ratingCounts(ledger.items, progress, year), [ledger, progress, year]);
  const set = (change: Partial<TaskFilter>) => onFilter((f) => ({ ...f, ...change }));

  return (
    <div className="tasks" data-testid="tasks">
      <div className="toolbar tasks-bar" role="group" aria-label={t('tasks.filters')}>
        <YearSelect year={year} onYear={onYear} />
        <span className="tasks-filter">
          <label htmlFor={ids.chapter}>{t('tasks.filter.section')}</label>
          <select id={ids.chapter} className="select" value={filter.chapter ?? ''} onChange={(e) => set({ chapter: e.target.value || null })} data-testid="filter-section">
            <option value="">{t('tasks.filter.allSections')}</option>
            {chapters(ledger).map((c) => (
              <option key={c.ref} value={c.ref}>
                {`${c.ref}、${c.title}`}
              </option>
            ))}
          </select>
        </span>
        <span className="tasks-filter">
          <label htmlFor={ids.lead}>{t('tasks.filter.lead')}</label>
          <select id={ids.lead} className="select" value={filter.lead ?? '*'} onChange={(e) => set({ lead: e.target.value === '*' ? null : e.target.value })} data-testid="filter-lead">
            <option value="*">{t('tasks.filter.allLeads')}</option>
            {leads.someUnnamed && <option value="">{t('tasks.filter.noLead')}</option>}
            {leads.units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </span>
        <span className="tasks-filter">
          <label htmlFor={ids.rating}>{t('tasks.filter.rating')}</label>
          <select id={ids.rating} className="select" value={filter.rating ?? ''} onChange={(e) => set({ rating: (e.target.value || null) as RatingKey | null })} data-testid="filter-rating">
            <option value="">{t('tasks.filter.allRatings')}</option>
            {RATING_KEYS.map((r) => (
              <option key={r} value={r}>
                {t(`ledger.rating.${r}`)}
              </option>
            ))}
          </select>
        </span>
        <span className="tasks-filter">
          <label htmlFor={ids.search}>{t('tasks.filter.search')}</label>
          <input id={ids.search} className="input" type="search" value={filter.search} placeholder={t('tasks.filter.searchPlaceholder')} onChange={(e) => set({ search: e.target.value })} data-testid="filter-search" />
        </span>
        <span className="toolbar-actions">
          <DivisionImport ledger={ledger} onChanged={onChanged} />
        </span>
      </div>

      <section className="tasks-summary" aria-label={t('tasks.counts', { year })}>
        <h2 className="section-title">{t('tasks.counts', { year })}</h2>
        <ul className="rating-counts" data-testid="rating-counts">
          {RATING_KEYS.map((r) => (
            <li key={r} data-testid={`count-${r}`} data-count={counts[r]}>
              <RatingBadge rating={r} />
              <span className="rating-count">{t('tasks.countItems', { count: counts[r] })}</span>
            </li>
          ))}
        </ul>
        <ChartCanvas spec={spec} caption={t('tasks.chart.caption', { year })} testId="tasks-chart" />
      </section>

      <p className="hint" data-testid="task-count">
        {t('tasks.list.count', { shown: items.length, total: ledger.items.length })}
      </p>
      <TaskList items={items} records={records} year={year} returnedFrom={returnedFrom} onOpen={onOpen} />
    </div>
  );
}
