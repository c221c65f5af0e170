// The data sheet of one department: one row per indicator and region, the reference year, the requested years
// as input columns and a notes column.
import { cellAddress } from '../base';
import type { Indicator } from '../model';
import { fileText } from './file-text';
import type { CellStyle, LayoutValue, SheetLayout } from './sheet-layout';
import type { InputCell } from './types';
import { validRange } from './valid-range';

export interface DataSheetRequest {
  sheet: string;
  department: string;
  planName: string;
  indicators: Indicator[];
  years: number[];
  regions: string[];
  deadline: string;
  /** Stored value by indicator, region and year (the reference column). */
  previous: (indicatorId: string, region: string, year: number) => number | undefined;
}

/** The row of the column headers (0-based); the data follow it. */
export const HEADER_ROW = 2;

/** Lays out the data sheet. */
export function dataSheetLayout(request: DataSheetRequest): SheetLayout {
  const { indicators, years, regions } = request;
  const withDefinition = indicators.some((i) => (i.definition ?? '').trim() !== '');
  const referenceYear = Math.min(...years) - 1;
  const headers: string[] = [
    fileText('templates.column.id'),
    fileText('templates.column.name'),
    fileText('templates.column.unit'),
    ...(withDefinition ? [fileText('templates.column.definition')] : []),
    fileText('templates.column.region'),
    fileText('templates.column.reference', { year: referenceYear }),
    ...years.map((year) => fileText('templates.year', { year })),
    fileText('templates.column.notes'),
  ];
  const regionColumn = withDefinition ? 4 : 3;
  const referenceColumn = regionColumn + 1;
  const firstYearColumn = referenceColumn + 1;
  const notesColumn = firstYearColumn + years.length;
  const lastColumn = notesColumn;

  const rows: LayoutValue[][] = [];
  const styles: Record<string, CellStyle> = {};
  const set = (r: number, c: number, value: LayoutValue, style: CellStyle) => {
    (rows[r] ??= [])[c] = value;
    styles[cellAddress(r, c)] = style;
  };

  set(0, 0, fileText('templates.sheet.title', { plan: request.planName, department: request.department }), 'title');
  const deadline = request.deadline ? fileText('templates.sheet.deadline', { deadline: request.deadline }) : '';
  set(1, 0, fileText('templates.sheet.lead', { years: years.join('、'), deadline }), 'subtitle');
  headers.forEach((h, c) => set(HEADER_ROW, c, h, 'header'));

  const inputs: InputCell[] = [];
  const notes: string[] = [];
  let r = HEADER_ROW + 1;
  for (const indicator of indicators) {
    const range = validRange(indicator);
    for (const region of regions) {
      set(r, 0, indicator.id, 'label');
      set(r, 1, indicator.name, 'label');
      set(r, 2, indicator.unit, 'label');
      if (withDefinition) set(r, 3, indicator.definition?.trim() || null, 'label');
      set(r, regionColumn, region, 'label');
      set(r, referenceColumn, request.previous(indicator.id, region, referenceYear) ?? null, 'reference');
      years.forEach((year, i) => {
        const cell = cellAddress(r, firstYearColumn + i);
        set(r, firstYearColumn + i, null, 'input');
        inputs.push({ cell, indicatorId: indicator.id, region, year, ...range });
      });
      set(r, notesColumn, null, 'notes');
      notes.push(cellAddress(r, notesColumn));
      r++;
    }
  }
  for (const row of rows) for (let c = 0; c <= lastColumn; c++) if (row[c] === undefined) row[c] = null;

  const widths = [14, 34, 10, ...(withDefinition ? [30] : []), 10, 16, ...years.map(() => 12), 28];
  return {
    name: request.sheet,
    rows,
    styles,
    merges: [
      { s: { r: 0, c: 0 }, e: { r: 0, c: lastColumn } },
      { s: { r: 1, c: 0 }, e: { r: 1, c: lastColumn } },
    ],
    widths,
    inputs,
    notes,
    protect: true,
  };
}
