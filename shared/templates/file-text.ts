// The language of a template file: the departments fill it in Chinese, and Excel's input prompts and error alerts,
// which a cell shows on its own, carry the English beside it.
import { t } from '../i18n';

/** A message as the file writes it. */
export function fileText(key: string, params: Record<string, string | number> = {}): string {
  return t(key, 'zh', params);
}

/** Chinese, then English: the text of a data-validation prompt or alert. */
export function withEnglish(key: string, params: Record<string, string | number> = {}, separator = ''): string {
  return `${t(key, 'zh', params)}${separator}${t(key, 'en', params)}`;
}
