// Beside the preview: per table, each source row, column or title with its cell and the indicator its values went to
// (or why nothing was imported); selecting an entry highlights it in the preview, selecting it again clears that.
import { useId } from 'react';
import type { Plan } from '../../../../shared/model';
import type { WizardTable } from '../../../workers/import-client';
import { useT } from '../../services';
import type { MappingEntry } from './mapping-list';
import { describeCount } from './summary';

/** One table's entries, as the list shows them. */
export interface TableMapping {
  analysed: WizardTable;
  entries: MappingEntry[];
}

type Translate = ReturnType<typeof useT>;

/** The source side of an entry: its label as the sheet shows it, or why there is none to show. */
function sourceText(entry: MappingEntry, t: Translate): string {
  if (entry.label === null) return t('wizard.mapping.outsidePreview');
  return entry.label || t('wizard.mapping.unnamed');
}

/** The target side: the indicator and how many values went to it, or why none did. */
function targetText(entry: MappingEntry, plan: Plan, t: Translate): string {
  if (entry.indicatorId === null) return t(`wizard.mapping.reason.${entry.reason}`);
  const name = plan.indicators.find((i) => i.id === entry.indicatorId)?.name ?? entry.indicatorId;
  return `${name} · ${describeCount(entry.values, 'values', t)}`;
}

function Entry({ entry, plan, selected, onSelect }: { entry: MappingEntry; plan: Plan; selected: boolean; onSelect(): void }) {
  const t = useT();
  return (
    <li>
      <button type="button" className="mapping-entry" aria-pressed={selected} data-testid="mapping-entry" data-cell={entry.cell} data-imported={entry.indicatorId !== null} onClick={onSelect}>
        <span className="mapping-source">
          <code>{entry.cell}</code> {entry.axis === 'table' && <span className="mapping-scope">{t('wizard.mapping.wholeTable')}</span>}
          {sourceText(entry, t)}
        </span>
        <span className="mapping-arrow" aria-hidden="true">
          →
        </span>
        {entry.indicatorId !== null && <span className="visually-hidden">{t('wizard.mapping.goesTo')}</span>}
        <span className={entry.indicatorId === null ? 'mapping-target mapping-none' : 'mapping-target'}>{targetText(entry, plan, t)}</span>
      </button>
    </li>
  );
}

/** The list of every table of the sheet; `selected` is the key of the highlighted entry. */
export function MappingList({ tables, plan, selected, onSelect }: { tables: TableMapping[]; plan: Plan; selected: string | null; onSelect(key: string | null): void }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="mapping" aria-labelledby={titleId} data-testid="mapping-list">
      <h4 id={titleId} className="import-block-title">
        {t('wizard.mapping.title')}
      </h4>
      <p className="mapping-lead">{t('wizard.mapping.lead')}</p>
      {tables.map(({ analysed, entries }, i) => (
        <div key={analysed.table.key} className="mapping-table" data-table-key={analysed.table.key}>
          <h5 className="mapping-table-title">{t('import.table.title', { n: i + 1, range: analysed.table.range })}</h5>
          {!analysed.mapped ? (
            <p className="mapping-note">{t('wizard.mapping.skipped')}</p>
          ) : entries.length === 0 ? (
            <p className="mapping-note">{t('wizard.mapping.empty')}</p>
          ) : (
            <ul className="mapping-entries">
              {entries.map((entry) => (
                <Entry key={entry.key} entry={entry} plan={plan} selected={entry.key === selected} onSelect={() => onSelect(entry.key === selected ? null : entry.key)} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
