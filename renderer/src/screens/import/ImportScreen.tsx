// The import tab: drop or choose statistics files, check and correct what was read, import each file in one
// transaction (with undo), and the history of imports.
import { useCallback, useEffect, useState } from 'react';
import type { StoredRuns } from '../../../../shared/import';
import type { ImportBatch } from '../../../../shared/model';
import { db, readStoredValues, withSnapshot } from '../../../db';
import { commitImport, listBatches, undoImport } from '../../../db/imports';
import { storeTaskAnswers, undoTaskAnswers, type StoredTaskAnswers } from '../../../db/task-import';
import type { TaskTemplateReading } from '../../../../shared/templates';
import { FileDropZone, useConfirm } from '../../components';
import { formatDateTime, useLanguage, useProject, useT, useToast } from '../../services';
import './import.css';
import { FileImportCard, type CommitRequest } from './FileImportCard';
import { ImportHistory } from './ImportHistory';
import { TaskImportCard } from './TaskImportCard';
import { PasswordDialog } from './PasswordDialog';
import { describeCommit } from './summary';
import { useFileImports, type FileImport } from './use-file-imports';

const EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'txt'];

/** The import wizard and the import history of the open project. */
export function ImportScreen() {
  const t = useT();
  const [lang] = useLanguage();
  const { project, reload } = useProject();
  const { notify, reportError } = useToast();
  const confirm = useConfirm();
  const imports = useFileImports(project.plan, project.mappingDecisions, project.id);
  const [stored, setStored] = useState<StoredRuns | null>(null);
  const [batches, setBatches] = useState<ImportBatch[] | null>(null);

  const refresh = useCallback(async () => {
    const [values, history] = await Promise.all([readStoredValues(db, project.id), listBatches(db, project.id)]);
    setStored(values.storedRuns());
    setBatches(history);
  }, [project.id]);

  useEffect(() => {
    refresh().catch(reportError);
  }, [refresh, reportError]);

  const undo = async (batch: ImportBatch) => {
    await withSnapshot(db, 'undo-import', batch.fileName, () => undoImport(db, batch.id));
    await refresh();
    notify({ message: t('import.undone', { file: batch.fileName }) });
  };

  const commit = async ({ file, publication, values, conflictDecisions, mappingDecisions }: CommitRequest) => {
    try {
      const source = { fileName: file.name, fileHash: file.read!.fileHash, templateIds: file.read!.templateIds, bytes: imports.bytesOf(file.id), publication };
      // The values are on this thread now: the worker's copy of the workbook would only add to the peak while storing.
      imports.release(file.id);
      const batch = await commitImport(db, project.id, source, values, conflictDecisions, mappingDecisions);
      imports.remove(file.id);
      await refresh();
      if (Object.keys(mappingDecisions).length > 0) await reload();
      notify({
        message: describeCommit(batch, t),
        action: { label: t('ui.action.undo'), run: () => void undo(batch).catch(reportError) },
      });
    } catch (error) {
      reportError(error);
    }
  };

  const undoTasks = async (fileName: string, stored: StoredTaskAnswers) => {
    await withSnapshot(db, 'undo-import', fileName, () => undoTaskAnswers(db, stored));
    notify({ message: t('taskTemplates.undone', { file: fileName }) });
  };

  /** A task template's answers: stored without a question, with undo. */
  const commitTasks = async (file: FileImport & { tasks: TaskTemplateReading }) => {
    try {
      const stored = await storeTaskAnswers(db, project.id, file.tasks.progress);
      imports.remove(file.id);
      notify({
        message: t('taskTemplates.stored', { file: file.name, rated: stored.saved.filter((s) => s.saved.rating !== null).length, missing: stored.saved.filter((s) => s.saved.rating === null).length, kept: stored.kept, refused: stored.refused.length }),
        action: { label: t('ui.action.undo'), run: () => void undoTasks(file.name, stored).catch(reportError) },
      });
    } catch (error) {
      reportError(error);
    }
  };

  const askUndo = async (batch: ImportBatch) => {
    const ok = await confirm({
      title: t('import.history.undoTitle'),
      message: t('import.history.undoMessage', { file: batch.fileName, time: formatDateTime(batch.importedAt, lang), count: batch.count, replaced: batch.replaced.length }),
      confirmLabel: t('import.history.undo'),
      danger: true,
    });
    if (ok) await undo(batch).catch(reportError);
  };

  const asking = imports.files.find((f) => f.stage === 'password');

  return (
    <div className="import">
      <h2 className="section-title">{t('import.title')}</h2>
      <p className="import-lead">{t('import.lead')}</p>
      <FileDropZone
        hint={t('import.dropHint')}
        buttonLabel={t('import.choose')}
        dialogTitle={t('import.dialogTitle')}
        filters={[{ name: t('import.filter'), extensions: EXTENSIONS }]}
        multiple
        onFiles={imports.addFiles}
      />
      <div className="import-files">
        {imports.files.map((f) =>
          f.tasks ? (
            <TaskImportCard key={f.id} file={{ ...f, tasks: f.tasks }} onRemove={() => imports.remove(f.id)} onCommit={commitTasks} />
          ) : (
          <FileImportCard
            key={f.id}
            file={f}
            plan={project.plan}
            stored={stored}
            onCancel={() => imports.cancel(f.id)}
            onRemove={() => imports.remove(f.id)}
            onOverride={(key, override) => imports.setOverride(f.id, key, override)}
            onChoose={(name, choice) => imports.choose(f.id, name, choice)}
            onDecide={(keys, decision) => imports.decideConflicts(f.id, keys, decision)}
            onBenchmarks={(kept) => imports.keepBenchmarks(f.id, kept)}
            rememberedPublication={f.read ? project.publications?.[f.read.fileHash] : undefined}
            onCommit={commit}
          />
          ),
        )}
      </div>
      <ImportHistory batches={batches} onUndo={(b) => void askUndo(b)} />
      {asking && (
        <PasswordDialog
          key={`${asking.id}:${asking.passwordWrong ? 'wrong' : 'first'}`}
          fileName={asking.name}
          wrong={asking.passwordWrong === true}
          onSubmit={(password) => imports.submitPassword(asking.id, password)}
          onCancel={() => imports.declinePassword(asking.id)}
        />
      )}
    </div>
  );
}
