// The hidden `_planeval` sheet: the project, framework version and cell map of a template, one record a row, so that
// a filled template is recognised on import and read exactly from its input cells (office suites keep hidden sheets).
import type { GridCell, SheetGrid } from '../workbook';
import type { LayoutValue } from './sheet-layout';
import type { TemplateInfo, TemplateSheetMap } from './types';

/** The name of the hidden sheet. */
export const METADATA_SHEET = '_planeval';
const MAGIC = 'planeval-template';
const FORMAT = 1;

/** The fields of a template that hold one text each. */
type TextField = { [K in keyof TemplateInfo]-?: TemplateInfo[K] extends string ? K : never }[keyof TemplateInfo];

/** The records of one text field each, in the order they are written after the project's; the reader uses the same. */
const TEXT_RECORDS: readonly (readonly [kind: string, field: TextField])[] = [
  ['plan', 'planId'],
  ['framework', 'frameworkVersion'],
  ['created', 'createdAt'],
  ['deadline', 'deadline'],
  ['contact', 'contact'],
];
const TEXT_FIELD_OF = new Map(TEXT_RECORDS);

/** The hidden sheet's rows for a template file. */
export function metadataRows(info: TemplateInfo): LayoutValue[][] {
  const rows: LayoutValue[][] = [
    [MAGIC, FORMAT],
    ['project', info.projectId, info.projectName],
    ...TEXT_RECORDS.map(([kind, field]) => [kind, info[field]]),
  ];
  for (const i of info.indicators) rows.push(['indicator', i.id, i.name, i.unit, i.definition]);
  for (const t of info.templates) {
    rows.push(['template', t.templateId, t.department, t.sheet, JSON.stringify(t.indicatorIds), JSON.stringify(t.years), JSON.stringify(t.regions)]);
    for (const c of t.inputs) rows.push(['input', t.templateId, c.cell, c.indicatorId, c.region, c.year, c.min ?? null, c.max ?? null]);
    for (const cell of t.notes) rows.push(['note', t.templateId, cell]);
    for (const f of t.fixed) rows.push(['fixed', t.templateId, f.cell, f.value]);
  }
  return rows.map((row) => row.map((v) => (v === '' ? null : v)));
}

function text(cell: GridCell | undefined): string {
  return cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
}

function optionalNumber(cell: GridCell | undefined): number | undefined {
  if (typeof cell?.value === 'number') return cell.value;
  const parsed = Number(text(cell));
  return text(cell).trim() !== '' && Number.isFinite(parsed) ? parsed : undefined;
}

function jsonArray<T>(cell: GridCell | undefined): T[] | null {
  try {
    const parsed: unknown = JSON.parse(text(cell));
    return Array.isArray(parsed) ? (parsed as T[]) : null;
  } catch {
    return null;
  }
}

/** The template a hidden sheet describes; null when the sheet is not a PlanEval cell map (or is damaged). */
export function parseMetadataSheet(grid: SheetGrid): TemplateInfo | null {
  const rows = grid.rows;
  if (text(rows[0]?.[0]) !== MAGIC || optionalNumber(rows[0]?.[1]) !== FORMAT) return null;
  const info: TemplateInfo = { projectId: '', projectName: '', planId: '', frameworkVersion: '', createdAt: '', deadline: '', contact: '', indicators: [], templates: [] };
  const byId = new Map<string, TemplateSheetMap>();
  for (const row of rows.slice(1)) {
    if (!row) continue;
    const kind = text(row[0]);
    const textField = TEXT_FIELD_OF.get(kind);
    if (textField) {
      info[textField] = text(row[1]);
      continue;
    }
    const template = byId.get(text(row[1]));
    switch (kind) {
      case 'project':
        info.projectId = text(row[1]);
        info.projectName = text(row[2]);
        break;
      case 'indicator':
        info.indicators.push({ id: text(row[1]), name: text(row[2]), unit: text(row[3]), definition: text(row[4]) });
        break;
      case 'template': {
        const indicatorIds = jsonArray<string>(row[4]);
        const years = jsonArray<number>(row[5]);
        const regions = jsonArray<string>(row[6]);
        if (!indicatorIds || !years || !regions) return null;
        const map: TemplateSheetMap = { templateId: text(row[1]), department: text(row[2]), sheet: text(row[3]), indicatorIds, years, regions, inputs: [], notes: [], fixed: [] };
        byId.set(map.templateId, map);
        info.templates.push(map);
        break;
      }
      case 'input': {
        const year = optionalNumber(row[5]);
        if (!template || year === undefined) return null;
        const min = optionalNumber(row[6]);
        const max = optionalNumber(row[7]);
        template.inputs.push({ cell: text(row[2]), indicatorId: text(row[3]), region: text(row[4]), year, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
        break;
      }
      case 'note':
        if (!template) return null;
        template.notes.push(text(row[2]));
        break;
      case 'fixed':
        if (!template) return null;
        template.fixed.push({ cell: text(row[2]), value: typeof row[3]?.value === 'number' ? row[3].value : text(row[3]) });
        break;
      default:
        break;
    }
  }
  return info.projectId && info.templates.length > 0 ? info : null;
}
