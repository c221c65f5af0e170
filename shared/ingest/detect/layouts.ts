// Turns a block of rows into a DetectedTable: which of the four layouts it is, and its years, labels and units.
import type { DetectedTable, Layout, LongColumns, TableOverride, DataColumn } from '../types';
import type { YearSource } from '../../model';
import type { Block, RowInfo } from './blocks';
import { cellKind, hasChinese, textAt } from './cells';
import { columnHeader, displayedText, headerMeaning, type HeaderMeaning, labelName } from './header-text';
import { INDICATOR_HEADER, REGION_HEADER, labelsAreRegions } from './region-like';
import { indicatorFromTitle, isNoteLine, readTitleArea, type TitleInfo, yearOfNote } from './title-area';
import { yearAtEdges } from './header-text';
import { cellAddress, rangeAddress, toHalfWidth } from '../../base';
import type { SheetGrid } from '../../workbook';

type Role = 'indicator' | 'region' | 'year' | 'value' | 'unit';

const ROLE_PATTERNS: [Role, RegExp][] = [
  ['indicator', INDICATOR_HEADER],
  ['region', REGION_HEADER],
  ['year', /^(年份|年度|年|时间|统计年度|year|period)$/i],
  ['value', /^(数值|值|数据|指标值|统计值|数量|value|amount)$/i],
  ['unit', /^(单位|计量单位|unit|units)$/i],
];

function roleOf(header: HeaderMeaning): Role | null {
  for (const text of [header.name, header.english ?? '']) {
    const s = text.replace(/\s+/g, '').toLowerCase();
    for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(s)) return role;
  }
  return null;
}

function longColumns(grid: SheetGrid, headerRows: number[], columnCount: number): { columns: LongColumns; unit?: string } | null {
  const found: Partial<Record<Role, number>> = {};
  let unit: string | undefined;
  for (let c = 0; c < columnCount; c++) {
    for (const header of columnHeader(grid, headerRows, c)) {
      const role = roleOf(header);
      if (role && found[role] === undefined) {
        found[role] = c;
        if (role === 'value') unit = header.unit;
      }
    }
  }
  if (found.value === undefined || (found.indicator === undefined && found.region === undefined)) return null;
  if (found.year === undefined && found.indicator === undefined) return null;
  return { columns: { indicator: found.indicator, region: found.region, year: found.year, value: found.value, unit: found.unit }, unit };
}

function isNumericColumn(grid: SheetGrid, dataRows: number[], column: number): boolean {
  let numbers = 0;
  let texts = 0;
  for (const r of dataRows) {
    const kind = cellKind(grid.rows[r]?.[column]);
    if (kind === 'number') numbers++;
    else if (kind === 'text') texts++;
  }
  return numbers >= 1 && numbers >= texts;
}

function indicatorColumns(grid: SheetGrid, headerRows: number[], dataRows: number[], labelColumn: number, columnCount: number): DataColumn[] {
  const columns: DataColumn[] = [];
  for (let c = labelColumn + 1; c < columnCount; c++) {
    if (!isNumericColumn(grid, dataRows, c)) continue;
    const headers = columnHeader(grid, headerRows, c);
    let leaf = headers[headers.length - 1];
    let group: HeaderMeaning | undefined = headers[headers.length - 2] ?? totalOnLeft(grid, headerRows, c, labelColumn);
    if (!leaf) continue;
    // A sub-header that is only a year ("2023年" under "技术合同成交额") or the group's total ("合计", "Total"): the
    // group header is the name.
    if (group && (!leaf.name || TOTAL.test(leaf.name))) [leaf, group] = [{ ...group, ...leaf, name: group.name }, undefined];
    if (!leaf.name) continue;
    const column: DataColumn = { column: c, name: leaf.name };
    if (group && hasChinese(group.name)) column.group = group.name;
    const unit = leaf.unit ?? group?.unit;
    if (unit) column.unit = unit;
    // A header that starts or ends with a year gives its column's values that year.
    const year = leaf.year ?? group?.year;
    if (year !== undefined) column.year = year;
    columns.push(column);
  }
  return columns;
}

const TOTAL = /^(合计|总计|小计|共计|计|total)$/i;

/**
 * A yearbook's breakdown columns stand under an empty group cell beside their total, whose header fills both header
 * rows ("R&D经费内部支出\nTotal", then "政府资金", "企业资金" …): that total is their group.
 */
function totalOnLeft(grid: SheetGrid, headerRows: number[], column: number, labelColumn: number): HeaderMeaning | undefined {
  if (headerRows.length < 2 || displayedText(grid, headerRows[0], column)) return undefined;
  for (let left = column - 1; left > labelColumn; left--) {
    const upper = displayedText(grid, headerRows[0], left);
    if (!upper) continue;
    const spansDown = headerRows.slice(1).every((r) => [upper, ''].includes(displayedText(grid, r, left)));
    const total = headerMeaning(upper);
    return spansDown && TOTAL.test(total.english ?? '') ? total : undefined;
  }
  return undefined;
}

/** The group header every year column stands under ("技术合同成交额(亿元)" over 2022年, 2023年): the indicator. */
function groupOverYears(grid: SheetGrid, headerRows: number[], years: DataColumn[]): { name: string; unit?: string } | null {
  let group: HeaderMeaning | undefined;
  for (const { column } of years) {
    const named = columnHeader(grid, headerRows, column).find((h) => h.name && hasChinese(h.name));
    if (!named || (group && group.name !== named.name)) return null;
    group = named;
  }
  return group ? (group.unit ? { name: group.name, unit: group.unit } : { name: group.name }) : null;
}

function yearColumns(blockInfos: RowInfo[], headerRows: number[], labelColumn: number): DataColumn[] {
  for (let i = headerRows.length - 1; i >= 0; i--) {
    const info = blockInfos[headerRows[i]];
    if (info.isYearRow) return info.years.filter((y) => y.column > labelColumn).map((y) => ({ column: y.column, year: y.year }));
  }
  return [];
}

function lastColumn(grid: SheetGrid, from: number, to: number): number {
  let max = 0;
  for (let r = from; r <= to; r++) max = Math.max(max, (grid.rows[r]?.length ?? 1) - 1);
  return max;
}

/**
 * The year of a table's values when no column or row gives it: the user's, else one a "时间:", unit or note line
 * (above or below the table) gives, else the title's, else the table it continues, else the sheet's name ("2021年分区").
 */
function tableYear(grid: SheetGrid, block: Block, override: TableOverride, info: TitleInfo, continued: DetectedTable | undefined): { year: number; from: YearSource } | null {
  if (override.year !== undefined) return { year: override.year, from: 'given' };
  if (info.year !== undefined && info.yearFrom === 'note') return { year: info.year, from: 'note' };
  const lastData = block.dataRows[block.dataRows.length - 1] ?? -1;
  for (let r = lastData + 1; r <= block.end; r++) {
    for (let c = 0; c < (grid.rows[r]?.length ?? 0); c++) {
      const text = textAt(grid, r, c);
      const year = text && isNoteLine(text) ? yearOfNote(text) : undefined;
      if (year !== undefined) return { year, from: 'note' };
    }
  }
  if (info.year !== undefined) return { year: info.year, from: 'title' };
  if (continued?.year !== undefined && continued.yearFrom) return { year: continued.year, from: continued.yearFrom };
  const named = /^\s*((?:19|20)\d{2})\s*$/.exec(grid.name)?.[1] ?? yearAtEdges(grid.name).year;
  return named !== undefined ? { year: Number(named), from: 'sheet' } : null;
}

/** Interprets one block, applying the user's override where there is one. `previous` is the table above (for 续表). */
export function interpretBlock(
  grid: SheetGrid,
  infos: RowInfo[],
  block: Block,
  previous: DetectedTable | undefined,
  override: TableOverride = {},
): DetectedTable {
  const key = `${grid.name}!${block.start + 1}`;
  const headerRows = override.headerRows ?? block.headerRows;
  const lastHeader = Math.max(-1, ...headerRows);
  const dataRows =
    override.headerRows === undefined
      ? block.dataRows
      : Array.from({ length: block.end - lastHeader }, (_, i) => lastHeader + 1 + i).filter((r) => infos[r]?.isData);
  const labelColumn = override.labelColumn ?? block.labelColumn;
  const right = lastColumn(grid, block.start, block.end);
  const columnCount = right + 1;

  const firstHeader = headerRows.length ? Math.min(...headerRows) : block.start;
  const titleLines = [];
  const line = (r: number) => ({ row: r, cells: (grid.rows[r] ?? []).map((_, c) => textAt(grid, r, c)) });
  for (let r = block.start; r < firstHeader; r++) titleLines.push(line(r));
  // Unit and note lines between the header and the data describe the table as the title area does.
  for (let r = lastHeader + 1; r < (dataRows[0] ?? lastHeader + 1); r++) if (infos[r]?.isDescription) titleLines.push(line(r));
  const info = readTitleArea(titleLines);
  const continued = info.continuation && previous ? previous : undefined;

  const long = longColumns(grid, headerRows, columnCount);
  const detectedYears = override.yearColumns
    ? Object.entries(override.yearColumns).map(([c, y]) => ({ column: Number(c), year: y }))
    : yearColumns(infos, headerRows, labelColumn);
  const labelHeader = columnHeader(grid, headerRows, labelColumn).flatMap((h) => [h.name, h.english ?? ''].map((t) => t.replace(/\s+/g, '')));
  // Read only when the headers and title leave it open; a long table repeats each label, so each is read once.
  const labels = () => {
    const read = new Map<string, string>();
    return dataRows.map((r) => {
      const text = textAt(grid, r, labelColumn);
      let label = read.get(text);
      if (label === undefined) read.set(text, (label = labelName(text)));
      return label;
    });
  };
  const titleSaysRegions = /各地区|分地区|按地区|各区|分区|各市|各省|各县|by region/i.test(toHalfWidth(info.title ?? ''));
  const regionLabels =
    labelHeader.some((t) => REGION_HEADER.test(t)) ||
    (!labelHeader.some((t) => INDICATOR_HEADER.test(t)) && (info.indicator !== undefined || titleSaysRegions || labelsAreRegions(labels())) && info.region === undefined);

  const layout: Layout =
    override.layout ??
    (long ? 'long' : detectedYears.length ? (regionLabels ? 'regions-by-years' : 'indicators-by-years') : 'regions-by-indicators');

  const table: DetectedTable = {
    key,
    sheet: grid.name,
    range: rangeAddress(block.start, 0, block.end, right),
    layout,
    headerRows,
    dataRows,
    labelColumn,
    valueColumns: [],
  };
  if (info.title !== undefined) table.title = info.title;
  if (continued) table.continues = continued.key;

  const titleIndicator =
    info.indicator !== undefined
      ? { name: info.indicator }
      : ((info.title ? indicatorFromTitle(info.title) : null) ?? (layout === 'regions-by-years' ? groupOverYears(grid, headerRows, detectedYears) : null));
  const unit = override.unit ?? info.unit ?? (layout === 'regions-by-years' ? titleIndicator?.unit : undefined) ?? continued?.unit;
  if (unit) table.unit = unit;

  if (layout === 'long') {
    const cols = long?.columns ?? { value: labelColumn + 1 };
    table.longColumns = cols;
    if (!table.unit && long?.unit) table.unit = long.unit;
  } else if (layout === 'regions-by-indicators') {
    table.valueColumns = indicatorColumns(grid, headerRows, dataRows, labelColumn, columnCount);
  } else {
    table.valueColumns = detectedYears;
  }
  if (layout === 'indicators-by-years') {
    for (let c = labelColumn + 1; c < columnCount; c++) {
      if (columnHeader(grid, headerRows, c).some((h) => roleOf(h) === 'unit')) {
        table.unitColumn = c;
        break;
      }
    }
  }

  const indicator = override.indicator ?? (layout === 'regions-by-years' || layout === 'long' ? titleIndicator?.name ?? continued?.indicator : undefined);
  if (indicator) table.indicator = indicator;
  const at = info.indicator !== undefined ? info.indicatorAt : info.titleAt;
  if (at) table.titleCell = cellAddress(at[0], at[1]);
  const year = tableYear(grid, block, override, info, continued);
  if (year) [table.year, table.yearFrom] = [year.year, year.from];
  const region = override.region ?? info.region ?? continued?.region;
  if (region) table.region = region;
  return table;
}
