// Which department supplies which indicators: the plan's `source` field, grouped.
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
