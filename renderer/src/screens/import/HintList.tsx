// The file's hints (its tables' findings), each in the interface's language; one toggle adds the other language under
// every hint, for the wording a colleague or the command line uses.
import { useState } from 'react';
import { formatCount } from '../../../../shared/attain';
import { useLanguage, useT } from '../../services';
import type { Hint } from './summary';

/** The hints list, folded; nothing when there are no hints. */
export function HintList({ hints }: { hints: Hint[] }) {
  const t = useT();
  const [lang] = useLanguage();
  const [both, setBoth] = useState(false);
  if (hints.length === 0) return null;
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <details className="import-block" data-testid="findings">
      <summary className="import-block-title">{t('import.findings.title', { count: formatCount(hints.length) })}</summary>
      <div className="hints-tools">
        <button type="button" className="button button-small" aria-pressed={both} aria-label={t('wizard.hints.otherLabel')} onClick={() => setBoth(!both)}>
          {t('wizard.hints.other')}
        </button>
      </div>
      <ul className="findings">
        {hints.map((hint, i) => (
          <li key={i} data-cell={hint.cell}>
            <code>{t('import.findings.where', { sheet: hint.sheet, cell: hint.cell })}</code> <span data-testid="hint-text">{hint.text[lang]}</span>
            {both && (
              <span className="hint-other" lang={other === 'zh' ? 'zh-CN' : 'en'} data-testid="hint-other">
                {hint.text[other]}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
