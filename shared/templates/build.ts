// buildTemplates: the evaluator's request → one .xlsx per department (or one workbook with a sheet per department),
// each with instructions, a protected data sheet with validated input cells, and the hidden cell map.
import * as XLSX from 'xlsx';
import { bilingual } from '../base';
import type { Indicator } from '../model';
import { dataSheetLayout } from './data-sheet';
import { groupByDepartment } from './departments';
import { fileText, withEnglish } from './file-text';
import { indicatorFingerprint, templateIdFor } from './fingerprint';
import { INSTRUCTIONS_SHEET, instructionsLayout } from './instructions-sheet';
import { METADATA_SHEET, metadataRows } from './metadata-sheet';
import { finishWorkbook, type SheetFinish, type ValidationGroup } from './ooxml';
import { fixedCells, sheetNameFor, type SheetLayout } from './sheet-layout';
import { STYLE_INDEX } from './stylesheet';
import type { TemplateFile, TemplateInfo, TemplateRequest, TemplateSheetMap } from './types';
import { describeRange } from './valid-range';

/** A department's sheet before it is written. */
interface Part {
  map: TemplateSheetMap;
  layout: SheetLayout;
}

function checkRequest(request: TemplateRequest): Indicator[] {
  const wanted = new Set(request.indicators);
  const unknown = request.indicators.filter((id) => !request.plan.indicators.some((i) => i.id === id));
  if (unknown.length > 0) throw new Error(bilingual('templates.error.unknownIndicators', { ids: unknown.join(', ') }));
  const unknownRegions = request.regions.filter((r) => !request.plan.regions.some((p) => p.name === r));
  if (unknownRegions.length > 0) throw new Error(bilingual('templates.error.unknownRegions', { regions: unknownRegions.join(', ') }));
  if (wanted.size === 0) throw new Error(bilingual('templates.generate.noIndicators'));
  if (request.years.length === 0) throw new Error(bilingual('templates.error.noYears'));
  if (request.regions.length === 0) throw new Error(bilingual('templates.generate.noRegions'));
  if (request.years.some((y) => !Number.isInteger(y) || y < 1900 || y > 2200)) throw new Error(bilingual('templates.error.badYears', { years: request.years.join(', ') }));
  return request.plan.indicators.filter((i) => wanted.has(i.id));
}

function fileSafe(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
}

function yearsLabel(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return sorted.length === 1 ? `${sorted[0]}` : contiguous ? `${sorted[0]}-${sorted[sorted.length - 1]}` : sorted.join('_');
}

/** A layout as a SheetJS sheet; the task templates write theirs with it too. */
export function toSheet(layout: SheetLayout): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(layout.rows);
  // Empty styled cells (inputs, notes, unknown reference values) are written as stubs, so that they carry their style.
  for (const cell of Object.keys(layout.styles)) if (!ws[cell]) ws[cell] = { t: 'z', z: 'General' } as XLSX.CellObject;
  ws['!merges'] = layout.merges;
  ws['!cols'] = layout.widths.map((wch) => ({ wch }));
  if (layout.heights) ws['!rows'] = Array.from(layout.heights, (hpt) => (hpt === undefined ? {} : { hpt }));
  if (layout.protect) ws['!protect'] = { formatColumns: false, formatRows: false };
  return ws;
}

function validationGroups(layout: SheetLayout): ValidationGroup[] {
  const groups = new Map<string, ValidationGroup>();
  for (const input of layout.inputs) {
    const key = `${input.min ?? ''}|${input.max ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const range = describeRange(input);
      group = {
        cells: [],
        ...(input.min !== undefined ? { min: input.min } : {}),
        ...(input.max !== undefined ? { max: input.max } : {}),
        prompt: range ? withEnglish('templates.input.promptRange', { range }) : withEnglish('templates.input.prompt'),
        error: range ? withEnglish('templates.input.errorRange', { range }) : withEnglish('templates.input.error'),
      };
      groups.set(key, group);
    }
    group.cells.push(input.cell);
  }
  return [...groups.values()];
}

function finishOf(layout: SheetLayout): SheetFinish {
  const styles: Record<string, number> = {};
  for (const [cell, style] of Object.entries(layout.styles)) styles[cell] = STYLE_INDEX[style];
  return { name: layout.name, styles, validations: validationGroups(layout) };
}

/** Writes one file: instructions, the data sheets, and the hidden cell map. */
function writeFile(request: TemplateRequest, parts: Part[], fileName: string): TemplateFile {
  const instructions = instructionsLayout({
    planName: request.plan.name,
    projectName: request.projectName,
    sheets: parts.map((p) => ({ department: p.map.department, sheet: p.map.sheet })),
    years: request.years,
    regions: request.regions,
    deadline: request.deadline ?? '',
    contact: request.contact ?? '',
    createdAt: request.createdAt,
  });
  const selected = new Set(parts.flatMap((p) => p.map.indicatorIds));
  const info: TemplateInfo = {
    projectId: request.projectId,
    projectName: request.projectName,
    planId: request.plan.id,
    frameworkVersion: request.frameworkVersion,
    createdAt: request.createdAt,
    deadline: request.deadline ?? '',
    contact: request.contact ?? '',
    indicators: request.plan.indicators.filter((i) => selected.has(i.id)).map(indicatorFingerprint),
    templates: parts.map((p) => p.map),
  };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, toSheet(instructions), instructions.name);
  for (const part of parts) XLSX.utils.book_append_sheet(wb, toSheet(part.layout), part.layout.name);
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(metadataRows(info)), METADATA_SHEET);
  wb.Workbook = { Sheets: wb.SheetNames.map((name) => ({ name, Hidden: name === METADATA_SHEET ? 2 : 0 })) };
  wb.Props = { Title: fileText('templates.file.title', { plan: request.plan.name }), Author: 'PlanEval' };
  const written = XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer;
  const bytes = finishWorkbook(new Uint8Array(written), [instructions, ...parts.map((p) => p.layout)].map(finishOf));
  return { fileName, bytes, templates: parts.map(({ map: { inputs: _i, notes: _n, fixed: _f, ...sent } }) => sent) };
}

/** Builds the templates of a request: per department from each indicator's `source`, in the plan's order. */
export function buildTemplates(request: TemplateRequest): TemplateFile[] {
  const indicators = checkRequest(request);
  const years = [...new Set(request.years)].sort((a, b) => a - b);
  const regions = request.plan.regions.map((r) => r.name).filter((name) => request.regions.includes(name));
  const previous = new Map(request.previousValues.map((o) => [`${o.indicatorId}\u0000${o.region}\u0000${o.year}`, o.value]));
  const taken = new Set([INSTRUCTIONS_SHEET.toLowerCase(), METADATA_SHEET.toLowerCase()]);
  const parts: Part[] = [...groupByDepartment(indicators)].map(([department, members]) => {
    const sheet = sheetNameFor(department, taken);
    const layout = dataSheetLayout({
      sheet,
      department,
      planName: request.plan.name,
      indicators: members,
      years,
      regions,
      deadline: request.deadline ?? '',
      previous: (indicatorId, region, year) => previous.get(`${indicatorId}\u0000${region}\u0000${year}`),
    });
    const map: TemplateSheetMap = {
      templateId: templateIdFor(request.projectId, department, request.createdAt),
      department,
      sheet,
      indicatorIds: members.map((i) => i.id),
      years,
      regions,
      inputs: layout.inputs,
      notes: layout.notes,
      fixed: fixedCells(layout),
    };
    return { map, layout };
  });
  const label = yearsLabel(years);
  if (request.grouping === 'one-workbook') return [writeFile({ ...request, years, regions }, parts, fileText('templates.file.name', { years: label }))];
  return parts.map((part) => writeFile({ ...request, years, regions }, [part], fileText('templates.file.nameByDepartment', { department: fileSafe(part.map.department), years: label })));
}
