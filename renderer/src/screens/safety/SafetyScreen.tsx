// 数据安全 / Data safety: back up everything, restore from a backup (replace or merge), the automatic snapshots,
// and how much storage the data uses.
import { useCallback, useEffect, useState } from 'react';
import type { OpenedBackup } from '../../../../shared/backup';
import { db, deleteSnapshot, listSnapshots, restoreBackup, restoreSnapshot, storageEstimate, withSnapshot, SNAPSHOTS_KEPT, type SnapshotSummary, type StorageUse } from '../../../db';
import { AppHeader, RowDeleteButton, useBusyTask, useConfirm } from '../../components';
import { formatBytes, formatDateTime, openBackupFile, saveFullBackup, useLanguage, useRouter, useT, useToast } from '../../services';
import './safety.css';

type RestoreMode = 'merge' | 'replace';
type SafetyTask = 'backup' | 'choose' | 'restore' | 'delete-snapshot';

/** The data safety screen. */
export function SafetyScreen() {
  const t = useT();
  const [lang] = useLanguage();
  const { navigate } = useRouter();
  const confirm = useConfirm();
  const { notify, reportError } = useToast();
  const [snapshots, setSnapshots] = useState<SnapshotSummary[] | null>(null);
  const [storage, setStorage] = useState<StorageUse | undefined | null>(null);
  const [chosen, setChosen] = useState<{ name: string; backup: OpenedBackup } | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const { busy: task, run: runTask } = useBusyTask<SafetyTask>();
  const busy = task !== null;

  const refresh = useCallback(() => {
    listSnapshots(db).then(setSnapshots).catch(reportError);
    storageEstimate().then(setStorage).catch(reportError);
  }, [reportError]);
  useEffect(refresh, [refresh]);

  // Every task may change the snapshots and the storage used.
  const run = (what: SafetyTask, action: () => Promise<void>) => runTask(what, action).then(refresh);

  const backUp = () =>
    run('backup', async () => {
      const file = await saveFullBackup(t);
      if (file) notify({ message: t('safety.backup.saved', { file }) });
    });

  const choose = () =>
    run('choose', async () => {
      const opened = await openBackupFile(t);
      if (!opened) return;
      setChosen(opened);
      setMode('merge');
    });

  const restore = () =>
    run('restore', async () => {
      const { name, backup } = chosen!;
      const ok = await confirm({
        title: t('safety.restore.confirmTitle'),
        message: t(mode === 'replace' ? 'safety.restore.confirmReplace' : 'safety.restore.confirmMerge'),
        confirmLabel: t('safety.restore.run'),
        danger: mode === 'replace',
      });
      if (!ok) return;
      const ids =
        mode === 'replace' ? await withSnapshot(db, 'restore-backup', name, () => restoreBackup(db, backup, 'replace')) : await restoreBackup(db, backup, 'merge');
      setChosen(null);
      notify({ message: t('safety.restore.done', { projects: ids.length }) });
    });

  const restoreOne = (snapshot: SnapshotSummary) =>
    run('restore', async () => {
      const time = formatDateTime(snapshot.createdAt, lang);
      const ok = await confirm({ title: t('safety.restore.confirmTitle'), message: t('safety.snapshots.confirm', { time }), confirmLabel: t('safety.snapshots.restore'), danger: true });
      if (!ok) return;
      await restoreSnapshot(db, snapshot.id);
      notify({ message: t('safety.snapshots.restored', { time }) });
    });

  return (
    <div className="app">
      <AppHeader>
        <button type="button" className="button button-small" onClick={() => navigate({ screen: 'start' })}>
          {t('safety.back')}
        </button>
      </AppHeader>
      <main className="page safety" aria-busy={busy}>
        <h1 className="page-title">{t('safety.title')}</h1>
        <p className="lead">{t('safety.lead')}</p>

        <div className="start-cards">
          <section className="card" aria-labelledby="safety-backup">
            <h2 id="safety-backup" className="card-title">
              {t('safety.backup.title')}
            </h2>
            <p className="card-text">{t('safety.backup.text')}</p>
            <button type="button" className="button button-primary" onClick={backUp} disabled={busy}>
              {t('safety.backup.all')}
            </button>
          </section>

          <section className="card" aria-labelledby="safety-restore">
            <h2 id="safety-restore" className="card-title">
              {t('safety.restore.title')}
            </h2>
            <button type="button" className="button" onClick={choose} disabled={busy}>
              {t('safety.restore.choose')}
            </button>
            {chosen && <RestoreChoice chosen={chosen} mode={mode} onMode={setMode} onRestore={restore} busy={busy} />}
          </section>

          <section className="card" aria-labelledby="safety-storage">
            <h2 id="safety-storage" className="card-title">
              {t('safety.storage.title')}
            </h2>
            <p className="card-text" data-testid="storage-use">
              {storage === null
                ? ''
                : storage
                  ? t('safety.storage.usage', { used: formatBytes(storage.used), available: formatBytes(storage.available) })
                  : t('safety.storage.unknown')}
            </p>
            <p className="hint">{t('safety.storage.where')}</p>
          </section>
        </div>

        <section aria-labelledby="safety-snapshots">
          <h2 id="safety-snapshots" className="section-title">
            {t('safety.snapshots.title')}
          </h2>
          <p className="hint">{t('safety.snapshots.text', { count: SNAPSHOTS_KEPT })}</p>
          {snapshots && snapshots.length === 0 && <p className="empty">{t('safety.snapshots.none')}</p>}
          {snapshots && snapshots.length > 0 && (
            <table className="table" data-testid="snapshot-list">
              <thead>
                <tr>
                  <th scope="col">{t('safety.snapshots.colTime')}</th>
                  <th scope="col">{t('safety.snapshots.colReason')}</th>
                  <th scope="col">{t('safety.snapshots.colSize')}</th>
                  <th scope="col" className="col-actions" />
                </tr>
              </thead>
              <tbody>
                {snapshots.map((s) => (
                  <tr key={s.id}>
                    <td>{formatDateTime(s.createdAt, lang)}</td>
                    <td>{t(`safety.reason.${s.reason}`, { detail: s.detail })}</td>
                    <td>{formatBytes(s.size)}</td>
                    <td className="col-actions">
                      <div className="row-actions">
                        <button type="button" className="button button-small" onClick={() => restoreOne(s)} disabled={busy}>
                          {t('safety.snapshots.restore')}
                        </button>
                        <RowDeleteButton onClick={() => run('delete-snapshot', () => deleteSnapshot(db, s.id))} disabled={busy} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </main>
    </div>
  );
}

interface RestoreChoiceProps {
  chosen: { name: string; backup: OpenedBackup };
  mode: RestoreMode;
  onMode(mode: RestoreMode): void;
  onRestore(): void;
  busy: boolean;
}

/** What the chosen backup holds, and how to restore it. */
function RestoreChoice({ chosen, mode, onMode, onRestore, busy }: RestoreChoiceProps) {
  const t = useT();
  const [lang] = useLanguage();
  const { manifest, tables, files } = chosen.backup;
  const count = (table: string) => tables[table]?.length ?? 0;
  const names = (tables.projects as { name?: unknown }[]).map((p) => String(p.name)).join('、');
  // Only a backup of everything may replace everything.
  const modes: RestoreMode[] = chosen.backup.scope === 'all' ? ['merge', 'replace'] : ['merge'];
  return (
    <div className="restore-choice" data-testid="restore-choice">
      <p>
        {t('safety.restore.contains', {
          file: chosen.name,
          createdAt: formatDateTime(manifest.createdAt, lang),
          appVersion: manifest.appVersion,
          projects: count('projects'),
          observations: count('observations'),
          batches: count('batches'),
          reports: count('reports'),
          files: files.length,
        })}
      </p>
      {names && <p className="hint">{t('safety.restore.projects', { names })}</p>}
      {count('rounds') > 0 && <p className="hint">{t('roundUi.backup.rounds', { count: count('rounds') })}</p>}
      <fieldset>
        <legend>{t('safety.restore.mode')}</legend>
        {modes.map((m) => (
          <label key={m} className="radio">
            <input type="radio" name="restore-mode" value={m} checked={mode === m} onChange={() => onMode(m)} /> {t(`safety.restore.${m}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className={mode === 'replace' ? 'button button-danger' : 'button button-primary'} onClick={onRestore} disabled={busy}>
        {t('safety.restore.run')}
      </button>
    </div>
  );
}
