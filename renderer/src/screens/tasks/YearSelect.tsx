// The evaluation year the 重点任务 screen shows and its progress form records.
import { useId } from 'react';
import { useProject, useT } from '../../services';

/** The plan's years after its base year (and the year shown, should it lie outside them). */
export function YearSelect({ year, onYear }: { year: number; onYear(year: number): void }) {
  const t = useT();
  const { project } = useProject();
  const id = useId();
  const years: number[] = [];
  for (let y = project.plan.baseYear + 1; y <= project.plan.period.end; y++) years.push(y);
  if (!years.includes(year)) years.push(year);
  return (
    <span className="tasks-filter">
      <label htmlFor={id}>{t('tasks.year')}</label>
      <select id={id} className="select" value={year} onChange={(e) => onYear(Number(e.target.value))} data-testid="tasks-year">
        {years.map((y) => (
          <option key={y} value={y}>
            {t('tasks.yearOption', { year: y })}
          </option>
        ))}
      </select>
    </span>
  );
}
