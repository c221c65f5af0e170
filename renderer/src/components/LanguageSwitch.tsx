// The header's language choice (中文 / English), remembered across restarts.
import { useId } from 'react';
import { useLanguage, useT } from '../services';

/** A select between Chinese and English. */
export function LanguageSwitch() {
  const t = useT();
  const [lang, setLang] = useLanguage();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('ui.language')}
      </label>
      <select id={id} className="select" value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'zh')}>
        <option value="zh">{t('ui.language.zh')}</option>
        <option value="en">{t('ui.language.en')}</option>
      </select>
    </div>
  );
}
