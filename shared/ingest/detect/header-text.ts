// What a header cell says: its name, unit, year and English name, read from the one text a statistics table writes
// them in ("2023年技术合同成交额(亿元)", "机构数\n(个)\nInstitutions\n(unit)"); detection and mapping both read it here.
import { hasChinese, textAt } from './cells';
import { toHalfWidth } from '../../base';
import { splitNameAndUnit, type SheetGrid, unitInBracket } from '../../workbook';

/** The parts of one header (or row label) text. */
export interface HeaderMeaning {
  /** The Chinese name (or the English one when there is no Chinese), without unit, year and "#"/"其中:" marks. */
  name: string;
  /** The unit its bracket names, normalised ("亿元"). */
  unit?: string;
  /** The year it starts or ends with ("2023年…", "…(2023年)"). */
  year?: number;
  /** The English line(s) of a bilingual header, when it has Chinese too. */
  english?: string;
}

// "2021年末常住人口" keeps its 年末: it is part of the name (年末常住人口), the year is 2021.
const LEADING_YEAR = /^\s*((?:19|20)\d{2})\s*(?:年度|年(?![末底])|(?=年[末底]))\s*/;
const TRAILING_YEAR = /\s*(?:[(\[]\s*)?((?:19|20)\d{2})\s*(?:年(?:度|末|底)?)?\s*(?:[)\]])?\s*$/;
// Bilingual cells separate the languages by lines, or by a bar on one line ("地 区 | Region").
const LINE_BREAK = /\r\n|\n|\r|\s*\|\s*/;
const BRACKETED = /^[(\[](.*)[)\]]$/;
const PERIOD_BEFORE = /(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*$/;

/** The year a text starts or ends with, and the text without it ("2021年各区…" → 2021, "各区…"). */
export function yearAtEdges(text: string): { year?: number; rest: string } {
  const s = toHalfWidth(text).trim();
  const leading = LEADING_YEAR.exec(s);
  if (leading) {
    const rest = s.slice(leading[0].length).trim();
    return { year: Number(leading[1]), rest: /^年[末底]$/.test(rest) ? '' : rest };
  }
  const trailing = TRAILING_YEAR.exec(s);
  // A bare number is a year column's header, never a name with a year; "(2016-2020年)" is a period, not a year.
  if (!trailing || (trailing.index === 0 && !/年/.test(trailing[0])) || PERIOD_BEFORE.test(s.slice(0, trailing.index))) return { rest: s };
  return { year: Number(trailing[1]), rest: s.slice(0, trailing.index).trim() };
}

/** Reads one header or label text: lines of Chinese form the name, a bracketed unit line or tail the unit, a leading
 *  or trailing year the year, the lines without Chinese the English name. */
export function headerMeaning(text: string): HeaderMeaning {
  const lines = toHalfWidth(text)
    .split(LINE_BREAK)
    .map((l) => l.trim())
    .filter(Boolean);
  const chinese: string[] = [];
  const english: string[] = [];
  let unitLine: string | undefined;
  for (const line of lines) {
    const bracketed = BRACKETED.exec(line);
    // A unit line stands in brackets after the name; alone, it is a header row of units ("(万元)" under "经费").
    const asUnit = bracketed && (chinese.length || lines.length === 1) ? unitInBracket(bracketed[1]) : undefined;
    if (asUnit !== undefined) unitLine ??= asUnit;
    else if (hasChinese(line)) chinese.push(line);
    else if (!bracketed) english.push(line);
  }
  const joined = (chinese.length ? chinese.join('') : english.join(' '))
    .replace(/^(#|其中[::]?)\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const { name: withYear, unit: tailUnit } = splitNameAndUnit(joined);
  const { year, rest } = yearAtEdges(withYear);
  const meaning: HeaderMeaning = { name: rest.replace(/^(#|其中[::]?)\s*/, '') };
  const unit = tailUnit ?? unitLine;
  if (unit) meaning.unit = unit;
  if (year !== undefined) meaning.year = year;
  if (chinese.length && english.length) meaning.english = english.join(' ');
  return meaning;
}

/** The text shown at (row, column), taking it from the merge's first cell when the cell is covered by a merge. */
export function displayedText(grid: SheetGrid, row: number, column: number): string {
  for (const m of grid.merges) {
    if (row >= m.top && row <= m.bottom && column >= m.left && column <= m.right) return textAt(grid, m.top, m.left);
  }
  return textAt(grid, row, column);
}

/**
 * The header texts of one column, top to bottom (group header first), read; repeats of a vertical merge dropped.
 * A row of English names or of units under a Chinese header row is that header's English name or unit, not a header.
 */
export function columnHeader(grid: SheetGrid, headerRows: number[], column: number): HeaderMeaning[] {
  const meanings: HeaderMeaning[] = [];
  let previous = '';
  for (const r of headerRows) {
    const text = displayedText(grid, r, column);
    if (!text || text === previous) continue;
    previous = text;
    const meaning = headerMeaning(text);
    const above = meanings[meanings.length - 1];
    if (above && hasChinese(above.name) && !meaning.name && meaning.unit && meaning.year === undefined) above.unit ??= meaning.unit;
    else if (above && hasChinese(above.name) && meaning.name && !hasChinese(meaning.name)) above.english ??= meaning.name;
    else if (meaning.name || meaning.year !== undefined) meanings.push(meaning);
  }
  return meanings;
}

/** A label's name without its English line or words ("北 京\nBeijing", "天津 Tianjin" → "北 京", "天津"). */
export function labelName(text: string): string {
  const { name } = headerMeaning(text);
  return hasChinese(name) ? name.replace(/(?<=[\u3400-\u9fff])\s+[A-Za-z][A-Za-z .,'&()-]*$/, '') : name;
}
