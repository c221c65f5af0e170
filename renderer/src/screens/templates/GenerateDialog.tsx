// The "生成数据采集表" dialog: indicators (by department), years, regions, grouping, deadline and contact.
import { useId, useMemo, useState } from 'react';
import type { Plan } from '../../../../shared/model';
import { groupByDepartment, type TemplateGrouping } from '../../../../shared/templates';
import { CancelSubmitButtons, Dialog } from '../../components';
import { useT } from '../../services';
import { DeadlineContactFields } from './DeadlineContactFields';

/** What the evaluator chose. */
export interface GenerateChoice {
  indicators: string[];
  years: number[];
  regions: string[];
  grouping: TemplateGrouping;
  deadline: string;
  contact: string;
}

/** "2023" or "2022, 2023" or "2021-2023"; null when any part is not a year. */
export function parseYears(text: string): number[] | null {
  const years: number[] = [];
  for (const part of text.split(/[,,、\s]+/).filter(Boolean)) {
    const range = /^(\d{4})[-–](\d{4})$/.exec(part);
    if (range && Number(range[1]) <= Number(range[2])) for (let y = Number(range[1]); y <= Number(range[2]); y++) years.push(y);
    else if (/^\d{4}$/.test(part)) years.push(Number(part));
    else return null;
  }
  return years.length > 0 ? [...new Set(years)].sort((a, b) => a - b) : null;
}

export function GenerateDialog({ plan, asOf, busy, onSubmit, onCancel }: { plan: Plan; asOf: number; busy: boolean; onSubmit(choice: GenerateChoice): void; onCancel(): void }) {
  const t = useT();
  const id = useId();
  const departments = useMemo(() => [...groupByDepartment(plan.indicators)], [plan]);
  const whole = plan.regions.find((r) => r.whole)?.name ?? plan.regions[0]?.name ?? '';
  const [indicators, setIndicators] = useState(() => new Set(plan.indicators.map((i) => i.id)));
  const [regions, setRegions] = useState(() => new Set([whole]));
  const [yearsText, setYearsText] = useState(String(asOf));
  const [grouping, setGrouping] = useState<TemplateGrouping>('per-file');
  const [deadline, setDeadline] = useState('');
  const [contact, setContact] = useState('');
  const [tried, setTried] = useState(false);

  const years = parseYears(yearsText);
  const problems = {
    indicators: indicators.size === 0 ? t('templates.generate.noIndicators') : null,
    years: years === null ? t('templates.generate.badYears') : null,
    regions: regions.size === 0 ? t('templates.generate.noRegions') : null,
  };
  const toggle = (set: Set<string>, value: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  const submit = () => {
    setTried(true);
    if (problems.indicators || problems.years || problems.regions || busy) return;
    onSubmit({
      indicators: plan.indicators.filter((i) => indicators.has(i.id)).map((i) => i.id),
      years: years!,
      regions: plan.regions.filter((r) => regions.has(r.name)).map((r) => r.name),
      grouping,
      deadline: deadline.trim(),
      contact: contact.trim(),
    });
  };

  return (
    <Dialog
      title={t('templates.generate.title')}
      wide
      onCancel={onCancel}
      onSubmit={submit}
      actions={<CancelSubmitButtons onCancel={onCancel} submitLabel={t('templates.generate.submit')} submitDisabled={busy} />}
    >
      <fieldset className="fieldset">
        <legend>{t('templates.generate.indicators')}</legend>
        <div className="tpl-departments">
          {departments.map(([department, members]) => (
            <div key={department} className="tpl-department" role="group" aria-label={department}>
              <label className="tpl-check tpl-department-name">
                <input
                  type="checkbox"
                  checked={members.every((m) => indicators.has(m.id))}
                  onChange={(e) => setIndicators((set) => members.reduce((s, m) => toggle(s, m.id, e.target.checked), set))}
                />
                {department}
              </label>
              {members.map((m) => (
                <label key={m.id} className="tpl-check">
                  <input type="checkbox" checked={indicators.has(m.id)} onChange={(e) => setIndicators((set) => toggle(set, m.id, e.target.checked))} />
                  {m.name}
                </label>
              ))}
            </div>
          ))}
        </div>
        {tried && problems.indicators && <p className="field-error">{problems.indicators}</p>}
      </fieldset>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-years`}>{t('templates.generate.years')}</label>
          <input id={`${id}-years`} className="input" value={yearsText} aria-invalid={tried && !!problems.years} onChange={(e) => setYearsText(e.target.value)} />
          {tried && problems.years && <p className="field-error">{problems.years}</p>}
        </div>
        <DeadlineContactFields id={id} deadline={deadline} contact={contact} onDeadline={setDeadline} onContact={setContact} />
      </div>
      <fieldset className="fieldset tpl-regions">
        <legend>{t('templates.generate.regions')}</legend>
        {plan.regions.map((r) => (
          <label key={r.name} className="tpl-check">
            <input type="checkbox" checked={regions.has(r.name)} onChange={(e) => setRegions((set) => toggle(set, r.name, e.target.checked))} />
            {r.name}
          </label>
        ))}
        {tried && problems.regions && <p className="field-error">{problems.regions}</p>}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('templates.generate.grouping')}</legend>
        <label className="tpl-check">
          <input type="radio" name={`${id}-grouping`} checked={grouping === 'per-file'} onChange={() => setGrouping('per-file')} />
          {t('templates.generate.perFile')}
        </label>
        <label className="tpl-check">
          <input type="radio" name={`${id}-grouping`} checked={grouping === 'one-workbook'} onChange={() => setGrouping('one-workbook')} />
          {t('templates.generate.oneWorkbook')}
        </label>
      </fieldset>
    </Dialog>
  );
}
