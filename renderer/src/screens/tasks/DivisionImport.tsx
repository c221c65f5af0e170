// 导入分工方案 on the 重点任务 screen: choose a responsibility table, see which row goes to which item and what it
// changes (lead, partners, milestones before → after), correct the columns if need be (remembered for the file's
// layout), confirm leaving out rows with errors, apply in one step, and undo from the notice.
import { useState } from 'react';
import { bridge } from '@platform/bridge';
import { DIVISION_ROLES, planDivision, type DivisionColumns, type DivisionPlan, type DivisionRole } from '../../../../shared/division';
import { readWorkbook, webDecryptor } from '../../../../shared/ingest';
import type { Ledger } from '../../../../shared/ledger';
import type { ReadWorkbook } from '../../../../shared/workbook';
import { applyDivisionPlan, db, divisionMappings, undoDivision } from '../../../db';
import { CancelSubmitButtons, Dialog, useBusyTask } from '../../components';
import { planSheetFilters, useLanguage, useProject, useT, useToast } from '../../services';
import { divisionPreview, PREVIEW_FIELDS } from './division-preview';

interface Opened {
  workbook: ReadWorkbook;
  /** Columns the user chose, by sheet. */
  columns: Record<string, DivisionColumns>;
  plan: DivisionPlan;
}

/** The toolbar button and, once a file is chosen, its preview dialog. */
export function DivisionImport({ ledger, onChanged }: { ledger: Ledger; onChanged(): Promise<void> }) {
  const t = useT();
  const { project } = useProject();
  const { notify, reportError } = useToast();
  const { busy, run } = useBusyTask<'read' | 'apply'>();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [partial, setPartial] = useState(false);
  const indicatorIds = project.plan.indicators.map((i) => i.id);

  const plan = async (workbook: ReadWorkbook, columns: Record<string, DivisionColumns>) =>
    planDivision(workbook, ledger, { indicatorIds, mappings: await divisionMappings(db, project.id), columns });

  const choose = () =>
    run('read', async () => {
      const [file] = await bridge.openFiles({ title: t('division.ui.dialogTitle'), filters: planSheetFilters(t) });
      if (!file) return;
      const workbook = await readWorkbook(file.bytes, file.name, { decryptor: webDecryptor });
      setPartial(false);
      setOpened({ workbook, columns: {}, plan: await plan(workbook, {}) });
    });

  const remap = (sheet: string, role: DivisionRole, column: number | null) => {
    if (!opened) return;
    const table = opened.plan.tables.find((tb) => tb.sheet === sheet)!;
    const chosen: DivisionColumns = { ...table.columns };
    if (column === null) delete chosen[role];
    else chosen[role] = column;
    const columns = { ...opened.columns, [sheet]: chosen };
    plan(opened.workbook, columns)
      .then((next) => setOpened({ ...opened, columns, plan: next }))
      .catch(reportError);
  };

  const apply = () =>
    run('apply', async () => {
      if (!opened) return;
      const file = opened.workbook.fileName;
      const applied = await applyDivisionPlan(db, project.id, opened.plan, partial);
      setOpened(null);
      await onChanged();
      const undo = () =>
        undoDivision(db, applied)
          .then(onChanged)
          .then(() => notify({ message: t('division.ui.undone', { file }) }))
          .catch(reportError);
      notify({ message: t('division.ui.applied', { file, count: applied.count }), action: { label: t('ui.action.undo'), run: () => void undo() } });
    });

  return (
    <>
      <button type="button" className="button" onClick={choose} disabled={busy !== null} data-testid="division-open">
        {t('division.ui.open')}
      </button>
      {opened && <DivisionDialog opened={opened} ledger={ledger} partial={partial} onPartial={setPartial} onRemap={remap} busy={busy === 'apply'} onCancel={() => setOpened(null)} onApply={apply} />}
    </>
  );
}

interface DivisionDialogProps {
  opened: Opened;
  ledger: Ledger;
  partial: boolean;
  onPartial(partial: boolean): void;
  onRemap(sheet: string, role: DivisionRole, column: number | null): void;
  busy: boolean;
  onCancel(): void;
  onApply(): void;
}

function DivisionDialog({ opened, ledger, partial, onPartial, onRemap, busy, onCancel, onApply }: DivisionDialogProps) {
  const t = useT();
  const [lang] = useLanguage();
  const { plan } = opened;
  const preview = divisionPreview(plan, ledger, lang);
  const canApply = preview.changes > 0 && (preview.refused === 0 || partial) && !busy;
  return (
    <Dialog
      title={t('division.ui.title', { file: plan.fileName })}
      onCancel={onCancel}
      onSubmit={() => canApply && onApply()}
      wide
      actions={<CancelSubmitButtons onCancel={onCancel} submitLabel={t('division.ui.apply', { count: preview.changes })} submitDisabled={!canApply} />}
    >
      <div className="division" data-testid="division-preview">
        {plan.tables.map((table) => (
          <fieldset key={table.sheet} className="division-mapping" data-testid="division-mapping">
            <legend>
              {t('division.ui.mapping', { sheet: table.sheet, row: table.headerRow + 1 })}
              {table.remembered && <span className="hint"> {t('division.ui.remembered')}</span>}
            </legend>
            {DIVISION_ROLES.map((role) => (
              <label key={role} className="division-role">
                <span>{t(`division.role.${role}`)}</span>
                <select
                  className="select"
                  value={table.columns[role] ?? ''}
                  onChange={(e) => onRemap(table.sheet, role, e.target.value === '' ? null : Number(e.target.value))}
                  data-testid={`division-role-${role}`}
                >
                  <option value="">{t('division.role.none')}</option>
                  {table.headers.map((header, column) =>
                    header === '' ? null : (
                      <option key={column} value={column}>
                        {header}
                      </option>
                    ),
                  )}
                </select>
              </label>
            ))}
          </fieldset>
        ))}
        {preview.fileProblems.map((text) => (
          <p key={text} className="division-problem division-error">
            {text}
          </p>
        ))}
        <p className="hint" data-testid="division-summary">
          {t('division.ui.summary', { rows: preview.rows.length, changes: preview.changes, refused: preview.refused, unchanged: preview.unchanged })}
        </p>
        <div className="table-scroll division-table">
          <table className="table" data-testid="division-rows">
            <thead>
              <tr>
                <th scope="col">{t('division.ui.col.row')}</th>
                <th scope="col">{t('division.ui.col.written')}</th>
                <th scope="col">{t('division.ui.col.item')}</th>
                {PREVIEW_FIELDS.map((f) => (
                  <th key={f} scope="col">
                    {t(`division.ui.col.${f}`)}
                  </th>
                ))}
                <th scope="col">{t('division.ui.col.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.key} className={`division-${row.status}`} data-testid="division-row" data-status={row.status}>
                  <td>{row.where}</td>
                  <td>{row.written}</td>
                  <td>{row.item ?? t('division.ui.none')}</td>
                  {PREVIEW_FIELDS.map((f) => {
                    const change = row.fields[f];
                    return (
                      <td key={f} data-field={f}>
                        {change ? (
                          <>
                            <span className="division-before">{change.before}</span> → <span className="division-after">{change.after}</span>
                          </>
                        ) : (
                          <span className="hint">{t('division.ui.unchanged')}</span>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    {row.problems.map((p) => (
                      <span key={p.text} className={`division-problem division-${p.severity}`}>
                        {p.text}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {preview.changes === 0 && <p className="hint">{t('division.ui.nothing')}</p>}
        {preview.refused > 0 && preview.changes > 0 && (
          <label className="division-partial">
            <input type="checkbox" checked={partial} onChange={(e) => onPartial(e.target.checked)} data-testid="division-partial" />
            {t('division.ui.confirmPartial', { changes: preview.changes, refused: preview.refused })}
          </label>
        )}
      </div>
    </Dialog>
  );
}
