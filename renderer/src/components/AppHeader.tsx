// The bar at the top of every screen: the app's name, where the user is, and the language switch.
import type { ReactNode } from 'react';
import { useT } from '../services';
import { LanguageSwitch } from './LanguageSwitch';

/** The header; `children` go between the title and the language switch (e.g. a back button). */
export function AppHeader({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-title">
        <span className="app-logo" aria-hidden="true" />
        <span>{t('common.appName')}</span>
      </div>
      <div className="app-header-middle">{children}</div>
      <LanguageSwitch />
    </header>
  );
}
