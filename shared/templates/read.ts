// readTemplate: a filled template → observations from exactly its input cells, what was not provided, values out of
// range, edits outside the input cells, and why a template of another project or framework version differs.
import { cellAddress, inBothLanguages } from '../base';
import { ValueColumnsBuilder, type Indicator, type Plan } from '../model';
import { cellFinding, cellText, readValue, type CellOutcome, type ReadWorkbook, type SheetGrid } from '../workbook';
import { HEADER_ROW } from './data-sheet';
import { frameworkVersion } from './fingerprint';
import { cellOf, decodeCell, editsOutside } from './grid-cells';
import { recogniseTemplate } from './recognise';
import { t, type Language, type Message } from '../i18n';
import type { TemplateInfo, TemplateReading, TemplateSheetMap, TemplateSheetReading } from './types';
import { describeRange, inRange } from './valid-range';

/** The changes of the template's indicators in the plan (as message keys), and the indicators whose values cannot be
 *  read any more (gone, or now in another unit). */
function frameworkChanges(info: TemplateInfo, plan: Plan): { changes: [string, Record<string, string>][]; unreadable: Set<string> } {
  const current = new Map(plan.indicators.map((i) => [i.id, i]));
  const changes: [string, Record<string, string>][] = [];
  const unreadable = new Set<string>();
  for (const was of info.indicators) {
    const now = current.get(was.id);
    if (!now) {
      changes.push(['templates.change.removed', { name: was.name, id: was.id }]);
      unreadable.add(was.id);
      continue;
    }
    if (now.unit.trim() !== was.unit.trim()) {
      changes.push(['templates.change.unit', { name: now.name, from: was.unit, to: now.unit }]);
      unreadable.add(was.id);
    }
    if (now.name !== was.name) changes.push(['templates.change.renamed', { id: was.id, from: was.name, to: now.name }]);
    if ((now.definition ?? '') !== was.definition) changes.push(['templates.change.definition', { name: now.name }]);
  }
  return { changes, unreadable };
}

/** The framework-changed finding in each language, each listing the changes in that language. */
function frameworkText(created: string, changes: [string, Record<string, string>][]): Message {
  const list = (lang: Language) =>
    changes.length > 0 ? changes.map(([key, params]) => t(key, lang, params)).join(' ') : t('templates.finding.framework-unchanged-here', lang);
  const line = (lang: Language) => t('templates.finding.framework-changed', lang, { created, changes: list(lang) });
  return { zh: line('zh'), en: line('en') };
}

/** Reads one department's sheet. */
function readSheet(grid: SheetGrid, map: TemplateSheetMap, plan: Plan, unreadable: Set<string>, out: TemplateReading): TemplateSheetReading {
  const finding = (cell: string, code: string, params: Record<string, string | number>) =>
    out.findings.push({ sheet: grid.name, ...cellFinding(cell, `template-${code}`, inBothLanguages(`templates.finding.${code}`, { cell, ...params })) });
  const indicators = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
  const regions = new Set(plan.regions.map((r) => r.name));
  const cellOutcomes: Record<string, CellOutcome> = {};
  const values = new ValueColumnsBuilder(map.inputs.length);

  for (const input of map.inputs) {
    const indicator = indicators.get(input.indicatorId);
    if (!indicator || unreadable.has(input.indicatorId)) {
      cellOutcomes[input.cell] = 'error';
      continue;
    }
    const where = { indicator: indicator.name, region: input.region, year: input.year };
    const cell = cellOf(grid, input.cell);
    if (!regions.has(input.region)) {
      cellOutcomes[input.cell] = 'error';
      finding(input.cell, 'region-unknown', { region: input.region });
      continue;
    }
    // The template asks for the indicator's own unit: a unit typed into the cell ("3.5%") is still converted.
    const reading = readValue(cell, indicator.unit, indicator.unit);
    if (reading.outcome === 'missing') {
      cellOutcomes[input.cell] = 'missing';
      out.notProvided.push({ indicator: indicator.id, region: input.region, year: input.year, department: map.department, sheet: grid.name, cell: input.cell });
      finding(input.cell, 'not-provided', { department: map.department, ...where });
    } else if (reading.outcome !== 'value') {
      cellOutcomes[input.cell] = 'error';
      finding(input.cell, 'not-a-number', { text: cellText(cell), ...where });
    } else if (!inRange(reading.value, input)) {
      cellOutcomes[input.cell] = 'error';
      finding(input.cell, 'out-of-range', { value: reading.value, range: describeRange(input), ...where });
    } else {
      cellOutcomes[input.cell] = reading.footnote ? 'flagged' : 'value';
      values.add(indicator.id, input.region, input.year, reading.value, grid.name, input.cell, cellText(cell), reading.footnote ? { footnote: reading.footnote } : undefined);
    }
  }

  // Everything else must be as the template wrote it: labels, headers, reference values, and nothing new.
  const open = new Set([...map.inputs.map((i) => i.cell), ...map.notes]);
  for (const edit of editsOutside(grid, open, map.fixed)) finding(edit.cell, 'edited-outside', { was: edit.was, now: edit.now });

  const positions = map.inputs.map((i) => ({ ...decodeCell(i.cell), year: i.year }));
  const notesColumn = Math.max(...map.notes.map((n) => decodeCell(n).column), ...positions.map((p) => p.column));
  const lastRow = Math.max(HEADER_ROW, ...positions.map((p) => p.row));
  const yearColumns = [...new Map(positions.map((p) => [p.column, p.year]))].map(([column, year]) => ({ column, year })).sort((a, b) => a.column - b.column);
  return {
    sheet: grid.name,
    templateId: map.templateId,
    department: map.department,
    range: `${cellAddress(HEADER_ROW, 0)}:${cellAddress(lastRow, notesColumn)}`,
    headerRow: HEADER_ROW,
    dataRows: [...new Set(positions.map((p) => p.row))].sort((a, b) => a - b),
    yearColumns,
    cellOutcomes,
    values: values.finish(),
  };
}

/**
 * Reads a filled template: null when the workbook is not one. `projectId` is the project importing it; a template of
 * another project, or made for an older framework, is read all the same and explained in the findings.
 */
export function readTemplate(workbook: ReadWorkbook, plan: Plan, projectId?: string): TemplateReading | null {
  const info = recogniseTemplate(workbook);
  if (!info) return null;
  const reading: TemplateReading = { info, notProvided: [], findings: [], sheets: [] };
  const present = info.templates.filter((t) => workbook.sheets.some((s) => s.name === t.sheet));
  // Findings about the whole file go on the first data sheet, where the user looks first.
  const home = present[0]?.sheet ?? workbook.sheets[0]!.name;
  const fileFinding = (code: string, params: Record<string, string | number>) =>
    reading.findings.push({ sheet: home, ...cellFinding('A1', `template-${code}`, inBothLanguages(`templates.finding.${code}`, { cell: 'A1', ...params })) });

  if (projectId !== undefined && info.projectId !== projectId) fileFinding('other-project', { project: info.projectName || info.projectId });
  let unreadable = new Set<string>();
  if (info.frameworkVersion !== frameworkVersion(plan)) {
    const { changes, unreadable: gone } = frameworkChanges(info, plan);
    unreadable = gone;
    reading.findings.push({ sheet: home, ...cellFinding('A1', 'template-framework-changed', frameworkText(info.createdAt.slice(0, 10), changes)) });
  }
  for (const map of info.templates) {
    const grid = workbook.sheets.find((s) => s.name === map.sheet);
    if (!grid) {
      fileFinding('sheet-missing', { department: map.department, sheet: map.sheet });
      continue;
    }
    reading.sheets.push(readSheet(grid, map, plan, unreadable, reading));
  }
  return reading;
}
