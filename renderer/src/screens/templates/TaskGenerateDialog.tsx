// The "生成重点任务进展表" dialog: the year the departments report, the deadline and the contact.
import { useId, useState } from 'react';
import { CancelSubmitButtons, Dialog } from '../../components';
import { useT } from '../../services';
import { DeadlineContactFields } from './DeadlineContactFields';

/** What the evaluator chose. */
export interface TaskGenerateChoice {
  year: number;
  deadline: string;
  contact: string;
}

export function TaskGenerateDialog({ asOf, busy, onSubmit, onCancel }: { asOf: number; busy: boolean; onSubmit(choice: TaskGenerateChoice): void; onCancel(): void }) {
  const t = useT();
  const id = useId();
  const [yearText, setYearText] = useState(String(asOf));
  const [deadline, setDeadline] = useState('');
  const [contact, setContact] = useState('');
  const [tried, setTried] = useState(false);
  const badYear = !/^\d{4}$/.test(yearText.trim());

  const submit = () => {
    setTried(true);
    if (badYear || busy) return;
    onSubmit({ year: Number(yearText.trim()), deadline: deadline.trim(), contact: contact.trim() });
  };

  return (
    <Dialog
      title={t('taskTemplates.generate.title')}
      onCancel={onCancel}
      onSubmit={submit}
      actions={<CancelSubmitButtons onCancel={onCancel} submitLabel={t('taskTemplates.generate.submit')} submitDisabled={busy} />}
    >
      <p className="tpl-lead">{t('taskTemplates.generate.lead')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('taskTemplates.generate.year')}</label>
          <input id={`${id}-year`} className="input" value={yearText} aria-invalid={tried && badYear} onChange={(e) => setYearText(e.target.value)} />
          {tried && badYear && <p className="field-error">{t('taskTemplates.generate.badYear')}</p>}
        </div>
        <DeadlineContactFields id={id} deadline={deadline} contact={contact} onDeadline={setDeadline} onContact={setContact} />
      </div>
    </Dialog>
  );
}
