// The 数据采集 tab: generate data-collection templates for the departments, and track which were sent, which came
// back (imported, matched by template id) and which indicators still lack a value for the as-of year; and the task
// progress templates of the project's ledger, per lead department, with the answers that came back.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { bridge } from '@platform/bridge';
import { bilingual } from '../../../../shared/base';
import type { ImportBatch, Observation } from '../../../../shared/model';
import { buildTaskTemplate, buildTemplates, frameworkVersion } from '../../../../shared/templates';
import { db, listObservations, listProgress, projectLedger, type ProgressRow } from '../../../db';
import { listBatches } from '../../../db/imports';
import { listSentTemplates, recordSentTemplates, type SentTemplateRow } from '../../../db/templates';
import { useBusyTask } from '../../components';
import { formatDateTime, useLanguage, useProject, useT, useToast } from '../../services';
import './templates.css';
import { GenerateDialog, type GenerateChoice } from './GenerateDialog';
import { TaskGenerateDialog, type TaskGenerateChoice } from './TaskGenerateDialog';
import { isTaskSheet, trackTaskSheets } from './task-tracker';
import { trackDepartments } from './tracker';

interface Loaded {
  sent: SentTemplateRow[];
  batches: ImportBatch[];
  observations: Observation[];
  progress: ProgressRow[];
}

/** The data-collection tab of the open project. */
export function TemplatesScreen() {
  const t = useT();
  const [lang] = useLanguage();
  const { project } = useProject();
  const { notify, reportError } = useToast();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [generating, setGenerating] = useState<'indicators' | 'tasks' | null>(null);
  const { busy, run } = useBusyTask<'generate'>();
  const asOf = project.settings.asOf;

  const refresh = useCallback(async () => {
    const [sent, batches, observations, progress] = await Promise.all([listSentTemplates(db, project.id), listBatches(db, project.id), listObservations(db, project.id), listProgress(db, project.id)]);
    setLoaded({ sent, batches, observations, progress });
  }, [project.id]);

  useEffect(() => {
    refresh().catch(reportError);
  }, [refresh, reportError]);

  const rows = useMemo(() => (loaded ? trackDepartments(project.plan, loaded.sent.filter((s) => !isTaskSheet(s)), loaded.batches, loaded.observations, asOf) : []), [loaded, project.plan, asOf]);
  const taskRows = useMemo(() => (loaded ? trackTaskSheets(loaded.sent, loaded.progress) : []), [loaded]);

  const generate = (choice: GenerateChoice) =>
    run('generate', async () => {
      const createdAt = new Date().toISOString();
      const files = buildTemplates({
        plan: project.plan,
        projectId: project.id,
        projectName: project.name,
        ...choice,
        previousValues: loaded?.observations ?? (await listObservations(db, project.id)),
        frameworkVersion: frameworkVersion(project.plan),
        createdAt,
      });
      let saved = 0;
      for (const file of files) {
        const result = await bridge.saveFile({ suggestedName: file.fileName, bytes: file.bytes, filters: [{ name: t('templates.filter'), extensions: ['xlsx'] }] });
        if (!result.saved) continue;
        saved++;
        await recordSentTemplates(
          db,
          file.templates.map((sent) => ({ ...sent, id: sent.templateId, projectId: project.id, fileName: file.fileName, deadline: choice.deadline, contact: choice.contact, createdAt })),
        );
      }
      setGenerating(null);
      await refresh();
      if (saved > 0) notify({ message: t('templates.saved', { count: saved }) });
    });

  /** One workbook of the ledger's items for the year, a sheet per lead department, last year's answers read-only. */
  const generateTasks = (choice: TaskGenerateChoice) =>
    run('generate', async () => {
      const ledger = await projectLedger(db, project.id);
      if (!ledger) throw new Error(bilingual('taskTemplates.noLedger'));
      const createdAt = new Date().toISOString();
      const file = buildTaskTemplate({ plan: project.plan, ledger, projectId: project.id, projectName: project.name, ...choice, previous: await listProgress(db, project.id), createdAt });
      const result = await bridge.saveFile({ suggestedName: file.fileName, bytes: file.bytes, filters: [{ name: t('templates.filter'), extensions: ['xlsx'] }] });
      if (result.saved) {
        await recordSentTemplates(
          db,
          file.sheets.map(({ templateId, department, sheet, itemIds }) => ({
            id: templateId,
            templateId,
            department,
            sheet,
            indicatorIds: [],
            years: [choice.year],
            regions: [],
            itemIds,
            projectId: project.id,
            fileName: file.fileName,
            deadline: choice.deadline,
            contact: choice.contact,
            createdAt,
          })),
        );
      }
      setGenerating(null);
      await refresh();
      if (result.saved) notify({ message: t('taskTemplates.saved', { year: choice.year, count: file.sheets.length }) });
    });

  return (
    <div className="templates">
      <div className="tpl-head">
        <div>
          <h2 className="section-title">{t('templates.title')}</h2>
          <p className="tpl-lead">{t('templates.lead')}</p>
        </div>
        <div className="row-actions">
          <button type="button" className="button button-primary" onClick={() => setGenerating('indicators')}>
            {t('templates.generate.open')}
          </button>
          <button type="button" className="button" onClick={() => setGenerating('tasks')}>
            {t('taskTemplates.generate.open')}
          </button>
        </div>
      </div>
      <section aria-labelledby="tpl-tracker-title">
        <h3 id="tpl-tracker-title" className="section-title">
          {t('templates.tracker.title', { year: asOf })}
        </h3>
        {loaded && (
          <table className="table" data-testid="template-tracker">
            <thead>
              <tr>
                <th>{t('templates.tracker.department')}</th>
                <th>{t('templates.tracker.sent')}</th>
                <th>{t('templates.tracker.returned')}</th>
                <th>{t('templates.tracker.missing', { year: asOf })}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.department} data-department={row.department}>
                  <th scope="row">
                    {row.department}
                    <span className="tpl-count">{t('templates.tracker.indicatorCount', { count: row.indicators.length })}</span>
                  </th>
                  <td data-column="sent">
                    {row.sent ? (
                      <>
                        <span className="tpl-badge tpl-badge-sent">{t('templates.tracker.sentOn', { time: formatDateTime(row.sent.createdAt, lang) })}</span>
                        <span className="tpl-file">{row.sent.fileName}</span>
                        {row.sent.deadline && <span className="tpl-file">{t('templates.tracker.deadline', { date: row.sent.deadline })}</span>}
                        {row.sentCount > 1 && <span className="tpl-file">{t('templates.tracker.sentTimes', { count: row.sentCount })}</span>}
                      </>
                    ) : (
                      <span className="tpl-muted">{t('templates.tracker.notSent')}</span>
                    )}
                  </td>
                  <td data-column="returned">
                    {row.returned ? (
                      <>
                        <span className="tpl-badge tpl-badge-returned">{t('templates.tracker.returnedOn', { time: formatDateTime(row.returned.importedAt, lang) })}</span>
                        <span className="tpl-file">{row.returned.fileName}</span>
                      </>
                    ) : (
                      <span className="tpl-muted">{row.sent ? t('templates.tracker.waiting') : '—'}</span>
                    )}
                  </td>
                  <td data-column="missing">
                    {row.missing.length === 0 ? (
                      <span className="tpl-badge tpl-badge-returned">{t('templates.tracker.complete')}</span>
                    ) : (
                      <ul className="tpl-missing">
                        {row.missing.map((i) => (
                          <li key={i.id}>{i.name}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="tpl-task-tracker" aria-labelledby="tpl-task-tracker-title">
        <h3 id="tpl-task-tracker-title" className="section-title">
          {t('taskTemplates.tracker.title')}
        </h3>
        {loaded && taskRows.length === 0 && <p className="tpl-muted">{t('taskTemplates.tracker.none')}</p>}
        {taskRows.length > 0 && (
          <table className="table" data-testid="task-template-tracker">
            <thead>
              <tr>
                <th>{t('templates.tracker.department')}</th>
                <th>{t('templates.tracker.sent')}</th>
                <th>{t('templates.tracker.returned')}</th>
              </tr>
            </thead>
            <tbody>
              {taskRows.map((row) => (
                <tr key={row.department} data-department={row.department}>
                  <th scope="row">
                    {row.department}
                    <span className="tpl-count">{t('taskTemplates.tracker.items', { count: row.sent.itemIds!.length })}</span>
                  </th>
                  <td data-column="sent">
                    <span className="tpl-badge tpl-badge-sent">{t('templates.tracker.sentOn', { time: formatDateTime(row.sent.createdAt, lang) })}</span>
                    <span className="tpl-file">{t('taskTemplates.tracker.year', { year: row.year })}</span>
                    <span className="tpl-file">{row.sent.fileName}</span>
                    {row.sent.deadline && <span className="tpl-file">{t('templates.tracker.deadline', { date: row.sent.deadline })}</span>}
                  </td>
                  <td data-column="returned">
                    {row.returnedAt === null ? (
                      <span className="tpl-muted">{t('templates.tracker.waiting')}</span>
                    ) : row.answered > 0 ? (
                      <>
                        <span className="tpl-badge tpl-badge-returned">{t('templates.tracker.returnedOn', { time: formatDateTime(row.returnedAt, lang) })}</span>
                        <span className="tpl-file">{t('taskTemplates.tracker.answered', { answered: row.answered, total: row.sent.itemIds!.length })}</span>
                      </>
                    ) : (
                      <span className="tpl-muted">{t('taskTemplates.tracker.notReported', { department: row.department })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {generating === 'indicators' && <GenerateDialog plan={project.plan} asOf={asOf} busy={busy !== null} onSubmit={(c) => void generate(c)} onCancel={() => setGenerating(null)} />}
      {generating === 'tasks' && <TaskGenerateDialog asOf={asOf} busy={busy !== null} onSubmit={(c) => void generateTasks(c)} onCancel={() => setGenerating(null)} />}
    </div>
  );
}
