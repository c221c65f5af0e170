// The progress of one item in one year: rating (with the rubric of the item's verb beside it), stage, text, the
// reasons a lagging or dropped rating owes, and the evidence files. Saving goes through saveProgress, which refuses
// a record that breaks the rules and writes nothing; a saved change can be undone from its notice.
import { useId, useState } from 'react';
import { describeFieldError, type FieldError } from '../../../../shared/model';
import { emptyProgress, LAGGING_RATINGS, RATINGS, STAGES, type ItemProgress, type LedgerItem, type Rating, type Stage } from '../../../../shared/ledger';
import type { OpenedFile } from '../../../../shared/ipc';
import { db, ProgressRefused, restoreProgress, saveProgress, type NewEvidence, type ProgressRow } from '../../../db';
import { FileDropZone } from '../../components';
import { formatBytes, useLanguage, useProject, useT, useToast } from '../../services';
import { evidenceFilters } from './evidence-files';

export interface ProgressFormProps {
  item: LedgerItem;
  year: number;
  record: ProgressRow | undefined;
  /** After a save or its undo: the screen re-reads the progress. */
  onSaved(): Promise<void>;
}

function startingDraft(item: LedgerItem, year: number, record: ProgressRow | undefined): ItemProgress {
  if (!record) return emptyProgress(item.id, year);
  const { projectId: _projectId, ...progress } = structuredClone(record);
  return progress;
}

export function ProgressForm({ item, year, record, onSaved }: ProgressFormProps) {
  const t = useT();
  const [lang] = useLanguage();
  const { project } = useProject();
  const { notify, reportError } = useToast();
  const id = useId();
  const [draft, setDraft] = useState(() => startingDraft(item, year, record));
  const [pending, setPending] = useState<NewEvidence[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<ItemProgress>) => setDraft((d) => ({ ...d, ...change }));
  const lagging = draft.rating !== null && LAGGING_RATINGS.includes(draft.rating);
  const errorsOf = (field: string) => errors.filter((e) => e.field === field).map((e) => describeFieldError(e, lang));

  const save = async () => {
    setSaving(true);
    try {
      const result = await saveProgress(db, project.id, draft, pending);
      setErrors([]);
      const params = { item: item.title, year };
      const undo = () =>
        restoreProgress(db, result)
          .then(onSaved)
          .then(() => notify({ message: t('tasks.undone', params) }))
          .catch(reportError);
      notify({ message: t('tasks.saved', params), action: { label: t('ui.action.undo'), run: () => void undo() } });
      await onSaved();
    } catch (error) {
      if (error instanceof ProgressRefused) setErrors(error.errors);
      else reportError(error);
    } finally {
      setSaving(false);
    }
  };
  const addFiles = (files: OpenedFile[]) => setPending((p) => [...p, ...files.map((f) => ({ name: f.name, bytes: f.bytes }))]);

  const field = (name: 'text' | 'lagReason' | 'nextSteps' | 'dropReason', label: string, required: boolean) => {
    const messages = errorsOf(name);
    return (
      <div className="field span-4">
        <label htmlFor={`${id}-${name}`}>
          {label}
          {required && <span className="required-mark">{t('tasks.form.required')}</span>}
        </label>
        <textarea
          id={`${id}-${name}`}
          className="input textarea"
          rows={name === 'text' ? 4 : 2}
          value={draft[name]}
          aria-required={required || undefined}
          aria-invalid={messages.length > 0 || undefined}
          onChange={(e) => set({ [name]: e.target.value })}
          data-testid={`progress-${name}`}
        />
        {messages.map((m) => (
          <span key={m} className="field-error">
            {m}
          </span>
        ))}
      </div>
    );
  };

  return (
    <form
      className="progress-form"
      data-testid="progress-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 className="section-title">{t('tasks.form.title', { year })}</h3>
      {errors.length > 0 && (
        <div className="banner progress-refused" role="alert" data-testid="progress-refused">
          {t('tasks.form.refused', { detail: errors.map((e) => describeFieldError(e, lang)).join(t('tasks.form.separator')) })}
        </div>
      )}
      <div className="form-grid">
        <div className="field span-2">
          <label htmlFor={`${id}-rating`}>{t('tasks.form.rating')}</label>
          <select
            id={`${id}-rating`}
            className="select"
            value={draft.rating ?? ''}
            aria-invalid={errorsOf('rating').length > 0 || undefined}
            onChange={(e) => set({ rating: (e.target.value || null) as Rating | null })}
            data-testid="progress-rating"
          >
            <option value="">{t('tasks.form.ratingNone')}</option>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {t(`ledger.rating.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field span-2">
          <label htmlFor={`${id}-stage`}>{t('tasks.form.stage')}</label>
          <select
            id={`${id}-stage`}
            className="select"
            value={draft.stage ?? ''}
            aria-invalid={errorsOf('stage').length > 0 || undefined}
            onChange={(e) => set({ stage: (e.target.value || null) as Stage | null })}
            data-testid="progress-stage"
          >
            <option value="">{t('tasks.form.stageNone')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`ledger.stage.${s}`)}
              </option>
            ))}
          </select>
          {errorsOf('stage').map((m) => (
            <span key={m} className="field-error">
              {m}
            </span>
          ))}
        </div>
        <aside className="rubric span-4" data-testid="progress-rubric">
          <strong>{t('tasks.form.rubric')}</strong> {t(`ledger.verb.${item.verb}.rubric`)}
        </aside>
        {field('text', t('tasks.form.text'), false)}
        <p className={lagging ? 'lag-note lag-note-active span-4' : 'lag-note span-4'} data-testid="lag-note">
          {t('tasks.form.lagRequired')}
        </p>
        {field('lagReason', t('tasks.form.lagReason'), lagging)}
        {field('nextSteps', t('tasks.form.nextSteps'), lagging)}
        {draft.rating === 'dropped' && field('dropReason', t('tasks.form.dropReason'), true)}
        <div className="field span-4">
          <span className="field-label">{t('tasks.form.evidence')}</span>
          <ul className="evidence-list" data-testid="progress-evidence">
            {draft.evidence.map((e) => (
              <li key={e.hash}>
                <span className="evidence-name">{e.name}</span>
                <span className="evidence-size">{formatBytes(e.size)}</span>
                <button type="button" className="button button-small button-quiet" title={t('tasks.form.removeTitle', { file: e.name })} onClick={() => set({ evidence: draft.evidence.filter((x) => x !== e) })}>
                  {t('tasks.form.remove')}
                </button>
              </li>
            ))}
            {pending.map((f, i) => (
              <li key={`pending-${i}`}>
                <span className="evidence-name">{f.name}</span>
                <span className="evidence-size">
                  {formatBytes(f.bytes.length)} {t('tasks.form.evidencePending')}
                </span>
                <button type="button" className="button button-small button-quiet" title={t('tasks.form.removeTitle', { file: f.name })} onClick={() => setPending(pending.filter((x) => x !== f))}>
                  {t('tasks.form.remove')}
                </button>
              </li>
            ))}
          </ul>
          {errorsOf('evidence').map((m) => (
            <span key={m} className="field-error">
              {m}
            </span>
          ))}
          <FileDropZone
            hint={t('tasks.form.evidenceHint')}
            buttonLabel={t('tasks.form.evidenceChoose')}
            dialogTitle={t('tasks.form.evidenceDialog')}
            filters={evidenceFilters(t('tasks.form.evidenceFilter'))}
            multiple
            onFiles={addFiles}
          />
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => { setDraft(startingDraft(item, year, record)); setPending([]); setErrors([]); }}>
          {t('tasks.form.revert')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving} data-testid="progress-save">
          {t('ui.action.save')}
        </button>
      </div>
    </form>
  );
}
