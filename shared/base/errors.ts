// The error a user reads: a code the app can act on, and a message from the dictionary in both languages.
import { t, type Message } from '../i18n';

/** A dictionary message filled in, in each language. */
export function inBothLanguages(key: string, params: Record<string, string | number> = {}): Message {
  return { zh: t(key, 'zh', params), en: t(key, 'en', params) };
}

/** "中文 (English)": how the command line and error messages write a text of both languages. */
export function joinLanguages(text: Message): string {
  return `${text.zh} (${text.en})`;
}

/** "中文 (English)" for a dictionary key. */
export function bilingual(key: string, params: Record<string, string | number> = {}): string {
  return joinLanguages(inBothLanguages(key, params));
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
