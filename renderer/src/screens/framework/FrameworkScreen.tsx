// The indicator framework: categories and their indicators in one table, edited in place and saved at once.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { bridge } from '@platform/bridge';
import type { Indicator, Plan, TargetRevision } from '../../../../shared/model';
import { writePlanSheet } from '../../../../shared/plan-sheet';
import { RowDeleteButton, TextPromptDialog, useConfirm } from '../../components';
import { planSheetFilters, useLanguage, useProject, useT, useToast } from '../../services';
import { describeTarget, describeBaseline } from './describe';
import { blankForm, formFromIndicator, type IndicatorForm } from './indicator-form';
import { IndicatorEditor } from './IndicatorEditor';
import { RevisionEditor } from './RevisionEditor';
import { RevisionHistory } from './RevisionHistory';
import {
  addCategory,
  addIndicator,
  addRevision,
  categoryNameProblem,
  editIndicator,
  insertRevision,
  indicatorsOf,
  insertIndicator,
  moveCategory,
  moveIndicator,
  removeCategory,
  removeIndicator,
  removeRevision,
  renameCategory,
  revisionsOf,
} from './plan-edits';

type Editing = { original?: Indicator; initial: IndicatorForm };
type CategoryPrompt = { kind: 'add' } | { kind: 'rename'; name: string };

/** Shows and edits the open project's framework. */
export function FrameworkScreen() {
  const t = useT();
  const [lang] = useLanguage();
  const { project, savePlan } = useProject();
  const confirm = useConfirm();
  const { notify, reportError } = useToast();
  const plan = project.plan;
  const latestPlan = useRef(plan);
  latestPlan.current = plan;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [categoryPrompt, setCategoryPrompt] = useState<CategoryPrompt | null>(null);
  const [revising, setRevising] = useState<Indicator | null>(null);
  // After a keyboard move the row re-renders elsewhere; focus follows it there.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!focusKey) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(focusKey)}"]`)?.focus();
    setFocusKey(null);
  }, [focusKey, plan]);

  const save = (next: Plan) => savePlan(next).catch(reportError);

  const deleteIndicator = async (indicator: Indicator) => {
    const ok = await confirm({
      title: t('ui.framework.deleteIndicatorTitle'),
      message: t('ui.framework.deleteIndicatorMessage', { name: indicator.name, id: indicator.id }),
      confirmLabel: t('ui.action.delete'),
      danger: true,
    });
    const removal = ok ? removeIndicator(latestPlan.current, indicator.id) : null;
    if (!removal) return;
    await save(removal.plan);
    notify({
      message: t('ui.framework.indicatorDeleted', { name: indicator.name }),
      action: {
        label: t('ui.action.undo'),
        run: () => {
          const current = latestPlan.current;
          if (current.indicators.some((i) => i.id === removal.removed.id)) return;
          const withCategory = current.categories.includes(removal.removed.category) ? current : addCategory(current, removal.removed.category);
          save(insertIndicator(withCategory, removal.removed, removal.index));
        },
      },
    });
  };

  const deleteCategory = async (name: string) => {
    const ok = await confirm({
      title: t('ui.framework.deleteCategoryTitle'),
      message: t('ui.framework.deleteCategoryMessage', { name }),
      confirmLabel: t('ui.action.delete'),
      danger: true,
    });
    const removal = ok ? removeCategory(latestPlan.current, name) : null;
    if (!removal) return;
    await save(removal.plan);
    notify({
      message: t('ui.framework.categoryDeleted', { name }),
      action: {
        label: t('ui.action.undo'),
        run: () => {
          if (!latestPlan.current.categories.includes(name)) save(addCategory(latestPlan.current, name, removal.index));
        },
      },
    });
  };

  const categoryProblem = (name: string) => {
    const problem = categoryNameProblem(plan, name, categoryPrompt?.kind === 'rename' ? categoryPrompt.name : undefined);
    return problem ? t(problem, { name }) : null;
  };

  const submitCategory = (name: string) => {
    const current = categoryPrompt!;
    setCategoryPrompt(null);
    save(current.kind === 'add' ? addCategory(plan, name) : renameCategory(plan, current.name, name));
  };

  const saveIndicator = (indicator: Indicator) => {
    const original = editing?.original;
    setEditing(null);
    save(original ? editIndicator(plan, original.id, indicator) : addIndicator(plan, indicator));
    setFocusKey(`i:${indicator.id}`);
  };

  // A recorded revision is undone, like a deletion, from the notice that confirms it.
  const recordRevision = (revision: TargetRevision) => {
    const indicator = revising!;
    setRevising(null);
    save(addRevision(latestPlan.current, indicator.id, revision).plan);
    notify({
      message: t('revision.ui.recorded', { name: indicator.name }),
      action: {
        label: t('ui.action.undo'),
        run: () => {
          const removal = removeRevision(latestPlan.current, indicator.id, revision);
          if (removal) save(removal.plan);
        },
      },
    });
  };

  const deleteRevision = async (indicator: Indicator, revision: TargetRevision) => {
    const ok = await confirm({
      title: t('revision.ui.deleteTitle'),
      message: t('revision.ui.deleteMessage', { name: indicator.name, year: revision.effectiveYear, basis: revision.basis }),
      confirmLabel: t('ui.action.delete'),
      danger: true,
    });
    const removal = ok ? removeRevision(latestPlan.current, indicator.id, revision) : null;
    if (!removal) return;
    await save(removal.plan);
    notify({
      message: t('revision.ui.deleted', { name: indicator.name }),
      action: {
        label: t('ui.action.undo'),
        run: () => {
          if (latestPlan.current.indicators.some((i) => i.id === indicator.id)) save(insertRevision(latestPlan.current, indicator.id, revision, removal.index));
        },
      },
    });
  };

  const exportSheet = async () => {
    try {
      await bridge.saveFile({ suggestedName: `${plan.name}.xlsx`, bytes: writePlanSheet(plan, lang), filters: planSheetFilters(t).map((f) => ({ ...f, extensions: ['xlsx'] })) });
    } catch (error) {
      reportError(error);
    }
  };

  const onIndicatorKey = (event: KeyboardEvent, indicator: Indicator) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      save(moveIndicator(plan, indicator.id, event.key === 'ArrowUp' ? -1 : 1));
      setFocusKey(`i:${indicator.id}`);
    } else if (event.key === 'Enter') setEditing({ original: indicator, initial: formFromIndicator(indicator) });
    else if (event.key === 'Delete') deleteIndicator(indicator);
    else return;
    event.preventDefault();
  };

  const onCategoryKey = (event: KeyboardEvent, name: string) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      save(moveCategory(plan, name, event.key === 'ArrowUp' ? -1 : 1));
      setFocusKey(`c:${name}`);
    } else if (event.key === 'Enter' || event.key === 'F2') setCategoryPrompt({ kind: 'rename', name });
    else if (event.key === 'Delete' && indicatorsOf(plan, name).length === 0) deleteCategory(name);
    else return;
    event.preventDefault();
  };

  // The table's headings, left to right; a category's row spans them all.
  const columns: { label: string; className?: string }[] = [
    { label: t('ui.field.id') },
    { label: t('ui.field.name') },
    { label: t('ui.field.unit') },
    { label: t('ui.framework.colBaseline') },
    { label: t('ui.framework.colTarget') },
    { label: t('ui.field.direction'), className: 'nowrap' },
    { label: t('ui.field.kind'), className: 'nowrap' },
    { label: t('ui.field.nature'), className: 'nowrap' },
    { label: t('ui.field.weight'), className: 'num nowrap' },
    { label: t('ui.start.colActions'), className: 'col-actions' },
  ];

  return (
    <div className="framework">
      <div className="toolbar">
        <h2 className="section-title">{t('ui.framework.title', { count: plan.indicators.length, categories: plan.categories.length })}</h2>
        <div className="toolbar-actions">
          <button type="button" className="button" onClick={() => setCategoryPrompt({ kind: 'add' })}>
            {t('ui.framework.addCategory')}
          </button>
          <button type="button" className="button" onClick={exportSheet}>
            {t('ui.framework.export')}
          </button>
        </div>
      </div>
      <p className="hint">{t('ui.framework.keyboardHint')}</p>
      <div className="table-scroll">
        <table className="table framework-table" ref={tableRef} data-testid="framework-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col" className={column.className}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          {plan.categories.map((category, categoryIndex) => {
            const members = indicatorsOf(plan, category);
            return (
              <tbody key={category} data-category={category}>
                <tr className="category-row selectable-row" tabIndex={0} data-row-key={`c:${category}`} onKeyDown={(e) => onCategoryKey(e, category)}>
                  <th scope="colgroup" colSpan={columns.length}>
                    <div className="category-head">
                      <span>
                        {category}
                        <span className="category-count">{t('ui.framework.categoryCount', { count: members.length })}</span>
                      </span>
                      <div className="row-actions">
                        <button type="button" className="button button-small" onClick={() => setEditing({ initial: blankForm(plan, category) })}>
                          {t('ui.framework.addIndicator')}
                        </button>
                        <button type="button" className="button button-small" onClick={() => setCategoryPrompt({ kind: 'rename', name: category })}>
                          {t('ui.action.rename')}
                        </button>
                        <MoveButtons
                          upDisabled={categoryIndex === 0}
                          downDisabled={categoryIndex === plan.categories.length - 1}
                          what={category}
                          onMove={(step) => save(moveCategory(plan, category, step))}
                        />
                        <RowDeleteButton
                          disabled={members.length > 0}
                          title={members.length > 0 ? t('ui.framework.categoryNotEmpty') : undefined}
                          onClick={() => deleteCategory(category)}
                        />
                      </div>
                    </div>
                  </th>
                </tr>
                {members.length === 0 && (
                  <tr>
                    <td colSpan={columns.length} className="empty-cell">
                      {t('ui.framework.categoryEmpty')}
                    </td>
                  </tr>
                )}
                {members.map((indicator, i) => (
                  <tr
                    key={indicator.id}
                    className="selectable-row"
                    tabIndex={0}
                    data-row-key={`i:${indicator.id}`}
                    data-indicator-id={indicator.id}
                    onKeyDown={(e) => onIndicatorKey(e, indicator)}
                    onDoubleClick={() => setEditing({ original: indicator, initial: formFromIndicator(indicator) })}
                  >
                    <td className="mono nowrap">{indicator.id}</td>
                    <td>{indicator.name}</td>
                    <td className="nowrap">{indicator.unit}</td>
                    <td className="nowrap">{describeBaseline(indicator, t)}</td>
                    <td className="nowrap" data-testid="target">
                      {describeTarget(indicator, t)}
                      {indicator.revisions && (
                        <span className="revision-badge" title={t('revision.ui.badgeTitle')}>
                          {t('revision.ui.badge', { count: indicator.revisions.length })}
                        </span>
                      )}
                    </td>
                    <td className="nowrap" title={t(`ui.direction.${indicator.direction}`)}>
                      {t(`ui.directionShort.${indicator.direction}`)}
                    </td>
                    <td className="nowrap">{t(`ui.kind.${indicator.kind}`)}</td>
                    <td className="nowrap">{t(`ui.nature.${indicator.nature}`)}</td>
                    <td className="num">{indicator.weight}</td>
                    <td className="col-actions">
                      <div className="row-actions">
                        <button type="button" className="button button-small" onClick={() => setEditing({ original: indicator, initial: formFromIndicator(indicator) })}>
                          {t('ui.action.edit')}
                        </button>
                        {indicator.target && (
                          <button type="button" className="button button-small" data-testid="revise-target" onClick={() => setRevising(indicator)}>
                            {t('revision.ui.action')}
                          </button>
                        )}
                        <MoveButtons
                          upDisabled={i === 0}
                          downDisabled={i === members.length - 1}
                          what={indicator.name}
                          onMove={(step) => save(moveIndicator(plan, indicator.id, step))}
                        />
                        <RowDeleteButton onClick={() => deleteIndicator(indicator)} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>

      <RevisionHistory revisions={revisionsOf(plan)} onRemove={deleteRevision} />

      {revising && <RevisionEditor plan={plan} indicator={revising} onSave={recordRevision} onCancel={() => setRevising(null)} />}
      {editing && <IndicatorEditor plan={plan} original={editing.original} initial={editing.initial} onSave={saveIndicator} onCancel={() => setEditing(null)} />}
      {categoryPrompt && (
        <TextPromptDialog
          title={t(categoryPrompt.kind === 'add' ? 'ui.framework.addCategory' : 'ui.framework.renameCategory')}
          label={t('ui.framework.categoryName')}
          initial={categoryPrompt.kind === 'rename' ? categoryPrompt.name : ''}
          submitLabel={t(categoryPrompt.kind === 'add' ? 'ui.action.add' : 'ui.action.rename')}
          validate={categoryProblem}
          onSubmit={submitCategory}
          onCancel={() => setCategoryPrompt(null)}
        />
      )}
    </div>
  );
}

function MoveButtons({ upDisabled, downDisabled, what, onMove }: { upDisabled: boolean; downDisabled: boolean; what: string; onMove(step: -1 | 1): void }) {
  const t = useT();
  return (
    <>
      <button type="button" className="icon-button" disabled={upDisabled} aria-label={t('ui.action.moveUp', { name: what })} title={t('ui.action.moveUp', { name: what })} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className="icon-button" disabled={downDisabled} aria-label={t('ui.action.moveDown', { name: what })} title={t('ui.action.moveDown', { name: what })} onClick={() => onMove(1)}>
        ↓
      </button>
    </>
  );
}
