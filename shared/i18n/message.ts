// A message of the dictionary: its Chinese and its English.

export type Language = 'zh' | 'en';
export interface Message {
  zh: string;
  en: string;
}
export type MessageTable = Record<string, Message>;
