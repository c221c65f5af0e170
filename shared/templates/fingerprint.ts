// Short, stable fingerprints: the framework version a template was made for, and template ids.
import { fnv64Hex } from '../base';
import type { Indicator, Plan } from '../model';
import type { IndicatorFingerprint } from './types';

/** What of an indicator a template depends on: its id, name, unit and 口径. */
export function indicatorFingerprint(indicator: Indicator): IndicatorFingerprint {
  return { id: indicator.id, name: indicator.name, unit: indicator.unit, definition: indicator.definition ?? '' };
}

/** A hash of the plan's indicator definitions (ids, names, units, 口径): it changes whenever any of them does. */
export function frameworkVersion(plan: Plan): string {
  const parts = plan.indicators.map((i) => {
    const f = indicatorFingerprint(i);
    return [f.id, f.name, f.unit, f.definition].join('\u0001');
  });
  return fnv64Hex(parts.join('\u0002'));
}

/** The id of one department's template: derived from what makes the request unique, so generation is repeatable. */
export function templateIdFor(projectId: string, department: string, createdAt: string): string {
  return 'T' + fnv64Hex([projectId, department, createdAt].join('\u0001')).slice(0, 12).toUpperCase();
}
