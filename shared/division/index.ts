// 分工方案 import: a responsibility table read onto a ledger (which row means which item, its lead, partners and milestones before → after, and every problem by sheet and cell).
export { DIVISION_ROLES, findTable, layoutKey } from './columns';
export type { DivisionColumns, DivisionMappings, DivisionRole } from './columns';
export { describeDivisionProblem } from './describe';
export { matchRow, titleKey } from './match';
export type { RowMatch } from './match';
export { readMilestones } from './milestones';
export { applyDivision, changesItem, hasErrors, importableRows, planDivision, refusedRows, responsibilityOf } from './plan';
export type { DivisionOptions, DivisionPlan, DivisionProblem, DivisionRow, DivisionTable, Responsibility } from './plan';
export { splitUnits } from './units';
