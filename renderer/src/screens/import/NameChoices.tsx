// Indicator names the plan does not know: the user picks the indicator (ranked suggestions first) or
// "do not import"; nothing is mapped until they choose.
import { useId } from 'react';
import type { UnmappedName } from '../../../../shared/ingest';
import type { Plan } from '../../../../shared/model';
import { useT } from '../../services';
import { DO_NOT_IMPORT } from './use-file-imports';

function NameChoice({ name, choice, plan, onChoose }: { name: UnmappedName; choice: string; plan: Plan; onChoose(choice: string): void }) {
  const t = useT();
  const id = useId();
  const suggested = name.suggestions.map((s) => plan.indicators.find((i) => i.id === s)).filter((i) => i !== undefined);
  const others = plan.indicators.filter((i) => !name.suggestions.includes(i.id));
  return (
    <li className="names-item" data-name={name.name}>
      <label htmlFor={id} className="names-label">
        <span className="visually-hidden">{t('import.names.for', { name: name.name })}</span>
        <strong aria-hidden="true">{name.name}</strong>
        <span className="names-cell" aria-hidden="true">
          {t('import.names.cell', { cell: name.cell })}
        </span>
      </label>
      <select id={id} className="select" value={choice} aria-invalid={choice ? undefined : true} onChange={(e) => onChoose(e.target.value)}>
        <option value="">{t('import.names.choose')}</option>
        <option value={DO_NOT_IMPORT}>{t('import.names.skip')}</option>
        {suggested.length > 0 && (
          <optgroup label={t('import.names.suggested')}>
            {suggested.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('import.names.others')}>
          {others.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </optgroup>
      </select>
    </li>
  );
}

/** The list of names to confirm, one select each. */
export function NameChoices({ names, choices, plan, onChoose }: { names: UnmappedName[]; choices: Record<string, string>; plan: Plan; onChoose(name: string, choice: string): void }) {
  const t = useT();
  if (names.length === 0) return null;
  return (
    <section className="import-block" data-testid="unmapped-names">
      <h4 className="import-block-title">{t('import.names.title')}</h4>
      <p className="import-block-lead">{t('import.names.lead')}</p>
      <ul className="names">
        {names.map((n) => (
          <NameChoice key={n.name} name={n} choice={choices[n.name] ?? ''} plan={plan} onChoose={(c) => onChoose(n.name, c)} />
        ))}
      </ul>
    </section>
  );
}
