// Text the evaluator can rewrite in place: click or Enter opens a textarea; Ctrl+Enter or leaving it saves, Escape cancels.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../services';

export interface EditableTextProps {
  text: string;
  /** Saves the new text; called only when it changed. */
  onSave(text: string): void;
  /** Shown (on screen only) when the text is empty, e.g. the space under a 对策建议 heading. */
  empty?: ReactNode;
  testId?: string;
  /** Marks and actions shown under the text (on screen only). */
  children?: ReactNode;
  className?: string;
}

/** One paragraph (one printed paragraph per line of text) that turns into a textarea while edited. */
export function EditableText({ text, onSave, empty, testId, children, className }: EditableTextProps) {
  const t = useT();
  const hintId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // Escape unmounts the textarea; a blur that follows must not save what was just cancelled.
  const cancelled = useRef(false);

  const open = () => {
    cancelled.current = false;
    setDraft(text);
  };
  const finish = (save: boolean) => {
    if (draft === null || cancelled.current) return;
    cancelled.current = true;
    const next = draft.replace(/\s+$/, '');
    setDraft(null);
    if (save && next !== text) onSave(next);
  };
  const onEditorKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(false);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      finish(true);
    }
  };
  const onTextKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      open();
    }
  };

  const classes = ['report-para', className].filter(Boolean).join(' ');
  if (draft !== null) {
    return (
      <div className={`${classes} report-para-editing`} data-testid={testId}>
        <textarea
          className="report-editor"
          value={draft}
          aria-label={t('reportUi.edit.label')}
          aria-describedby={hintId}
          rows={Math.max(3, Math.ceil(draft.length / 34) + draft.split('\n').length)}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onEditorKey}
          onBlur={() => finish(true)}
        />
        <p id={hintId} className="report-screen-only report-edit-hint">
          {t('reportUi.edit.keys')}
        </p>
      </div>
    );
  }
  const lines = text ? text.split(/\r?\n/) : [];
  return (
    <div className={classes} data-testid={testId}>
      <div className="report-para-text" tabIndex={0} role="button" aria-describedby={hintId} title={t('reportUi.edit.hint')} onClick={open} onKeyDown={onTextKey}>
        {lines.length > 0
          ? lines.map((line, i) => (
              <p key={i} className="report-body">
                {line}
              </p>
            ))
          : empty}
      </div>
      <span id={hintId} className="visually-hidden">
        {t('reportUi.edit.hint')}
      </span>
      {children}
    </div>
  );
}
