// Display formatting of times and numbers (rounding happens here only, never in stored values).
import type { Language } from '../../../shared/i18n';

/** A stored ISO time as the user's local date and time. */
export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A value rounded to the indicator's published decimals, with thousands separators. */
export function formatNumber(value: number, precision: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: precision, maximumFractionDigits: precision }).format(value);
}
