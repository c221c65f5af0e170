// What the detection guessed about one table, each part correctable: layout, header rows, the names column,
// the year columns, the unit, and the single indicator or year; every change maps the file again.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import * as XLSX from 'xlsx';
import { type DetectedTable, LAYOUTS, type TableOverride } from '../../../../shared/ingest';
import type { Plan } from '../../../../shared/model';
import type { WizardTable } from '../../../workers/import-client';
import { useT } from '../../services';

/** A text or number field that applies its value on Enter or when it loses focus, not on every key. */
function ApplyField({ label, value, onApply, type = 'text', placeholder, width }: { label: string; value: string; onApply(value: string): void; type?: 'text' | 'number'; placeholder?: string; width?: number }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const apply = () => {
    if (draft.trim() !== value) onApply(draft.trim());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    }
  };
  return (
    <span className="it-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" type={type} inputMode={type === 'number' ? 'numeric' : undefined} value={draft} placeholder={placeholder} style={width ? { width } : undefined} onChange={(e) => setDraft(e.target.value)} onBlur={apply} onKeyDown={onKeyDown} />
    </span>
  );
}

/** The indicator select's first option: what the title or the lone value column's header names, else a request. */
function detectedIndicator(table: DetectedTable, override: TableOverride, t: (key: string, params?: Record<string, string>) => string): string {
  if (override.indicator) return t('import.table.indicatorNone');
  if (table.indicator) return t('import.table.indicatorDetected', { name: table.indicator });
  const header = table.layout === 'regions-by-indicators' ? table.valueColumns[0]?.name : undefined;
  return header ? t('import.table.indicatorFromHeader', { name: header }) : t('import.table.indicatorNone');
}

function SelectField({ label, value, onChange, children }: { label: string; value: string; onChange(value: string): void; children: ReactNode }) {
  const id = useId();
  return (
    <span className="it-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </span>
  );
}

export interface TableControlsProps {
  analysed: WizardTable;
  /** 1-based position of the table in its sheet. */
  number: number;
  override: TableOverride;
  plan: Plan;
  /** The table is a data-collection template's sheet: read from its cell map, so only "不导入此表" applies. */
  template?: boolean;
  onChange(override: TableOverride): void;
}

/** The correctable description of one detected table. */
export function TableControls({ analysed, number, override, plan, template = false, onChange }: TableControlsProps) {
  const t = useT();
  const { table, mapped } = analysed;
  const range = XLSX.utils.decode_range(table.range);
  const columns = Array.from({ length: range.e.c - range.s.c + 1 }, (_, i) => range.s.c + i);
  const letter = (c: number) => XLSX.utils.encode_col(c);
  const set = (change: Partial<TableOverride>) => onChange({ ...override, ...change });
  const byYears = table.layout === 'indicators-by-years' || table.layout === 'regions-by-years';
  const singleIndicator =
    table.layout === 'regions-by-years' ||
    (table.layout === 'long' && table.longColumns?.indicator === undefined) ||
    (table.layout === 'regions-by-indicators' && table.valueColumns.length === 1);
  const singleYear = table.layout === 'regions-by-indicators' || (table.layout === 'long' && table.longColumns?.year === undefined);
  const years = new Map(table.valueColumns.filter((v) => v.year !== undefined).map((v) => [v.column, v.year!]));
  const firstHeaderRow = table.headerRows[0] ?? range.s.r;
  // Which plan indicators the table's values went to, so a title matched by a saved decision is visible.
  const mappedIds = mapped?.values.indicatorIds.distinct ?? [];
  const mappedNames = singleIndicator && mappedIds.length > 0 ? mappedIds.map((id) => plan.indicators.find((i) => i.id === id)?.name ?? id).join('、') : '';
  // Fields are keyed by the value they show, so a re-detection resets what they display.
  const shown = (value: unknown) => `${table.key}:${String(value)}`;

  const setYear = (column: number, text: string) => {
    const next: Record<number, number> = Object.fromEntries(years);
    const year = Number(text);
    if (text && Number.isInteger(year)) next[column] = year;
    else delete next[column];
    set({ yearColumns: next });
  };

  return (
    <section className={mapped ? 'it' : 'it it-skipped'} data-table-key={table.key} aria-label={t('import.table.title', { n: number, range: table.range })}>
      <div className="it-head">
        <h4 className="it-title">{t('import.table.title', { n: number, range: table.range })}</h4>
        {table.title && <span className="it-caption">{table.title}</span>}
        {mappedNames && <span className="it-mapped">{t('import.table.mappedTo', { names: mappedNames })}</span>}
        <label className="it-skip">
          <input type="checkbox" checked={!mapped} onChange={(e) => set({ skip: e.target.checked || undefined })} />
          {t('import.table.skip')}
        </label>
      </div>
      {!mapped ? (
        <p className="it-note">{t('import.table.skipped')}</p>
      ) : template ? null : (
        <div className="it-fields">
          <SelectField label={t('import.table.layout')} value={table.layout} onChange={(v) => set({ layout: v as TableOverride['layout'] })}>
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`import.layout.${l}`)}
              </option>
            ))}
          </SelectField>
          <ApplyField
            key={shown(table.headerRows.length)}
            label={t('import.table.headerRows')}
            type="number"
            width={64}
            value={String(table.headerRows.length)}
            onApply={(v) => {
              const count = Math.max(1, Math.min(10, Math.round(Number(v)) || 1));
              set({ headerRows: Array.from({ length: count }, (_, i) => firstHeaderRow + i) });
            }}
          />
          {table.layout !== 'long' && (
            <SelectField label={t('import.table.labelColumn')} value={String(table.labelColumn)} onChange={(v) => set({ labelColumn: Number(v) })}>
              {columns.map((c) => (
                <option key={c} value={c}>
                  {t('import.table.column', { column: letter(c) })}
                </option>
              ))}
            </SelectField>
          )}
          <ApplyField key={shown(table.unit)} label={t('import.table.unit')} value={table.unit ?? ''} placeholder={t('import.table.unitNone')} onApply={(v) => set({ unit: v || undefined })} />
          {singleIndicator && (
            <SelectField label={t('import.table.indicator')} value={override.indicator ?? ''} onChange={(v) => set({ indicator: v || undefined })}>
              <option value="">{detectedIndicator(table, override, t)}</option>
              {plan.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </SelectField>
          )}
          {singleYear && <ApplyField key={shown(table.year)} label={t('import.table.year')} type="number" width={88} value={table.year ? String(table.year) : ''} onApply={(v) => set({ year: v ? Number(v) : undefined })} />}
          {singleYear && table.yearFrom && table.yearFrom !== 'given' && table.yearFrom !== 'header' && (
            <p className="it-note" data-testid="table-year-from">
              {t(`import.table.yearFrom.${table.yearFrom}`, { title: table.title ?? '', sheet: table.sheet })}
            </p>
          )}
          {byYears && (
            <fieldset className="it-years">
              <legend>{t('import.table.yearColumns')}</legend>
              <p className="it-note">{t('import.table.yearColumnsHint')}</p>
              <div className="it-year-list">
                {columns
                  .filter((c) => c !== table.labelColumn && c !== table.unitColumn)
                  .map((c) => (
                    <ApplyField key={shown(`${c}=${years.get(c)}`)} label={t('import.table.yearOf', { column: letter(c) })} type="number" width={80} value={years.has(c) ? String(years.get(c)) : ''} onApply={(v) => setYear(c, v)} />
                  ))}
              </div>
            </fieldset>
          )}
        </div>
      )}
    </section>
  );
}
