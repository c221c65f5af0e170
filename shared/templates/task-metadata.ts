// The hidden `_planeval_tasks` sheet of a task template: its project, ledger version, year and the cell map of every
// department's sheet, one record a row, so that a filled file is recognised and read exactly from its input cells.
import type { GridCell, ReadWorkbook, SheetGrid } from '../workbook';
import type { LayoutValue } from './sheet-layout';
import { TASK_FIELDS, type TaskField, type TaskSheetMap, type TaskTemplateInfo } from './task-types';

/** The name of the hidden sheet (not the indicator templates' `_planeval`: a task template holds no values). */
export const TASK_METADATA_SHEET = '_planeval_tasks';
const MAGIC = 'planeval-task-template';
const FORMAT = 1;

/** The records of one text field each, after the project's; the reader uses the same. */
const TEXT_RECORDS = [
  ['plan', 'planId'],
  ['ledger', 'ledgerVersion'],
  ['created', 'createdAt'],
  ['deadline', 'deadline'],
  ['contact', 'contact'],
] as const;
const TEXT_FIELD_OF = new Map<string, (typeof TEXT_RECORDS)[number][1]>(TEXT_RECORDS);

/** The hidden sheet's rows. */
export function taskMetadataRows(info: TaskTemplateInfo): LayoutValue[][] {
  const rows: LayoutValue[][] = [[MAGIC, FORMAT], ['project', info.projectId, info.projectName], ...TEXT_RECORDS.map(([kind, field]) => [kind, info[field]]), ['year', info.year]];
  for (const sheet of info.sheets) {
    rows.push(['sheet', sheet.templateId, sheet.department, sheet.sheet]);
    for (const row of sheet.rows) rows.push(['item', sheet.templateId, row.itemId, ...TASK_FIELDS.map((f) => row.cells[f])]);
    for (const f of sheet.fixed) rows.push(['fixed', sheet.templateId, f.cell, f.value]);
  }
  return rows.map((row) => row.map((v) => (v === '' ? null : v)));
}

function text(cell: GridCell | undefined): string {
  return cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
}

/** The template a hidden sheet describes; null when it is not a task template's cell map (or is damaged). */
function parseTaskMetadata(grid: SheetGrid): TaskTemplateInfo | null {
  const rows = grid.rows;
  if (text(rows[0]?.[0]) !== MAGIC || Number(text(rows[0]?.[1])) !== FORMAT) return null;
  const info: TaskTemplateInfo = { projectId: '', projectName: '', planId: '', ledgerVersion: '', createdAt: '', deadline: '', contact: '', year: NaN, sheets: [] };
  const byId = new Map<string, TaskSheetMap>();
  for (const row of rows.slice(1)) {
    if (!row) continue;
    const kind = text(row[0]);
    const field = TEXT_FIELD_OF.get(kind);
    if (field) {
      info[field] = text(row[1]);
      continue;
    }
    const sheet = byId.get(text(row[1]));
    switch (kind) {
      case 'project':
        info.projectId = text(row[1]);
        info.projectName = text(row[2]);
        break;
      case 'year':
        info.year = Number(text(row[1]));
        break;
      case 'sheet': {
        const map: TaskSheetMap = { templateId: text(row[1]), department: text(row[2]), sheet: text(row[3]), rows: [], fixed: [] };
        byId.set(map.templateId, map);
        info.sheets.push(map);
        break;
      }
      case 'item': {
        if (!sheet) return null;
        const cells = Object.fromEntries(TASK_FIELDS.map((f, i) => [f, text(row[3 + i])])) as Record<TaskField, string>;
        sheet.rows.push({ itemId: text(row[2]), cells });
        break;
      }
      case 'fixed':
        if (!sheet) return null;
        sheet.fixed.push({ cell: text(row[2]), value: typeof row[3]?.value === 'number' ? row[3].value : text(row[3]) });
        break;
      default:
        break;
    }
  }
  return info.projectId && Number.isInteger(info.year) && info.sheets.length > 0 ? info : null;
}

/** The task template a workbook is, by its hidden sheet; null for any other workbook. */
export function recogniseTaskTemplate(workbook: ReadWorkbook): TaskTemplateInfo | null {
  const sheet = workbook.sheets.find((s) => s.name === TASK_METADATA_SHEET);
  return sheet ? parseTaskMetadata(sheet) : null;
}
