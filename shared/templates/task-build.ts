// buildTaskTemplate: the ledger's items for one year → one workbook with instructions, a protected task sheet per
// department (drop-down lists for the rating and the stage, text cells for the rest) and the hidden cell map.
import * as XLSX from 'xlsx';
import { bilingual } from '../base';
import { ledgerVersion, RATINGS, STAGES, type ItemProgress } from '../ledger';
import { toSheet } from './build';
import { groupItemsByDepartment } from './departments';
import { fileText, withEnglish } from './file-text';
import { templateIdFor } from './fingerprint';
import { finishWorkbook, type SheetFinish, type ValidationGroup } from './ooxml';
import { fixedCells, sheetNameFor, type SheetLayout } from './sheet-layout';
import { STYLE_INDEX } from './stylesheet';
import { taskInstructionsLayout } from './task-instructions';
import { TASK_METADATA_SHEET, taskMetadataRows } from './task-metadata';
import { taskSheetLayout } from './task-sheet';
import type { TaskSheetMap, TaskTemplateFile, TaskTemplateInfo, TaskTemplateRequest } from './task-types';
import { INSTRUCTIONS_SHEET } from './instructions-sheet';

/** The rating and stage words of the drop-down lists, as the sheet shows them and the reader parses them. */
export const RATING_WORDS = RATINGS.map((r) => fileText(`ledger.rating.${r}`));
export const STAGE_WORDS = STAGES.map((s) => fileText(`ledger.stage.${s}`));

function listValidations(map: TaskSheetMap): ValidationGroup[] {
  const group = (field: 'rating' | 'stage', words: string[]): ValidationGroup => ({
    cells: map.rows.map((r) => r.cells[field]),
    list: words,
    promptTitle: withEnglish('tasksReport.template.promptTitle', {}, ' '),
    errorTitle: withEnglish('tasksReport.template.errorTitle', {}, ' '),
    prompt: withEnglish(`tasksReport.template.prompt.${field}`),
    error: withEnglish(`tasksReport.template.error.${field}`),
  });
  return [group('rating', RATING_WORDS), group('stage', STAGE_WORDS)];
}

function finishOf(layout: SheetLayout, validations: ValidationGroup[]): SheetFinish {
  const styles: Record<string, number> = {};
  for (const [cell, style] of Object.entries(layout.styles)) styles[cell] = STYLE_INDEX[style];
  return { name: layout.name, styles, validations };
}

/** The task template of a request: one workbook, a sheet per department (by each item's 牵头单位). */
export function buildTaskTemplate(request: TaskTemplateRequest): TaskTemplateFile {
  const { ledger, year } = request;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new Error(bilingual('templates.error.badYears', { years: String(year) }));
  const unknown = (request.items ?? []).filter((id) => !ledger.items.some((i) => i.id === id));
  if (unknown.length > 0) throw new Error(bilingual('tasksReport.template.error.unknownItems', { ids: unknown.join(', ') }));
  const wanted = request.items ? new Set(request.items) : null;
  const items = ledger.items.filter((i) => !wanted || wanted.has(i.id));
  if (items.length === 0) throw new Error(bilingual('tasksReport.template.error.noItems'));
  const previous = new Map<string, ItemProgress>(request.previous.filter((p) => p.year === year - 1).map((p) => [p.itemId, p]));

  const taken = new Set([INSTRUCTIONS_SHEET.toLowerCase(), TASK_METADATA_SHEET.toLowerCase()]);
  const parts = [...groupItemsByDepartment(items)].map(([department, members]) => {
    const sheet = sheetNameFor(department, taken);
    const layout = taskSheetLayout({ sheet, department, planName: request.plan.name, items: members, year, deadline: request.deadline ?? '', previous: (id) => previous.get(id) });
    const map: TaskSheetMap = { templateId: templateIdFor(request.projectId, `${department}\u0001${year}`, request.createdAt), department, sheet, rows: layout.taskRows, fixed: fixedCells(layout) };
    return { layout, map };
  });
  const instructions = taskInstructionsLayout({
    planName: request.plan.name,
    projectName: request.projectName,
    sheets: parts.map((p) => ({ department: p.map.department, sheet: p.map.sheet })),
    year,
    deadline: request.deadline ?? '',
    contact: request.contact ?? '',
    createdAt: request.createdAt,
  });
  const info: TaskTemplateInfo = {
    projectId: request.projectId,
    projectName: request.projectName,
    planId: request.plan.id,
    ledgerVersion: ledgerVersion(ledger),
    createdAt: request.createdAt,
    deadline: request.deadline ?? '',
    contact: request.contact ?? '',
    year,
    sheets: parts.map((p) => p.map),
  };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, toSheet(instructions), instructions.name);
  for (const part of parts) XLSX.utils.book_append_sheet(wb, toSheet(part.layout), part.layout.name);
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(taskMetadataRows(info)), TASK_METADATA_SHEET);
  wb.Workbook = { Sheets: wb.SheetNames.map((name) => ({ name, Hidden: name === TASK_METADATA_SHEET ? 2 : 0 })) };
  wb.Props = { Title: fileText('tasksReport.template.fileTitle', { plan: request.plan.name, year }), Author: 'PlanEval' };
  const written = XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer;
  const bytes = finishWorkbook(new Uint8Array(written), [finishOf(instructions, []), ...parts.map((p) => finishOf(p.layout, listValidations(p.map)))]);
  return {
    fileName: fileText('tasksReport.template.fileName', { year }),
    bytes,
    sheets: parts.map((p) => ({ templateId: p.map.templateId, department: p.map.department, sheet: p.map.sheet, itemIds: p.map.rows.map((r) => r.itemId) })),
  };
}
