// Which department answers for what: indicators by the plan's `source` field, ledger items by their 牵头单位.
import type { LedgerItem } from '../ledger';
import type { Indicator } from '../model';
import { fileText } from './file-text';

/** The department of indicators whose plan names no source. */
export const UNSPECIFIED_DEPARTMENT = fileText('templates.department.unspecified');

/** The department an indicator's figure is asked from. */
export function departmentOf(indicator: Indicator): string {
  return indicator.source.trim() || UNSPECIFIED_DEPARTMENT;
}

/** Indicators by department, departments in the order their first indicator appears. */
export function groupByDepartment(indicators: Indicator[]): Map<string, Indicator[]> {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const department = departmentOf(indicator);
    groups.set(department, [...(groups.get(department) ?? []), indicator]);
  }
  return groups;
}

/**
 * Ledger items by the department that leads them, in the ledger's order: the lead reports the item's progress. Items
 * without a lead (the built-in ledger's, until a 分工方案 names them) share one sheet under 未指定部门.
 */
export function groupItemsByDepartment(items: readonly LedgerItem[]): Map<string, LedgerItem[]> {
  const groups = new Map<string, LedgerItem[]>();
  for (const item of items) {
    const department = item.lead.trim() || UNSPECIFIED_DEPARTMENT;
    groups.set(department, [...(groups.get(department) ?? []), item]);
  }
  return groups;
}
