// How the command line prints the dictionary: it has no language setting, so its text is Chinese first with English
// beside it (errors use bilingual() of shared/base: "中文 (English)").
import { t } from '../shared/i18n';

/** "中文 English": a label of the plain-text output, as in "总体得分 overall: 52.3". */
export function label(key: string): string {
  return `${t(key, 'zh')} ${t(key, 'en')}`;
}

/** The message in Chinese, then in English, each line indented by `indent`: help texts. */
export function bothLanguages(key: string, params: Record<string, string | number> = {}, indent = ''): string {
  return [t(key, 'zh', params), t(key, 'en', params)].flatMap((text) => text.split('\n')).map((line) => indent + line).join('\n');
}

/** "（2023）", "（B3）": a bracketed aside in the Chinese-first plain-text output, full-width as Chinese text takes it. */
export function aside(text: string | number): string {
  return t('report.bracketed', 'zh', { text });
}

/** Names listed as the Chinese-first output lists them: "黄埔区、南沙区". */
export function listed(names: readonly string[]): string {
  return names.join(t('report.p.listSeparator', 'zh'));
}
