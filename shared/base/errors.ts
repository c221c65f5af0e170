// The error a user reads: a code the app can act on, and a message from the dictionary in both languages.
import { t } from '../i18n';

/** "中文 (English)" for a dictionary key. */
export function bilingual(key: string, params: Record<string, string | number> = {}): string {
  return `${t(key, 'zh', params)} (${t(key, 'en', params)})`;
}

/**
 * The base of every error that reaches a user. The message is both languages (the command line prints it); `key`
 * and `params` let a screen show it in its own language only.
 */
export class PlanevalError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(bilingual(key, params));
    this.name = new.target.name;
  }
}
