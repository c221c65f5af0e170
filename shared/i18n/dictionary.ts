// The one dictionary all user-facing text goes through: Chinese first, English beside it.
// Each area of the app keeps its messages in messages/<area>.ts; keys are "<area>.<name>".
import { MESSAGE_TABLES } from './messages';
import type { Language, MessageTable } from './message';


const dictionary: MessageTable = Object.assign({}, ...MESSAGE_TABLES);

/** Translate `key`, filling `{name}` placeholders from `params`. An unknown key is a programming error. */
export function t(key: string, lang: Language, params: Record<string, string | number> = {}): string {
  const parts = templateParts(key, lang);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return text;
}

// An evaluation writes thousands of findings: each message is split once into literal text (even indices) and
// placeholder names (odd indices), so filling it is concatenation rather than a regex replace per call.
const splitTemplates: Record<Language, Map<string, string[]>> = { zh: new Map(), en: new Map() };

function templateParts(key: string, lang: Language): string[] {
  let parts = splitTemplates[lang].get(key);
  if (parts === undefined) {
    const message = dictionary[key];
    if (!message) throw new Error(`Unknown message key: ${key}`);
    parts = message[lang].split(/\{(\w+)\}/);
    splitTemplates[lang].set(key, parts);
  }
  return parts;
}

/** Every key, for the test that checks both languages are filled. */
export function messageKeys(): string[] {
  return Object.keys(dictionary);
}
