// The language context: useT() gives components t(key, params) in the chosen language (zh by default).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { t as translate, type Language } from '../../../shared/i18n';

const STORAGE_KEY = 'planeval.language';

type Translate = (key: string, params?: Record<string, string | number>) => string;

interface I18nValue {
  lang: Language;
  setLang(lang: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Provides the language (remembered across restarts) and the translate function. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(storedLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this session only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate('common.appName', lang);
  }, [lang]);
  const value = useMemo<I18nValue>(() => ({ lang, setLang, t: (key, params) => translate(key, lang, params) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() outside <I18nProvider>');
  return value;
}

/** t(key, params) in the current language. */
export function useT(): Translate {
  return useI18n().t;
}

/** The current language and its setter. */
export function useLanguage(): [Language, (lang: Language) => void] {
  const { lang, setLang } = useI18n();
  return [lang, setLang];
}
