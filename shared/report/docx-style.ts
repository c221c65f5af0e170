// The Word report's type and page after GB/T 9704-2012 (党政机关公文格式): fonts, sizes and the A4 type area in Word's units.
import { TextRun } from 'docx';

/**
 * Font names per role, most wanted first. Runs name the first; word/fontTable.xml lists the rest as its alternative
 * names, which Word consults when the first is missing. LibreOffice substitutes through fontconfig instead, which
 * picks an installed CJK font, so nothing prints as empty boxes either way.
 */
export interface ReportFonts {
  title: string[];
  heading1: string[];
  heading2: string[];
  body: string[];
  /** Digits and Latin letters. */
  latin: string;
}

export const DEFAULT_REPORT_FONTS: ReportFonts = {
  title: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', 'Noto Serif CJK SC'],
  heading1: ['黑体', 'SimHei', 'Noto Sans CJK SC'],
  heading2: ['楷体', 'KaiTi', '楷体_GB2312', 'Noto Serif CJK SC'],
  body: ['仿宋', 'FangSong', '仿宋_GB2312', 'Noto Serif CJK SC'],
  latin: 'Times New Roman',
};

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

/** GB/T 9704-2012 §5.2.1: A4 (210 × 297 mm); 天头 37 mm, bottom 35 mm, 订口 (left) 28 mm, right 26 mm. */
export const PAGE_TWIPS = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
};
export const TEXT_WIDTH_TWIPS = PAGE_TWIPS.width - PAGE_TWIPS.left - PAGE_TWIPS.right;
export const TEXT_HEIGHT_TWIPS = PAGE_TWIPS.height - PAGE_TWIPS.top - PAGE_TWIPS.bottom;
/** Twips to pixels at 96 dpi, the unit ImageRun sizes are given in. */
export const twipsToPx = (twips: number) => Math.floor((twips / 1440) * 96);

/** Chinese type sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 五号 10.5 pt, 小五 9 pt. */
export const SIZE = { hao2: 44, hao3: 32, hao4: 28, hao5: 21, xiao5: 18 };
/** GB/T 9704: 22 lines of 3号 text on the type area ≈ 28.9 pt per line. */
export const BODY_LINE_TWIPS = 578;
/** 3号 characters are 16 pt: a first-line indent of two characters. */
export const TWO_CHARACTERS = 2 * 320;

export type RunFont = ReturnType<typeof runFont>;

export function runFont(names: string[], latin: string) {
  return { eastAsia: names[0], ascii: latin, hAnsi: latin, hint: 'eastAsia' as const };
}

export function textRuns(text: string, font: RunFont, size: number, bold = false): TextRun[] {
  return [new TextRun({ text, font, size, sizeComplexScript: size, bold })];
}
