// Lines above (and below) a table that describe it: title, "单位:" line, "指标:/地区:/时间:" lines, 续表 and notes.
import { hasChinese } from './cells';
import { headerMeaning, yearAtEdges } from './header-text';
import { toHalfWidth } from '../../base';
import { splitNameAndUnit, unitFromUnitLine } from '../../workbook';

export interface TitleInfo {
  title?: string;
  /** 0-based row and column of the title cell. */
  titleAt?: [number, number];
  /** 0-based row and column of the "指标:" line. */
  indicatorAt?: [number, number];
  unit?: string;
  indicator?: string;
  region?: string;
  year?: number;
  /** Where the year was written: the title, or a unit, "时间:" or note line. */
  yearFrom?: 'title' | 'note';
  continuation: boolean;
}

const META = /^\s*(指标|指标名称|地区|区域|时间|年份|年度|统计时间)\s*[::]\s*(.+?)\s*$/;
const CONTINUATION = /续表|^\s*[((]?\s*续\s*[))]?\s*$|continued/i;
const NOTE = /^\s*(注|附注|说明|备注|资料来源|数据来源|来源|note|notes|source)\s*[::\d①-⑳]/i;
const NOTE_PREFIX = /^\s*(注|附注|说明|备注|资料来源|数据来源|来源|note|notes|source)\s*[\d①-⑳]*\s*[::]?\s*/i;
// A table number ("1-8", "表 3") before the title's words or its leading year, never a leading year itself ("2021年…").
const NUMBER_PREFIX = /^\s*(?:表\s*)?(?=[0-9A-Za-z-]*\d)[0-9A-Za-z]+(?:\s*[-－—.·]\s*[0-9A-Za-z]+)*\s*(?=(?!年)[\u3400-\u9fff]|\s(?:19|20)\d{2}\s*年)/;
const BY_REGION_PREFIX = /^(各地区|分地区|按地区|各区县|各区|分区|各市|分市|各省|各县|全市各区)/;

/** True for "注:…", "资料来源:…" and the like. */
export function isNoteLine(text: string): boolean {
  return NOTE.test(toHalfWidth(text));
}

/** True for a line that describes the table rather than being part of it: a unit, meta, 续表 or note line. */
export function isDescriptionLine(text: string): boolean {
  const s = toHalfWidth(text);
  return unitFromUnitLine(s) !== null || META.test(s) || CONTINUATION.test(s) || NOTE.test(s);
}

function withoutNumber(title: string): string {
  return toHalfWidth(title).replace(/\s+/g, ' ').trim().replace(NUMBER_PREFIX, '').trim();
}

/** A year the title ends or starts with, after its table number ("(2021年)", "1-4 2023年…"), if any. */
export function yearInText(text: string): number | undefined {
  return yearAtEdges(withoutNumber(text)).year;
}

/** The indicator a title names: number prefix, "各地区", years and a bracketed unit removed. */
export function indicatorFromTitle(title: string): { name: string; unit?: string } | null {
  const { name: withPrefix, unit } = headerMeaning(withoutNumber(title));
  const name = withPrefix.replace(BY_REGION_PREFIX, '').trim();
  if (!name || !hasChinese(name)) return null;
  return unit ? { name, unit } : { name };
}

/** Reads the description lines (one string per row, cells joined) of a table's title area. */
export function readTitleArea(lines: { row: number; cells: string[] }[]): TitleInfo {
  const info: TitleInfo = { continuation: false };
  for (const { row, cells } of lines) {
    for (let column = 0; column < cells.length; column++) {
      const s = toHalfWidth(cells[column]).trim();
      if (!s) continue;
      // "单位:万元(2021年)": the unit line gives the year too.
      const dated = yearAtEdges(s);
      const datedUnit = dated.year !== undefined ? unitFromUnitLine(dated.rest) : null;
      const unit = datedUnit ?? unitFromUnitLine(s);
      if (unit !== null) {
        info.unit ??= unit;
        if (datedUnit !== null) setYear(info, dated.year!, 'note');
        continue;
      }
      if (CONTINUATION.test(s)) {
        info.continuation = true;
        continue;
      }
      const meta = META.exec(s);
      if (meta) {
        const [, key, value] = meta;
        if (key.startsWith('指标')) {
          const { name, unit: u } = splitNameAndUnit(value);
          info.indicator = name;
          info.indicatorAt = [row, column];
          if (u) info.unit ??= u;
        } else if (key === '地区' || key === '区域') info.region = value;
        else {
          const y = yearInText(value);
          if (y && /^\s*(?:19|20)\d{2}\s*年?度?\s*$/.test(value)) setYear(info, y, 'note');
        }
        continue;
      }
      if (NOTE.test(s)) {
        const y = yearOfNote(s);
        if (y !== undefined) setYear(info, y, 'note');
        continue;
      }
      if (info.title === undefined && hasChinese(s)) {
        info.title = s;
        info.titleAt = [row, column];
      } else if (info.title !== undefined && yearAtEdges(s).rest.replace(/[()]/g, '') === '') {
        // A line that is only a year under the title: "(2021年)".
        setYear(info, yearAtEdges(s).year!, 'note');
      }
    }
  }
  if (info.year === undefined && info.title !== undefined) {
    const y = yearInText(info.title);
    if (y !== undefined) setYear(info, y, 'title');
  }
  return info;
}

function setYear(info: TitleInfo, year: number, from: 'title' | 'note'): void {
  if (info.year !== undefined) return;
  info.year = year;
  info.yearFrom = from;
}

// A year that starts a period ("2015年起", "2015年以来") is not the year of the table's values.
const PERIOD_START = /^(起|以来|开始|至|以前|以后|前|后|及|和|、|-|—|~)/;

/** The year a note line gives its table ("注:表中为2021年数据" is not read; "注:2021年数据" and "资料来源:…(2021)" are). */
export function yearOfNote(text: string): number | undefined {
  const body = toHalfWidth(text).replace(NOTE_PREFIX, '').trim();
  const { year, rest } = yearAtEdges(body);
  return year !== undefined && !PERIOD_START.test(rest) ? year : undefined;
}
