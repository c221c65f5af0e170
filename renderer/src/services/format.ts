// Display formatting of times; numbers are written by shared/attain's formatters, the one rule of every screen and report.
import type { Language } from '../../../shared/i18n';

/** A stored ISO time as the user's local date and time. */
export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
