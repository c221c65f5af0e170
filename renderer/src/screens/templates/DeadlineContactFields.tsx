// The two fields every template dialog asks for: the date the departments must answer by, and whom they may ask.
import { useT } from '../../services';

export interface DeadlineContactFieldsProps {
  /** Prefix of the inputs' ids, unique per dialog. */
  id: string;
  deadline: string;
  contact: string;
  onDeadline(value: string): void;
  onContact(value: string): void;
}

/** 填报截止日期 and 联系人, as cells of the dialog's form grid. */
export function DeadlineContactFields({ id, deadline, contact, onDeadline, onContact }: DeadlineContactFieldsProps) {
  const t = useT();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-deadline`}>{t('templates.generate.deadline')}</label>
        <input id={`${id}-deadline`} className="input" type="date" value={deadline} onChange={(e) => onDeadline(e.target.value)} />
      </div>
      <div className="field span-2">
        <label htmlFor={`${id}-contact`}>{t('templates.generate.contact')}</label>
        <input id={`${id}-contact`} className="input" value={contact} placeholder={t('templates.generate.contactHint')} onChange={(e) => onContact(e.target.value)} />
      </div>
    </>
  );
}
