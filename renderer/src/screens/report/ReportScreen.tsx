// The 报告 tab: draft a report from the evaluation, keep several per project, edit its paragraphs, refresh it, export it.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { editParagraph, type ReportDocument, type ReportOptions } from '../../../../shared/report';
import { formatCount } from '../../../../shared/attain';
import { diffRounds, roundValueCount, type Round, type RoundDiff } from '../../../../shared/round';
import { db } from '../../../db';
import { createReport, deleteReport, getReport, listReports, restoreReport, saveReportDocument, type StoredReport } from '../../../db/reports';
import { deleteRound, freezeProjectRound, listRounds, restoreRound, type NewRound } from '../../../db/rounds';
import { DocxWriter } from '../../../workers/docx-client';
import { useBusyTask, useConfirm } from '../../components';
import { asOfYears, useEvaluation, useLanguage, useLedger, useProject, useT, useToast } from '../../services';
import { EXPORT_FORMATS, exportReport, type ExportFormat } from './export-report';
import { defaultReportOptions, draftIsCurrent, draftReport, editCounts, isoDate, redraftReport, roundReportOptions, type DraftSource, type ReportBasis } from './report-draft';
import { ReportList } from './ReportList';
import { ReportOptionsForm } from './ReportOptionsForm';
import { ReportPreview } from './ReportPreview';
import { RoundDiffView } from './RoundDiffView';
import { RoundsPanel } from './RoundsPanel';
import './report.css';

type ReportTask = 'generate' | 'refresh' | 'freeze' | ExportFormat;

/** Resolves after React has committed the current update and the browser has laid it out. */
function afterRender(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** The report workspace: options and the list on the left, the open report's toolbar and page on the right. */
export function ReportScreen() {
  const t = useT();
  const [lang] = useLanguage();
  const { project } = useProject();
  const { evaluation, values, yearsWithData, settings } = useEvaluation();
  const { state: ledger } = useLedger();
  const { notify, reportError } = useToast();
  const confirm = useConfirm();
  const [reports, setReports] = useState<StoredReport[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  // The open report as last saved or being saved: shown at once, so an edit never flickers back while it is stored.
  const [current, setCurrent] = useState<StoredReport | null>(null);
  const { busy, run } = useBusyTask<ReportTask>();
  // The 2× chart images printed in place of the canvases; they belong to one document and go stale with it.
  const [printCharts, setPrintCharts] = useState<{ document: ReportDocument; urls: Map<string, string> } | null>(null);
  const [rounds, setRounds] = useState<Round[] | null>(null);
  // Two rounds compared, shown in place of the open report until closed.
  const [comparing, setComparing] = useState<{ then: Round; now: Round; diff: RoundDiff } | null>(null);
  // Started with the screen, so that the Word library has loaded in its worker by the time 导出Word is clicked.
  const [docxWriter] = useState(() => new DocxWriter());
  useEffect(() => {
    docxWriter.open();
    return () => docxWriter.close();
  }, [docxWriter]);

  useEffect(() => {
    const subscription = liveQuery(() => listReports(db, project.id)).subscribe({ next: setReports, error: reportError });
    return () => subscription.unsubscribe();
  }, [project.id, reportError]);

  useEffect(() => {
    const subscription = liveQuery(() => listRounds(db, project.id)).subscribe({ next: setRounds, error: reportError });
    return () => subscription.unsubscribe();
  }, [project.id, reportError]);

  // Without a choice, the most recently changed report is open; a deleted one closes.
  const shownId = openId && (current?.id === openId || reports?.some((r) => r.id === openId)) ? openId : (reports?.[0]?.id ?? null);
  useEffect(() => {
    if (!shownId) setCurrent(null);
    else if (current?.id !== shownId) setCurrent(reports!.find((r) => r.id === shownId)!);
  }, [shownId, reports, current?.id]);

  const source = useMemo<DraftSource | null>(() => {
    if (!values || ledger.status === 'loading') return null;
    return { plan: project.plan, values, settings, ...(ledger.status === 'ready' ? { tasks: { ledger: ledger.ledger, progress: ledger.progress } } : {}) };
  }, [project.plan, values, settings, ledger]);
  const years = useMemo(() => asOfYears(project.plan, yearsWithData), [project.plan, yearsWithData]);
  const initialOptions = useMemo(() => defaultReportOptions(settings, lang, new Date()), [settings, lang]);

  const edit = useCallback(
    async (id: string, text: string) => {
      if (!current) return;
      const document = editParagraph(current.document, id, text);
      setCurrent({ ...current, document });
      try {
        setCurrent(await saveReportDocument(db, current.id, document));
      } catch (error) {
        reportError(error);
        setCurrent((await getReport(db, current.id)) ?? null);
      }
    },
    [current, reportError],
  );

  if (!evaluation || !source || reports === null || rounds === null) return <p className="empty">{t('reportUi.loading')}</p>;

  /** What a stored report's figures come from: its round (and the round it is compared with), or the data now. */
  const basisOf = (report: StoredReport): ReportBasis => {
    if (!report.roundId) return source;
    const round = rounds.find((r) => r.id === report.roundId);
    if (!round) throw new Error(t('round.error.gone', { id: report.roundId }));
    const earlier = rounds.find((r) => r.id === report.compareRoundId);
    return { round, ...(earlier ? { earlier } : {}) };
  };
  const currentRound = current?.roundId ? rounds.find((r) => r.id === current.roundId) : undefined;

  const freeze = (round: NewRound) =>
    run('freeze', async () => {
      const frozen = await freezeProjectRound(db, project.id, round);
      notify({ message: t('roundUi.freeze.done', { name: frozen.name, count: formatCount(roundValueCount(frozen.inputs.values)), cutoff: frozen.cutoff }) });
    });

  const reportOfRound = (round: Round, earlier?: Round) =>
    run('generate', async () => {
      const options = roundReportOptions(round, { ...initialOptions, date: isoDate(new Date()) });
      const document = draftReport({ round, ...(earlier ? { earlier } : {}) }, options);
      const created = await createReport(db, project.id, options, document, new Date(), { roundId: round.id, ...(earlier ? { compareRoundId: earlier.id } : {}) });
      setComparing(null);
      setCurrent(created);
      setOpenId(created.id);
      notify({ message: t('reportUi.generated', { title: created.document.title }) });
    });

  const openReport = (id: string) => {
    setComparing(null);
    setOpenId(id);
  };

  const removeRound = async (round: Round) => {
    const count = reports.filter((r) => r.roundId === round.id || r.compareRoundId === round.id).length;
    const ok = await confirm({ title: t('roundUi.delete.title'), message: t('roundUi.delete.message', { name: round.name, count }), confirmLabel: t('ui.action.delete'), danger: true });
    if (!ok) return;
    try {
      const deleted = await deleteRound(db, round.id);
      if (comparing && (comparing.then.id === round.id || comparing.now.id === round.id)) setComparing(null);
      notify({ message: t('roundUi.delete.done', { name: round.name }), action: { label: t('ui.action.undo'), run: () => restoreRound(db, deleted).catch(reportError) } });
    } catch (error) {
      reportError(error);
    }
  };

  const generate = (options: ReportOptions) =>
    run('generate', async () => {
      const dated = { ...options, date: isoDate(new Date()) };
      const created = await createReport(db, project.id, dated, draftReport(source, dated));
      setCurrent(created);
      setOpenId(created.id);
      notify({ message: t('reportUi.generated', { title: created.document.title }) });
    });

  const refresh = () =>
    run('refresh', async () => {
      if (!current) return;
      const { document, options } = redraftReport(current.document, basisOf(current), current.options, new Date());
      setCurrent(await saveReportDocument(db, current.id, document, options));
      const { stale } = editCounts(document);
      notify({ message: stale > 0 ? t('reportUi.refreshedStale', { count: stale }) : t('reportUi.refreshed') });
    });

  const remove = async (report: StoredReport) => {
    const ok = await confirm({
      title: t('reportUi.delete.title'),
      message: t('reportUi.delete.message', { title: report.document.title }),
      confirmLabel: t('ui.action.delete'),
      danger: true,
    });
    if (!ok) return;
    try {
      const deleted = await deleteReport(db, report.id);
      if (current?.id === deleted.id) {
        setOpenId(null);
        setCurrent(null);
      }
      notify({
        message: t('reportUi.delete.done', { title: deleted.document.title }),
        action: { label: t('ui.action.undo'), run: () => restoreReport(db, deleted).then(() => setOpenId(deleted.id), reportError) },
      });
    } catch (error) {
      reportError(error);
    }
  };

  const exportAs = async (format: ExportFormat) => {
    if (!current) return;
    // Every format of one report states the same figures: a draft the data have moved away from is refreshed first.
    let outdated: boolean;
    try {
      outdated = !draftIsCurrent(current.document, basisOf(current), current.options);
    } catch (error) {
      return reportError(error);
    }
    if (outdated && !(await confirm({ title: t('reportUi.outdated.title'), message: t('reportUi.outdated.message'), confirmLabel: t('reportUi.outdated.confirm') }))) return;
    await run(format, async () => {
      const basis = basisOf(current);
      let report = current;
      if (outdated) {
        const { document, options } = redraftReport(current.document, basis, current.options, new Date());
        report = await saveReportDocument(db, current.id, document, options);
        setCurrent(report);
      }
      const document = report.document;
      const showPrintCharts = async (urls: Map<string, string>) => {
        setPrintCharts({ document, urls });
        await afterRender();
        await Promise.all([...window.document.querySelectorAll<HTMLImageElement>('.report-print-chart')].map((img) => img.decode()));
      };
      const result = await exportReport({ format, document, inputs: report.options, type: report.options.type, lang: report.options.lang, basis, docxWriter, showPrintCharts });
      if (result.saved) notify({ message: t('reportUi.export.done', { format: t(`reportUi.export.${format}`) }) });
    });
  };

  const counts = current ? editCounts(current.document) : null;

  return (
    <div className="report-screen" data-testid="report-screen">
      <aside className="report-side">
        <ReportOptionsForm key={`${settings.asOf}-${lang}`} plan={project.plan} hasLedger={source.tasks !== undefined} years={years} initial={initialOptions} busy={busy !== null} onGenerate={generate} />
        <RoundsPanel
          years={years}
          initialYear={settings.asOf}
          rounds={rounds}
          busy={busy !== null}
          freezing={busy === 'freeze'}
          onFreeze={freeze}
          onReport={(round) => reportOfRound(round)}
          onDelete={removeRound}
          onCompare={(then, now) => setComparing({ then, now, diff: diffRounds(then, now) })}
        />
        <ReportList reports={reports} rounds={rounds} openId={current?.id ?? null} onOpen={openReport} onDelete={remove} />
      </aside>
      <div className="report-main">
        {comparing ? (
          <RoundDiffView diff={comparing.diff} busy={busy !== null} onReport={() => reportOfRound(comparing.now, comparing.then)} onClose={() => setComparing(null)} />
        ) : current ? (
          <>
            <div className="report-toolbar" role="toolbar" aria-label={t('reportUi.toolbar')}>
              <span className="report-toolbar-info">
                {t('reportUi.info', { type: t(`report.type.${current.options.type}`), year: current.options.asOf })}
                {counts && counts.edited > 0 && <> · {t('reportUi.editedCount', { count: counts.edited })}</>}
                {counts && counts.stale > 0 && <strong className="report-toolbar-stale"> · {t('reportUi.staleCount', { count: counts.stale })}</strong>}
                {currentRound && (
                  <span className="report-toolbar-round" data-testid="report-round">
                    {' '}
                    · {t('roundUi.report.info', { name: currentRound.name, cutoff: currentRound.cutoff })}
                  </span>
                )}
              </span>
              <button type="button" className="button" onClick={refresh} disabled={busy !== null} title={t('reportUi.refreshHint')}>
                {t('reportUi.refresh')}
              </button>
              {EXPORT_FORMATS.map((format) => (
                <button key={format} type="button" className="button" onClick={() => exportAs(format)} disabled={busy !== null} data-testid={`export-${format}`}>
                  {t('reportUi.export.as', { format: t(`reportUi.export.${format}`) })}
                </button>
              ))}
            </div>
            {/* Always there, its space kept while idle: the report below must not move up under the evaluator's
                pointer the moment a long task ends (a click begun there would land elsewhere). */}
            <div className={busy === null ? 'report-progress report-progress-idle' : 'report-progress'} role="status" data-testid="report-progress">
              {busy !== null && (
                <>
                  <progress />
                  {busy === 'freeze' ? t('roundUi.busy.freeze') : busy === 'generate' || busy === 'refresh' ? t(`reportUi.busy.${busy}`) : t('reportUi.busy.export', { format: t(`reportUi.export.${busy}`) })}
                </>
              )}
            </div>
            <p className="report-help">{t('reportUi.edit.help')}</p>
            <div className="report-desk">
              <ReportPreview doc={current.document} onEdit={edit} printCharts={printCharts?.document === current.document ? printCharts.urls : undefined} />
            </div>
          </>
        ) : (
          <p className="empty">{t('reportUi.none')}</p>
        )}
      </div>
    </div>
  );
}
