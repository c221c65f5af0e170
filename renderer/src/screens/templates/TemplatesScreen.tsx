// The 数据采集 tab: generate data-collection templates for the departments, and track which were sent, which came
// back (imported, matched by template id) and which indicators still lack a value for the as-of year.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { bridge } from '@platform/bridge';
import type { ImportBatch, Observation } from '../../../../shared/model';
import { buildTemplates, frameworkVersion } from '../../../../shared/templates';
import { db, listObservations } from '../../../db';
import { listBatches } from '../../../db/imports';
import { listSentTemplates, recordSentTemplates, type SentTemplateRow } from '../../../db/templates';
import { useBusyTask } from '../../components';
import { formatDateTime, useLanguage, useProject, useT, useToast } from '../../services';
import './templates.css';
import { GenerateDialog, type GenerateChoice } from './GenerateDialog';
import { trackDepartments } from './tracker';

interface Loaded {
  sent: SentTemplateRow[];
  batches: ImportBatch[];
  observations: Observation[];
}

/** The data-collection tab of the open project. */
export function TemplatesScreen() {
  const t = useT();
  const [lang] = useLanguage();
  const { project } = useProject();
  const { notify, reportError } = useToast();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [generating, setGenerating] = useState(false);
  const { busy, run } = useBusyTask<'generate'>();
  const asOf = project.settings.asOf;

  const refresh = useCallback(async () => {
    const [sent, batches, observations] = await Promise.all([listSentTemplates(db, project.id), listBatches(db, project.id), listObservations(db, project.id)]);
    setLoaded({ sent, batches, observations });
  }, [project.id]);

  useEffect(() => {
    refresh().catch(reportError);
  }, [refresh, reportError]);

  const rows = useMemo(() => (loaded ? trackDepartments(project.plan, loaded.sent, loaded.batches, loaded.observations, asOf) : []), [loaded, project.plan, asOf]);

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
      setGenerating(false);
      await refresh();
      if (saved > 0) notify({ message: t('templates.saved', { count: saved }) });
    });

  return (
    <div className="templates">
      <div className="tpl-head">
        <div>
          <h2 className="section-title">{t('templates.title')}</h2>
          <p className="tpl-lead">{t('templates.lead')}</p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setGenerating(true)}>
          {t('templates.generate.open')}
        </button>
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
      {generating && <GenerateDialog plan={project.plan} asOf={asOf} busy={busy !== null} onSubmit={(c) => void generate(c)} onCancel={() => setGenerating(false)} />}
    </div>
  );
}
