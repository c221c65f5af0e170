// One filled task progress template in the wizard: recognised by its hidden cell map and read without a question, so
// the card only says what it holds (the year, how many items were rated, which departments did not report, the cells
// to look at by sheet) and imports it.
import { useMemo, useState } from 'react';
import type { TaskTemplateReading } from '../../../../shared/templates';
import { useLanguage, useT } from '../../services';
import type { FileImport } from './use-file-imports';

export interface TaskImportCardProps {
  file: FileImport & { tasks: TaskTemplateReading };
  onRemove(): void;
  onCommit(file: FileImport & { tasks: TaskTemplateReading }): Promise<void>;
}

/** The departments whose items came back without a rating, with how many, in the template's order. */
function notReportedBy(reading: TaskTemplateReading): [string, number][] {
  const counts = new Map<string, number>();
  for (const n of reading.notReported) counts.set(n.department, (counts.get(n.department) ?? 0) + 1);
  return [...counts];
}

export function TaskImportCard({ file, onRemove, onCommit }: TaskImportCardProps) {
  const t = useT();
  const [lang] = useLanguage();
  const [committing, setCommitting] = useState(false);
  const reading = file.tasks;
  const total = reading.info.sheets.reduce((n, s) => n + s.rows.length, 0);
  const answered = reading.progress.filter((p) => p.rating !== null).length;
  const missing = useMemo(() => notReportedBy(reading), [reading]);

  const commit = async () => {
    setCommitting(true);
    try {
      await onCommit(file);
    } finally {
      setCommitting(false);
    }
  };

  return (
    <article className="import-file" data-file-name={file.name} aria-label={file.name} data-testid="task-import">
      <header className="import-file-head">
        <h3 className="import-file-name">{file.name}</h3>
        <p className="import-summary" data-testid="task-import-answered">
          {t('taskTemplates.card.answered', { answered, total })}
        </p>
        <div className="row-actions">
          <button type="button" className="button button-small button-quiet" onClick={onRemove}>
            {t('import.file.remove')}
          </button>
        </div>
      </header>
      <p className="import-note" data-testid="import-template">
        {t('taskTemplates.card.recognised', { year: reading.info.year })}
      </p>
      <p className="import-note" data-testid="task-import-not-reported">
        {missing.length > 0 ? t('taskTemplates.card.notReported', { departments: missing.map(([department, count]) => t('taskTemplates.card.department', { department, count })).join('、') }) : t('taskTemplates.card.allReported')}
      </p>
      {reading.findings.length > 0 && (
        <section className="import-block" data-testid="task-import-findings">
          <h4 className="import-block-title">{t('taskTemplates.card.findings', { count: reading.findings.length })}</h4>
          <ul className="findings">
            {reading.findings.map((f, i) => (
              <li key={i} data-sheet={f.sheet} data-cell={f.cell}>
                {f.text[lang]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="import-commit">
        {reading.progress.length === 0 && <p className="import-blocker">{t('taskTemplates.card.nothing')}</p>}
        <button type="button" className="button button-primary" disabled={reading.progress.length === 0 || committing} onClick={commit}>
          {committing ? t('import.committing') : t('import.commit')}
        </button>
      </div>
    </article>
  );
}
