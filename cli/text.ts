// How the command line prints: the dictionary, which it has no language setting for, Chinese first with English
// beside it (errors use bilingual() of shared/base: "中文 (English)"), and tables aligned for a terminal.
import { t } from '../shared/i18n';

/** "中文 English": a label of the plain-text output, as in "总体得分 overall: 52.3". */
export function label(key: string): string {
  return `${t(key, 'zh')} ${t(key, 'en')}`;
}

/** The message in Chinese, then in English, each line indented by `indent`: help texts. */
export function bothLanguages(key: string, params: Record<string, string | number> = {}, indent = ''): string {
  return [t(key, 'zh', params), t(key, 'en', params)].flatMap((text) => text.split('\n')).map((line) => indent + line).join('\n');
}

/** Pads cells to the widest in each column, counting CJK characters as two columns as terminals draw them. */
export function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c]!))));
  return rows.map((row) => row.map((cell, c) => cell + ' '.repeat(widths[c]! - displayWidth(cell))).join('  ').trimEnd());
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

/** "（2023）", "（B3）": a bracketed aside in the Chinese-first plain-text output, full-width as Chinese text takes it. */
export function aside(text: string | number): string {
  return t('report.bracketed', 'zh', { text });
}

/** Names listed as the Chinese-first output lists them: "黄埔区、南沙区". */
export function listed(names: readonly string[]): string {
  return names.join(t('report.p.listSeparator', 'zh'));
}
