// Sizes for people: bytes as KB, MB or GB (binary multiples), in the user's number format.
import type { Language } from '../../../../shared/i18n';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** e.g. 1536 → "1.5 KB". */
export function formatBytes(bytes: number, lang: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}
