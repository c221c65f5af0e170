// The start screen: the list of evaluation projects and the ways to start a new one.
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import type { OpenedFile } from '../../../../shared/ipc';
import type { Plan, Project } from '../../../../shared/model';
import { describePlanSheetError, parsePlanSheet } from '../../../../shared/plan-sheet';
import { guangzhouPlan } from '../../../../shared/plans';
import { createProject, db, deleteProject, duplicateProject, listProjects, openSampleProject, renameProject, withSnapshot } from '../../../db';
import { AppHeader, ErrorListDialog, FileDropZone, RowDeleteButton, TextPromptDialog, useConfirm } from '../../components';
import { formatDateTime, openProjectCopy, planSheetFilters, saveProjectCopy, useLanguage, useRouter, useT, useToast } from '../../services';

/** The built-in plan's name and how many of its indicators have a numeric target. */
function describeBuiltIn() {
  const plan = guangzhouPlan();
  const targets = plan.indicators.filter((i) => i.target !== null).length;
  return { plan: plan.name, targets, monitoring: plan.indicators.length - targets };
}

type Prompt =
  | { kind: 'new'; plan: Plan }
  | { kind: 'rename'; project: Project }
  | { kind: 'duplicate'; project: Project };

/** Lists projects; creates, opens, renames, duplicates and deletes them. */
export function StartScreen() {
  const t = useT();
  const [lang] = useLanguage();
  const { navigate } = useRouter();
  const confirm = useConfirm();
  const { notify, reportError } = useToast();
  const [projects, setProjects] = useState<Project[] | null>(null);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const [sheetErrors, setSheetErrors] = useState<{ fileName: string; errors: string[] } | null>(null);

  const refresh = useCallback(() => listProjects(db).then(setProjects).catch(reportError), [reportError]);
  useEffect(() => {
    refresh();
  }, [refresh]);

  const open = (project: Project) => navigate({ screen: 'project', projectId: project.id });

  const importPlanSheet = async ([file]: OpenedFile[]) => {
    const result = parsePlanSheet(file!.bytes, file!.name);
    if (result.ok) {
      setPrompt({ kind: 'new', plan: result.plan });
      // A baseline year without its value is read (no baseline value) and said, naming the row.
      for (const note of result.notes) notify({ message: `${file!.name}: ${describePlanSheetError(note, lang)}` });
    }
    else setSheetErrors({ fileName: file!.name, errors: result.errors.map((e) => describePlanSheetError(e, lang)) });
  };

  const submitPrompt = async (name: string) => {
    const current = prompt!;
    setPrompt(null);
    try {
      if (current.kind === 'new') open(await createProject(db, { name, plan: current.plan }));
      else if (current.kind === 'rename') {
        await renameProject(db, current.project.id, name);
        await refresh();
      } else {
        await duplicateProject(db, current.project.id, name);
        notify({ message: t('ui.start.duplicated', { name }) });
        await refresh();
      }
    } catch (error) {
      reportError(error);
    }
  };

  const remove = async (project: Project) => {
    const ok = await confirm({
      title: t('ui.start.deleteTitle'),
      message: t('ui.start.deleteMessage', { name: project.name }),
      confirmLabel: t('ui.action.delete'),
      danger: true,
    });
    if (!ok) return;
    try {
      await withSnapshot(db, 'delete-project', project.name, () => deleteProject(db, project.id));
      notify({ message: t('ui.start.deleted', { name: project.name }) });
      await refresh();
    } catch (error) {
      reportError(error);
    }
  };

  const exportCopy = (project: Project) =>
    saveProjectCopy(project, t)
      .then((saved) => saved && notify({ message: t('safety.copy.exported', { name: project.name }) }))
      .catch(reportError);
  const importCopy = () =>
    openProjectCopy(t)
      .then(async (added) => {
        for (const p of added) notify({ message: t('safety.copy.imported', { name: p.name }) });
        await refresh();
      })
      .catch(reportError);

  const openSample = () => openSampleProject(db).then(open).catch(reportError);

  const onRowKey = (event: KeyboardEvent, project: Project) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') open(project);
    else if (event.key === 'Delete') remove(project);
    else if (event.key === 'F2') setPrompt({ kind: 'rename', project });
    else return;
    event.preventDefault();
  };

  return (
    <div className="app">
      <AppHeader>
        <button type="button" className="button button-small" onClick={() => navigate({ screen: 'safety' })}>
          {t('safety.open')}
        </button>
      </AppHeader>
      <main className="start">
        <section className="start-actions" aria-labelledby="start-new">
          <h1 id="start-new" className="page-title">
            {t('ui.start.title')}
          </h1>
          <p className="lead">{t('ui.start.lead')}</p>
          <div className="start-cards">
            <div className="card">
              <h2 className="card-title">{t('ui.start.builtinTitle')}</h2>
              <p className="card-text">{t('ui.start.builtinText', describeBuiltIn())}</p>
              <button type="button" className="button button-primary" onClick={() => setPrompt({ kind: 'new', plan: guangzhouPlan() })}>
                {t('ui.start.newFromBuiltin')}
              </button>
            </div>
            <div className="card">
              <h2 className="card-title">{t('ui.start.sheetTitle')}</h2>
              <FileDropZone
                hint={t('ui.start.sheetHint')}
                buttonLabel={t('ui.start.newFromSheet')}
                dialogTitle={t('ui.start.sheetDialogTitle')}
                filters={planSheetFilters(t)}
                onFiles={importPlanSheet}
              />
            </div>
            <div className="card">
              <h2 className="card-title">{t('ui.start.sampleTitle')}</h2>
              <p className="card-text">{t('ui.start.sampleText')}</p>
              <button type="button" className="button" onClick={openSample}>
                {t('ui.start.openSample')}
              </button>
            </div>
          </div>
        </section>

        <section aria-labelledby="start-projects" className="start-projects">
          <h2 id="start-projects" className="section-title">
            {t('ui.start.projects')}
          </h2>
          {projects && projects.length === 0 && <p className="empty">{t('ui.start.noProjects')}</p>}
          {projects && projects.length > 0 && (
            <table className="table" data-testid="project-list">
              <thead>
                <tr>
                  <th scope="col">{t('ui.start.colName')}</th>
                  <th scope="col">{t('ui.start.colPlan')}</th>
                  <th scope="col">{t('ui.start.colUpdated')}</th>
                  <th scope="col" className="col-actions">
                    {t('ui.start.colActions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {projects.map((project) => (
                  <tr key={project.id} tabIndex={0} className="selectable-row" data-project-name={project.name} onKeyDown={(e) => onRowKey(e, project)}>
                    <td>
                      <button type="button" className="link-button" onClick={() => open(project)}>
                        {project.name}
                      </button>
                      {project.sample && <span className="badge badge-sample">{t('common.sampleMark')}</span>}
                    </td>
                    <td>{project.plan.name}</td>
                    <td>{formatDateTime(project.updatedAt, lang)}</td>
                    <td className="col-actions">
                      <div className="row-actions">
                        <button type="button" className="button button-small" onClick={() => setPrompt({ kind: 'rename', project })}>
                          {t('ui.action.rename')}
                        </button>
                        <button type="button" className="button button-small" onClick={() => setPrompt({ kind: 'duplicate', project })}>
                          {t('ui.action.duplicate')}
                        </button>
                        <button type="button" className="button button-small" onClick={() => exportCopy(project)}>
                          {t('safety.copy.export')}
                        </button>
                        <RowDeleteButton onClick={() => remove(project)} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {projects && projects.length > 0 && <p className="hint">{t('ui.start.keyboardHint')}</p>}
          <button type="button" className="button" onClick={importCopy}>
            {t('safety.copy.import')}
          </button>
        </section>
      </main>

      {prompt && (
        <TextPromptDialog
          title={t(prompt.kind === 'new' ? 'ui.start.newTitle' : prompt.kind === 'rename' ? 'ui.start.renameTitle' : 'ui.start.duplicateTitle')}
          label={t('ui.start.nameLabel')}
          initial={
            prompt.kind === 'new'
              ? t('ui.start.defaultName', { plan: prompt.plan.name })
              : prompt.kind === 'rename'
                ? prompt.project.name
                : t('ui.start.copyName', { name: prompt.project.name })
          }
          submitLabel={t(prompt.kind === 'new' ? 'ui.action.create' : prompt.kind === 'rename' ? 'ui.action.rename' : 'ui.action.duplicate')}
          onSubmit={submitPrompt}
          onCancel={() => setPrompt(null)}
        />
      )}
      {sheetErrors && (
        <ErrorListDialog
          title={t('ui.sheet.errorsTitle')}
          summary={t('ui.sheet.errorsSummary', { file: sheetErrors.fileName, count: sheetErrors.errors.length })}
          errors={sheetErrors.errors}
          onClose={() => setSheetErrors(null)}
        />
      )}
    </div>
  );
}
