// A responsibility table (分工方案) read against a ledger: each row's item and what it changes (lead, partners,
// milestones, before → after), every problem named with its sheet and cell, and every changed item checked by
// validateLedgerItem before anything can be written.
import { cellAddress } from '../base';
import { textAt } from '../ingest';
import { validateLedgerItem, type Ledger, type LedgerItem, type Milestone } from '../ledger';
import type { ReadWorkbook, SheetGrid } from '../workbook';
import { findTable, type DivisionColumns, type DivisionMappings, type DivisionRole } from './columns';
import { isRowNumber, matchRow, splitLeadingRef } from './match';
import { readMilestones } from './milestones';
import { splitUnits } from './units';

/** The fields a 分工方案 fills in. */
export interface Responsibility {
  lead: string;
  partners: string[];
  milestones: Milestone[];
  milestoneNote?: string;
}

/** A problem with a cell of the file; an error keeps its row out of the import, a warning does not. */
export interface DivisionProblem {
  severity: 'error' | 'warning';
  sheet: string;
  /** A1 address; the header row's first cell for problems of a whole table. */
  cell: string;
  /** A division.problem.* or ledger.error.* message key. */
  key: string;
  params: Record<string, string | number>;
}

/** One data row of the table and what it does. */
export interface DivisionRow {
  sheet: string;
  /** 1-based, as the spreadsheet numbers it. */
  row: number;
  /** A1 address of the cell naming the item (its reference, else its title). */
  cell: string;
  /** The row's reference and title as written. */
  ref: string;
  title: string;
  itemId: string | null;
  before?: Responsibility;
  after?: Responsibility;
  problems: DivisionProblem[];
}

/** A table found in one sheet and the columns it is read by. */
export interface DivisionTable {
  sheet: string;
  headerRow: number;
  headers: string[];
  columns: DivisionColumns;
  layoutKey: string;
  /** The columns came from a mapping remembered for this layout. */
  remembered: boolean;
}

export interface DivisionPlan {
  fileName: string;
  tables: DivisionTable[];
  rows: DivisionRow[];
  /** Problems of the file as a whole (a sheet with no table), beside those of each row. */
  problems: DivisionProblem[];
}

export interface DivisionOptions {
  /** The plan's indicator ids, which items may link to (validateLedgerItem's rule). */
  indicatorIds: readonly string[];
  /** Remembered mappings by layout key. */
  mappings?: DivisionMappings;
  /** Columns the user chose, by sheet name, replacing the detected or remembered ones. */
  columns?: Record<string, DivisionColumns>;
}

/** The responsibility fields of an item, copied. */
export function responsibilityOf(item: LedgerItem): Responsibility {
  return { lead: item.lead, partners: [...item.partners], milestones: item.milestones.map((m) => ({ ...m })), ...(item.milestoneNote ? { milestoneNote: item.milestoneNote } : {}) };
}

/** Reads every sheet of the workbook that holds a 分工方案 table against the ledger. */
export function planDivision(workbook: ReadWorkbook, ledger: Ledger, options: DivisionOptions): DivisionPlan {
  const plan: DivisionPlan = { fileName: workbook.fileName, tables: [], rows: [], problems: [] };
  for (const grid of workbook.sheets) {
    const found = findTable(grid, options.mappings);
    if (!found) continue;
    const chosen = options.columns?.[grid.name];
    const table: DivisionTable = { sheet: grid.name, ...found, ...(chosen ? { columns: { ...chosen }, remembered: false } : {}) };
    plan.tables.push(table);
    plan.rows.push(...readRows(grid, table, ledger));
  }
  if (plan.tables.length === 0) {
    const sheet = workbook.sheets[0]?.name ?? '';
    plan.problems.push({ severity: 'error', sheet, cell: 'A1', key: 'division.problem.noTable', params: { sheets: workbook.sheets.map((s) => s.name).join('、') } });
  }
  markDuplicates(plan.rows);
  validateChanges(plan.rows, ledger, options.indicatorIds);
  return plan;
}

/** The rows under a table's header that name an item or say something about one. */
function readRows(grid: SheetGrid, table: DivisionTable, ledger: Ledger): DivisionRow[] {
  const rows: DivisionRow[] = [];
  const { columns } = table;
  const text = (row: number, role: DivisionRole) => (columns[role] === undefined ? '' : textAt(grid, row, columns[role]!));
  const cell = (row: number, role: DivisionRole) => cellAddress(row, columns[role] ?? 0);
  if (columns.ref === undefined && columns.title === undefined) return [];
  for (let r = table.headerRow + 1; r < grid.rowCount; r++) {
    const written = { ref: text(r, 'ref'), title: text(r, 'title'), lead: text(r, 'lead'), partners: text(r, 'partners'), deadline: text(r, 'deadline') };
    // A heading row ("五、聚焦科学发现…") or a blank one says nothing about an item.
    if (written.lead === '' && written.partners === '' && written.deadline === '') continue;
    const leading = written.ref === '' || isRowNumber(written.ref) ? splitLeadingRef(written.title) : { ref: written.ref, title: written.title };
    const nameRole: DivisionRole = columns.ref !== undefined && written.ref !== '' && !isRowNumber(written.ref) ? 'ref' : 'title';
    const row: DivisionRow = { sheet: grid.name, row: r + 1, cell: cell(r, nameRole), ref: leading.ref ?? '', title: leading.title, itemId: null, problems: [] };
    rows.push(row);
    const problem = (severity: DivisionProblem['severity'], role: DivisionRole, key: string, params: Record<string, string | number> = {}) =>
      row.problems.push({ severity, sheet: grid.name, cell: cell(r, role), key, params });

    const match = matchRow(ledger.items, row.ref, row.title);
    if (match.status === 'unknownSection') problem('error', nameRole, 'division.problem.unknownSection', { value: match.section });
    else if (match.status === 'unmatched') problem('error', nameRole, row.title === '' ? 'division.problem.noItem' : 'division.problem.unmatched', { value: row.title });
    else if (match.status === 'ambiguous') {
      problem('error', nameRole, 'division.problem.ambiguous', { value: row.ref || row.title, items: match.candidates.map((i) => i.id).join('、'), count: match.candidates.length });
    }
    if (match.status !== 'matched') continue;

    const item = match.item;
    row.itemId = item.id;
    row.before = responsibilityOf(item);
    const after = responsibilityOf(item);
    let leads = after.lead === '' ? [] : [after.lead];
    if (written.lead !== '') {
      leads = splitUnits(written.lead);
      after.lead = leads.join('、');
      if (leads.length > 1) problem('warning', 'lead', 'division.problem.jointLead', { value: after.lead });
    }
    if (written.partners !== '') after.partners = splitUnits(written.partners);
    for (const lead of leads) if (after.partners.includes(lead)) problem('error', written.partners !== '' ? 'partners' : 'lead', 'division.problem.leadIsPartner', { value: lead });
    if (written.deadline !== '') {
      const read = readMilestones(written.deadline);
      after.milestones = read.milestones;
      delete after.milestoneNote;
      if (read.unread.length > 0) after.milestoneNote = read.unread.join('，');
      read.unread.forEach((phrase, i) => problem('warning', 'deadline', `division.problem.deadline.${read.reasons[i]}`, { value: phrase }));
    }
    row.after = after;
  }
  return rows;
}

/** Two rows for one item: which says what is unknowable, so neither is imported. */
function markDuplicates(rows: DivisionRow[]): void {
  const byItem = new Map<string, DivisionRow[]>();
  for (const row of rows) if (row.itemId !== null) byItem.set(row.itemId, [...(byItem.get(row.itemId) ?? []), row]);
  for (const [itemId, same] of byItem) {
    if (same.length < 2) continue;
    const where = same.map((r) => `${r.sheet}!${r.row}`).join('、');
    for (const row of same) {
      row.problems.push({ severity: 'error', sheet: row.sheet, cell: row.cell, key: 'division.problem.duplicate', params: { id: itemId, rows: where } });
    }
  }
}

/** Every changed item, with the other changes applied, must pass validateLedgerItem; its errors are its row's. */
function validateChanges(rows: DivisionRow[], ledger: Ledger, indicatorIds: readonly string[]): void {
  const changed = applyRows(ledger, rows.filter((r) => !hasErrors(r)));
  for (const row of rows) {
    if (row.itemId === null || row.after === undefined || hasErrors(row)) continue;
    const item = changed.items.find((i) => i.id === row.itemId)!;
    for (const error of validateLedgerItem(item, changed.items, indicatorIds)) {
      row.problems.push({ severity: 'error', sheet: row.sheet, cell: row.cell, key: error.key, params: { ...error.params, id: item.id } });
    }
  }
}

export function hasErrors(row: DivisionRow): boolean {
  return row.problems.some((p) => p.severity === 'error');
}

/** Whether a row changes its item (a row that only repeats what the ledger says changes nothing). */
export function changesItem(row: DivisionRow): boolean {
  return row.after !== undefined && JSON.stringify(row.before) !== JSON.stringify(row.after);
}

/** The ledger with the given rows' responsibilities written into their items. */
function applyRows(ledger: Ledger, rows: readonly DivisionRow[]): Ledger {
  const after = new Map(rows.filter((r) => r.itemId !== null && r.after).map((r) => [r.itemId!, r.after!]));
  return {
    ...ledger,
    items: ledger.items.map((item) => {
      const change = after.get(item.id);
      if (!change) return item;
      const updated: LedgerItem = { ...item, lead: change.lead, partners: [...change.partners], milestones: change.milestones.map((m) => ({ ...m })) };
      if (change.milestoneNote) updated.milestoneNote = change.milestoneNote;
      else delete updated.milestoneNote;
      return updated;
    }),
  };
}

/** The rows that would be imported: matched, changing their item, and without an error. */
export function importableRows(plan: DivisionPlan): DivisionRow[] {
  return plan.rows.filter((r) => !hasErrors(r) && changesItem(r));
}

/** The rows with an error, and the file's own problems: what the import leaves out. */
export function refusedRows(plan: DivisionPlan): DivisionRow[] {
  return plan.rows.filter(hasErrors);
}

/** The ledger after the plan's importable rows; the rows with errors change nothing. */
export function applyDivision(ledger: Ledger, plan: DivisionPlan): Ledger {
  return applyRows(ledger, importableRows(plan));
}
