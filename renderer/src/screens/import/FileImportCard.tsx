// One file in the wizard: its progress (with cancel), then per sheet the preview with what went where and the
// detected tables, the names to confirm, unknown regions, hints and conflicts, and the import button once everything
// is decided.
import { useEffect, useId, useMemo, useState } from 'react';
import { findConflicts, type ConflictDecision, type StoredRuns } from '../../../../shared/import';
import type { TableOverride } from '../../../../shared/ingest';
import type { Plan, ValueColumns } from '../../../../shared/model';
import { useLanguage, useT } from '../../services';
import { ConflictList } from './ConflictList';
import { HintList } from './HintList';
import { RegionChoices } from './RegionChoices';
import { NameChoices } from './NameChoices';
import { SheetMapping } from './SheetMapping';
import { PreviewLegend } from './SheetPreview';
import { describeSummary, fileHints, incomingValues, summarise } from './summary';
import { TableControls } from './TableControls';
import { DO_NOT_IMPORT, type FileImport } from './use-file-imports';

/** What the card hands over on import: the values, the conflict decisions and the names the user mapped. */
export interface CommitRequest {
  file: FileImport;
  /** The publication the file's figures are from, as the user gave it ('' for none). */
  publication: string;
  values: ValueColumns[];
  conflictDecisions: Record<string, ConflictDecision>;
  mappingDecisions: Record<string, string>;
}

export interface FileImportCardProps {
  file: FileImport;
  plan: Plan;
  /** The publication remembered for this file from an earlier import, if any. */
  rememberedPublication?: string;
  /** The project's stored values, for the conflicts; null while loading. */
  stored: StoredRuns | null;
  onCancel(): void;
  onRemove(): void;
  onOverride(tableKey: string, override: TableOverride): void;
  onChoose(name: string, choice: string): void;
  onDecide(keys: string[], decision: ConflictDecision): void;
  /** The regions outside the plan kept as benchmarks changed: the file is mapped again. */
  onBenchmarks(kept: string[]): void;
  onCommit(request: CommitRequest): Promise<void>;
}

function failureText(file: FileImport, t: (key: string, params?: Record<string, string | number>) => string): string {
  const { code, message } = file.error!;
  if (code === 'cancelled') return t('import.file.cancelled');
  if (code === 'password-required' && !message) return t('import.password.text', { file: file.name });
  return t('import.file.failed', { message });
}

/** The card of one file. */
export function FileImportCard({ file, plan, rememberedPublication, stored, onCancel, onRemove, onOverride, onChoose, onDecide, onBenchmarks, onCommit }: FileImportCardProps) {
  const t = useT();
  const [lang] = useLanguage();
  const sheetSelectId = useId();
  const [committing, setCommitting] = useState(false);
  const publicationId = useId();
  // Null until the user types: the remembered publication shows, and is what is imported, until then.
  const [publicationTyped, setPublication] = useState<string | null>(null);
  const publication = publicationTyped ?? rememberedPublication ?? '';
  const sheets = file.read?.sheets ?? [];
  const sheetsWithTables = sheets.filter((s) => file.tables.some((x) => x.table.sheet === s.name));
  const [sheetName, setSheetName] = useState<string | null>(null);
  const firstSheet = (sheetsWithTables[0] ?? sheets[0])?.name;
  // Open on the first sheet that has a table, once the tables are known.
  useEffect(() => {
    if (sheetName === null && file.stage === 'ready' && firstSheet !== undefined) setSheetName(firstSheet);
  }, [sheetName, file.stage, firstSheet]);
  const sheet = sheets.find((s) => s.name === sheetName);
  const sheetTables = useMemo(() => file.tables.filter((x) => x.table.sheet === sheetName), [file.tables, sheetName]);

  const incoming = useMemo(() => incomingValues(file.tables), [file.tables]);
  const unitOf = useMemo(() => {
    const units = new Map(plan.indicators.map((i) => [i.id, i.unit]));
    return (id: string) => units.get(id) ?? '';
  }, [plan]);
  const summary = useMemo(() => summarise(file.tables), [file.tables]);
  const conflicts = useMemo(() => (stored ? findConflicts(incoming, stored, unitOf) : []), [incoming, stored, unitOf]);
  const unmapped = useMemo(() => new Set(file.tables.flatMap((x) => x.mapped?.unmapped.map((u) => u.name) ?? [])), [file.tables]);
  const names = Object.values(file.names).filter((n) => unmapped.has(n.name) || n.name in file.choices);
  const pendingNames = [...unmapped].filter((n) => !file.choices[n]).length;
  const pendingConflicts = conflicts.filter((c) => !file.conflictDecisions[c.key]).length;
  const unknownRegions = [...new Set(file.tables.flatMap((x) => x.mapped?.unknownRegions ?? []))];
  const hints = useMemo(() => fileHints(file.tables), [file.tables]);
  const busy = file.stage === 'reading' || file.stage === 'analysing';
  const isTemplate = (file.read?.templateIds?.length ?? 0) > 0;
  const ready = file.stage === 'ready';
  const blocker = pendingNames > 0 ? t('import.commit.pendingNames', { count: pendingNames }) : pendingConflicts > 0 ? t('import.commit.pendingConflicts', { count: pendingConflicts }) : summary.values === 0 ? t('import.commit.nothing') : '';

  const commit = async () => {
    setCommitting(true);
    try {
      const mappingDecisions = Object.fromEntries(Object.entries(file.choices).filter(([, id]) => id !== DO_NOT_IMPORT));
      const decided = Object.fromEntries(conflicts.map((c) => [c.key, file.conflictDecisions[c.key]!]));
      await onCommit({ file, publication, values: incoming, conflictDecisions: decided, mappingDecisions });
    } finally {
      setCommitting(false);
    }
  };

  return (
    <article className="import-file" data-file-name={file.name} aria-label={file.name} aria-busy={busy || undefined}>
      <header className="import-file-head">
        <h3 className="import-file-name">{file.name}</h3>
        {ready && (
          <p className="import-summary" data-testid="import-summary">
            {describeSummary(summary, t)}
          </p>
        )}
        <div className="row-actions">
          {busy ? (
            <button type="button" className="button button-small" onClick={onCancel}>
              {t('import.file.cancel')}
            </button>
          ) : (
            <button type="button" className="button button-small button-quiet" onClick={onRemove}>
              {t('import.file.remove')}
            </button>
          )}
        </div>
      </header>
      {busy && (
        <div className="import-progress">
          <progress max={1} value={file.progress} aria-label={t('import.file.progress', { file: file.name })} />
          <span>{t(file.stage === 'reading' ? 'import.file.reading' : 'import.file.analysing')}</span>
        </div>
      )}
      {file.stage === 'failed' && (
        <p className="import-error" role="alert">
          {failureText(file, t)}
        </p>
      )}
      {file.read && file.stage !== 'failed' && (
        <>
          {file.read.decrypted && <p className="import-note">{t('import.file.decrypted')}</p>}
          {isTemplate && (
            <p className="import-note" data-testid="import-template">
              {t('import.file.template', { departments: [...new Set(file.read.templateDepartments ?? [])].join('、') })}
            </p>
          )}
          {ready && file.tables.length === 0 && <p className="import-note">{t('import.file.noTables')}</p>}
          {ready && file.noTables.length > 0 && (
            <ul className="import-note import-no-tables" data-testid="sheets-without-tables">
              {file.noTables.map((s) => (
                <li key={s.sheet} data-reason={s.reason}>
                  {s.text[lang]}
                </li>
              ))}
            </ul>
          )}
          {sheets.length > 1 && (
            <div className="import-sheet-choice">
              <label htmlFor={sheetSelectId}>{t('import.sheet.choose')}</label>
              <select id={sheetSelectId} className="select" value={sheetName ?? ''} onChange={(e) => setSheetName(e.target.value)}>
                {sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {sheet && (
            <div className="import-sheet">
              <p className="import-note">
                {sheet.name} · {t('import.sheet.size', { rows: sheet.rowCount, columns: sheet.columnCount })}
                {(sheet.rowCount > sheet.rows.length || sheet.columnCount > (sheet.rows[0]?.length ?? 0)) &&
                  ` · ${t('import.sheet.previewClipped', { rows: sheet.rows.length, columns: sheet.rows[0]?.length ?? 0 })}`}
              </p>
              <SheetMapping sheet={sheet} tables={sheetTables} plan={plan} />
              <PreviewLegend />
              {sheetTables.length === 0 && ready && (
                <p className="import-note" data-testid="sheet-no-table">
                  {file.noTables.find((s) => s.sheet === sheet.name)?.text[lang] ?? t('import.sheet.noTables')}
                </p>
              )}
              {sheetTables.map((x, i) => (
                <TableControls key={x.table.key} analysed={x} number={i + 1} override={file.overrides[x.table.key] ?? {}} plan={plan} template={isTemplate} onChange={(o) => onOverride(x.table.key, o)} />
              ))}
            </div>
          )}
          <NameChoices names={names} choices={file.choices} plan={plan} onChoose={onChoose} />
          <RegionChoices regions={unknownRegions} kept={file.benchmarks} onChange={onBenchmarks} />
          <HintList hints={hints} />
          <ConflictList conflicts={conflicts} decisions={file.conflictDecisions} plan={plan} onDecide={onDecide} />
          <div className="import-publication">
            <label htmlFor={publicationId}>{t('import.publication.label')}</label>
            <input
              id={publicationId}
              className="input"
              type="text"
              value={publication}
              placeholder={t('import.publication.placeholder')}
              onChange={(e) => setPublication(e.target.value)}
              data-testid="import-publication"
            />
            <p className="hint">{t('import.publication.hint')}</p>
          </div>
          <div className="import-commit">
            {ready && blocker && <p className="import-blocker">{blocker}</p>}
            <button type="button" className="button button-primary" disabled={!ready || !!blocker || committing || !stored} onClick={commit}>
              {committing ? t('import.committing') : t('import.commit')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
