// The form that drafts a new report: type, as-of year, categories, and whether to include regions and the task chapter.
import { useId, useState, type FormEvent } from 'react';
import type { Plan } from '../../../../shared/model';
import { REPORT_TYPES, type ReportOptions, type ReportType } from '../../../../shared/report';
import { useT } from '../../services';
import { categoriesOption, chosenCategories } from './report-draft';

export interface ReportOptionsFormProps {
  plan: Plan;
  /** Whether the project keeps a task ledger: without one there is no task chapter to include. */
  hasLedger: boolean;
  years: number[];
  initial: ReportOptions;
  busy: boolean;
  onGenerate(options: ReportOptions): void;
}

/** Asks what to report on; 生成报告 hands the options (dated today by the caller) to onGenerate. */
export function ReportOptionsForm({ plan, hasLedger, years, initial, busy, onGenerate }: ReportOptionsFormProps) {
  const t = useT();
  const typeId = useId();
  const yearId = useId();
  const unitId = useId();
  const [unit, setUnit] = useState(initial.unit ?? '');
  const [type, setType] = useState<ReportType>(initial.type);
  const [asOf, setAsOf] = useState(initial.asOf);
  const [chosen, setChosen] = useState(() => chosenCategories(plan, initial.categories));
  const [includeRegions, setIncludeRegions] = useState(initial.includeRegions);
  const [includeTasks, setIncludeTasks] = useState(initial.includeTasks ?? false);
  const hasRegions = plan.regions.some((r) => !r.whole);

  const toggle = (category: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(category);
    else next.delete(category);
    setChosen(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onGenerate({ ...initial, type, asOf, categories: categoriesOption(plan, chosen), includeRegions: includeRegions && hasRegions, includeTasks: includeTasks && hasLedger, ...(unit.trim() ? { unit: unit.trim() } : {}) });
  };

  return (
    <form className="report-options" onSubmit={submit} aria-label={t('reportUi.new.title')} data-testid="report-options">
      <h2 className="section-title">{t('reportUi.new.title')}</h2>
      <div className="field">
        <label htmlFor={typeId}>{t('reportUi.new.type')}</label>
        <select id={typeId} className="select" value={type} onChange={(e) => setType(e.target.value as ReportType)}>
          {REPORT_TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`report.type.${x}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={yearId}>{t('reportUi.new.asOf')}</label>
        <select id={yearId} className="select" value={asOf} onChange={(e) => setAsOf(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {t('reportUi.new.year', { year: y })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={unitId}>{t('reportUi.new.unit')}</label>
        <input id={unitId} className="input" type="text" value={unit} placeholder={t('reportUi.new.unitPlaceholder')} onChange={(e) => setUnit(e.target.value)} />
      </div>
      <fieldset className="fieldset report-categories">
        <legend>{t('reportUi.new.categories')}</legend>
        {plan.categories.map((category) => (
          <label key={category} className="report-check">
            <input type="checkbox" checked={chosen.has(category)} onChange={(e) => toggle(category, e.target.checked)} />
            {category}
          </label>
        ))}
      </fieldset>
      <label className="report-check">
        <input type="checkbox" checked={includeRegions && hasRegions} disabled={!hasRegions} onChange={(e) => setIncludeRegions(e.target.checked)} />
        {t('reportUi.new.regions')}
      </label>
      <label className="report-check">
        <input type="checkbox" checked={includeTasks && hasLedger} disabled={!hasLedger} onChange={(e) => setIncludeTasks(e.target.checked)} data-testid="report-include-tasks" />
        {t('reportUi.new.tasks')}
      </label>
      {chosen.size === 0 && (
        <p className="field-error" role="alert">
          {t('reportUi.new.noCategory')}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy || chosen.size === 0}>
        {t('reportUi.new.generate')}
      </button>
    </form>
  );
}
