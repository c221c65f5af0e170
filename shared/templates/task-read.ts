// readTaskTemplate: a filled task template → one progress record per item, read exactly from its input cells. An
// empty rating is the department's missing answer, never a rating; an answer the progress rules refuse is reported by
// sheet and cell and not taken; edits outside the input cells and a template of another project are explained.
import { inBothLanguages } from '../base';
import { t, type Language, type Message } from '../i18n';
import { emptyProgress, ledgerVersion, RATINGS, STAGES, validateProgress, type ItemProgress, type Ledger, type LedgerItem, type Rating, type Stage } from '../ledger';
import { cellFinding, cellText, type ReadWorkbook, type SheetGrid } from '../workbook';
import { cellOf, editsOutside } from './grid-cells';
import { recogniseTaskTemplate } from './task-metadata';
import { TASK_FIELDS, type TaskField, type TaskInputRow, type TaskSheetMap, type TaskTemplateReading } from './task-types';

export interface ReadTaskTemplateOptions {
  /** Stamped as each record's updatedAt; passed in so that a read can be repeated. */
  importedAt: string;
  /** The project importing it: a template of another project is read all the same and explained. */
  projectId?: string;
  /** Stored records of the template's year: their evidence files stay with the imported answer. */
  existing?: readonly ItemProgress[];
}

/** A word of a drop-down list in either language (the list offers the Chinese; a typed English label is accepted). */
function parseWord<T extends string>(text: string, words: readonly T[], key: (word: T) => string): T | null | undefined {
  if (text === '') return null;
  const folded = text.toLowerCase();
  return words.find((w) => t(key(w), 'zh') === text || t(key(w), 'en').toLowerCase() === folded);
}

function bothLanguages(key: string, params: (lang: Language) => Record<string, string | number>): Message {
  return { zh: t(key, 'zh', params('zh')), en: t(key, 'en', params('en')) };
}

/** Reads one department's sheet into `out`. */
function readSheet(grid: SheetGrid, map: TaskSheetMap, year: number, items: Map<string, LedgerItem>, evidence: Map<string, ItemProgress['evidence']>, importedAt: string, out: TaskTemplateReading): void {
  const finding = (cell: string, code: string, text: Message) => out.findings.push({ sheet: grid.name, ...cellFinding(cell, `task-template-${code}`, text) });
  const read = (row: TaskInputRow, field: TaskField) => cellText(cellOf(grid, row.cells[field])).trim();
  for (const row of map.rows) {
    const item = items.get(row.itemId);
    const where = { sheet: grid.name, item: row.itemId };
    if (!item) {
      finding(row.cells.rating, 'item-unknown', inBothLanguages('tasksReport.template.finding.itemUnknown', { ...where, cell: row.cells.rating }));
      continue;
    }
    const ratingText = read(row, 'rating');
    const stageText = read(row, 'stage');
    const rating = parseWord<Rating>(ratingText, RATINGS, (r) => `ledger.rating.${r}`);
    const stage = parseWord<Stage>(stageText, STAGES, (s) => `ledger.stage.${s}`);
    if (rating === undefined || stage === undefined) {
      const [field, value] = rating === undefined ? (['rating', ratingText] as const) : (['stage', stageText] as const);
      finding(row.cells[field], `${field}-unknown`, inBothLanguages(`tasksReport.template.finding.${field}Unknown`, { ...where, cell: row.cells[field], value }));
      continue;
    }
    const record: ItemProgress = {
      ...emptyProgress(item.id, year),
      rating,
      stage,
      text: read(row, 'text'),
      lagReason: read(row, 'lagReason'),
      nextSteps: read(row, 'nextSteps'),
      dropReason: read(row, 'dropReason'),
      evidence: evidence.get(item.id) ?? [],
      reportedBy: map.department,
      updatedAt: importedAt,
    };
    const errors = validateProgress(item, record);
    if (errors.length > 0) {
      for (const error of errors) {
        const cell = (TASK_FIELDS as readonly string[]).includes(error.field) ? row.cells[error.field as TaskField] : row.cells.rating;
        finding(cell, 'invalid', bothLanguages('tasksReport.template.finding.invalid', (lang) => ({ ...where, cell, reason: t(error.key, lang, error.params) })));
      }
      continue;
    }
    if (rating === null) {
      out.notReported.push({ itemId: item.id, department: map.department, sheet: grid.name, cell: row.cells.rating });
      const answered = TASK_FIELDS.some((f) => f !== 'rating' && read(row, f) !== '');
      if (answered) finding(row.cells.rating, 'rating-missing', inBothLanguages('tasksReport.template.finding.ratingMissing', { ...where, cell: row.cells.rating, department: map.department }));
    }
    out.progress.push(record);
  }
  const open = new Set(map.rows.flatMap((r) => TASK_FIELDS.map((f) => r.cells[f])));
  for (const edit of editsOutside(grid, open, map.fixed)) finding(edit.cell, 'edited-outside', inBothLanguages('templates.finding.edited-outside', { cell: edit.cell, was: edit.was, now: edit.now }));
}

/**
 * Whether an imported record takes the place of the one stored for its item and year: an answer always does; an
 * unanswered item only fills an empty place or another missing answer, never replacing a rating or the evaluator's words.
 */
export function replacesProgress(incoming: ItemProgress, stored: ItemProgress | undefined): boolean {
  return incoming.rating !== null || stored === undefined || (stored.rating === null && stored.reportedBy !== '');
}

/** Reads a filled task template against the ledger: null when the workbook is not one. */
export function readTaskTemplate(workbook: ReadWorkbook, ledger: Ledger, options: ReadTaskTemplateOptions): TaskTemplateReading | null {
  const info = recogniseTaskTemplate(workbook);
  if (!info) return null;
  const reading: TaskTemplateReading = { info, progress: [], notReported: [], findings: [] };
  const present = info.sheets.filter((s) => workbook.sheets.some((g) => g.name === s.sheet));
  const home = present[0]?.sheet ?? workbook.sheets[0]!.name;
  const fileFinding = (code: string, key: string, params: Record<string, string | number>) =>
    reading.findings.push({ sheet: home, ...cellFinding('A1', `task-template-${code}`, inBothLanguages(key, { cell: 'A1', ...params })) });
  if (options.projectId !== undefined && info.projectId !== options.projectId) fileFinding('other-project', 'tasksReport.template.finding.otherProject', { project: info.projectName || info.projectId });
  if (info.ledgerVersion !== ledgerVersion(ledger)) fileFinding('ledger-changed', 'tasksReport.template.finding.ledgerChanged', { created: info.createdAt.slice(0, 10) });
  const items = new Map(ledger.items.map((i) => [i.id, i]));
  const evidence = new Map((options.existing ?? []).filter((p) => p.year === info.year).map((p) => [p.itemId, p.evidence]));
  for (const map of info.sheets) {
    const grid = workbook.sheets.find((s) => s.name === map.sheet);
    if (!grid) fileFinding('sheet-missing', 'tasksReport.template.finding.sheetMissing', { department: map.department, sheet: map.sheet });
    else readSheet(grid, map, info.year, items, evidence, options.importedAt, reading);
  }
  return reading;
}
