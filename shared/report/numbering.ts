// Section numbers as the report prints them: "一、" for a chapter, "（一）" for a part of one, "1." and "1)" in English.
import type { Language } from '../i18n';

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** "一、总体进展" at level 1, "（一）创新策源能力" at level 2. */
export function headingNumber(lang: Language, index: number, text: string, level: 1 | 2): string {
  if (lang === 'en') return level === 1 ? `${index + 1}. ${text}` : `${index + 1}) ${text}`;
  return level === 1 ? `${CHINESE_NUMERALS[index]}、${text}` : `（${CHINESE_NUMERALS[index]}）${text}`;
}
