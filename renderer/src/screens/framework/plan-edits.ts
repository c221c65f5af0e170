// Edits of a plan's framework as pure functions (plan in, new plan out), so the editor can undo them.
import type { Indicator, Plan, TargetRevision } from '../../../../shared/model';

/** The plan's indicators of one category, in display order. */
export function indicatorsOf(plan: Plan, category: string): Indicator[] {
  return plan.indicators.filter((i) => i.category === category);
}

/** Replaces the indicator with id `id` (an edit may change its id). */
export function replaceIndicator(plan: Plan, id: string, next: Indicator): Plan {
  return { ...plan, indicators: plan.indicators.map((i) => (i.id === id ? next : i)) };
}

/** The editor's edit of an indicator's fields: its target revisions, which the editor does not show, stay with it. */
export function editIndicator(plan: Plan, id: string, edited: Indicator): Plan {
  const revisions = plan.indicators.find((i) => i.id === id)?.revisions;
  return replaceIndicator(plan, id, revisions ? { ...edited, revisions } : edited);
}

/** Records a target revision of the indicator `id`, after its others; returns the new plan and its place, for undo. */
export function addRevision(plan: Plan, id: string, revision: TargetRevision): { plan: Plan; index: number } {
  const indicator = plan.indicators.find((i) => i.id === id);
  return { plan: insertRevision(plan, id, revision, indicator?.revisions?.length ?? 0), index: indicator?.revisions?.length ?? 0 };
}

/** Inserts a revision at `index` of the indicator's list (used to undo a removal). */
export function insertRevision(plan: Plan, id: string, revision: TargetRevision, index: number): Plan {
  return {
    ...plan,
    indicators: plan.indicators.map((i) => {
      if (i.id !== id) return i;
      const revisions = [...(i.revisions ?? [])];
      revisions.splice(Math.max(0, Math.min(index, revisions.length)), 0, revision);
      return { ...i, revisions };
    }),
  };
}

/**
 * Removes the revision equal to `revision` (every field, its recording time included, so an undo never removes another
 * one recorded since, even after the project was re-read); an indicator left without revisions loses the field, as it
 * was before any. Null when the revision is not there.
 */
export function removeRevision(plan: Plan, id: string, revision: TargetRevision): { plan: Plan; index: number } | null {
  const indicator = plan.indicators.find((i) => i.id === id);
  const same = JSON.stringify(revision);
  const index = indicator?.revisions?.findIndex((r) => JSON.stringify(r) === same) ?? -1;
  if (!indicator || index === -1) return null;
  const { revisions = [], ...rest } = indicator;
  const left = revisions.filter((_, k) => k !== index);
  return { plan: replaceIndicator(plan, id, left.length > 0 ? { ...rest, revisions: left } : rest), index };
}

/** Every revision of the plan, in plan order and then in the order recorded, with its indicator. */
export function revisionsOf(plan: Plan): { indicator: Indicator; revision: TargetRevision }[] {
  return plan.indicators.flatMap((indicator) => (indicator.revisions ?? []).map((revision) => ({ indicator, revision })));
}

/** Adds an indicator after the last one of its category. */
export function addIndicator(plan: Plan, indicator: Indicator): Plan {
  const lastOfCategory = plan.indicators.map((i) => i.category).lastIndexOf(indicator.category);
  const at = lastOfCategory === -1 ? plan.indicators.length : lastOfCategory + 1;
  return insertIndicator(plan, indicator, at);
}

/** Inserts an indicator at position `index` of the plan's list (used to undo a deletion). */
export function insertIndicator(plan: Plan, indicator: Indicator, index: number): Plan {
  const indicators = [...plan.indicators];
  indicators.splice(Math.max(0, Math.min(index, indicators.length)), 0, indicator);
  return { ...plan, indicators };
}

/** Removes an indicator; returns the new plan and where it was, for undo. */
export function removeIndicator(plan: Plan, id: string): { plan: Plan; index: number; removed: Indicator } | null {
  const index = plan.indicators.findIndex((i) => i.id === id);
  if (index === -1) return null;
  return { plan: { ...plan, indicators: plan.indicators.filter((_, i) => i !== index) }, index, removed: plan.indicators[index]! };
}

/** Moves an indicator one place up (−1) or down (+1) within its category; unchanged at either end. */
export function moveIndicator(plan: Plan, id: string, step: -1 | 1): Plan {
  const from = plan.indicators.findIndex((i) => i.id === id);
  if (from === -1) return plan;
  const category = plan.indicators[from]!.category;
  let to = from + step;
  while (to >= 0 && to < plan.indicators.length && plan.indicators[to]!.category !== category) to += step;
  if (to < 0 || to >= plan.indicators.length) return plan;
  const indicators = [...plan.indicators];
  [indicators[from], indicators[to]] = [indicators[to]!, indicators[from]!];
  return { ...plan, indicators };
}

/** Adds a category at the end, or at `index` (used to undo a deletion). */
export function addCategory(plan: Plan, name: string, index = plan.categories.length): Plan {
  const categories = [...plan.categories];
  categories.splice(index, 0, name);
  return { ...plan, categories };
}

/** Renames a category and moves its indicators with it. */
export function renameCategory(plan: Plan, from: string, to: string): Plan {
  return {
    ...plan,
    categories: plan.categories.map((c) => (c === from ? to : c)),
    indicators: plan.indicators.map((i) => (i.category === from ? { ...i, category: to } : i)),
  };
}

/** Removes an empty category; null when it still has indicators. */
export function removeCategory(plan: Plan, name: string): { plan: Plan; index: number } | null {
  const index = plan.categories.indexOf(name);
  if (index === -1 || indicatorsOf(plan, name).length > 0) return null;
  return { plan: { ...plan, categories: plan.categories.filter((c) => c !== name) }, index };
}

/** Moves a category one place up (−1) or down (+1); unchanged at either end. */
export function moveCategory(plan: Plan, name: string, step: -1 | 1): Plan {
  const from = plan.categories.indexOf(name);
  const to = from + step;
  if (from === -1 || to < 0 || to >= plan.categories.length) return plan;
  const categories = [...plan.categories];
  [categories[from], categories[to]] = [categories[to]!, categories[from]!];
  return { ...plan, categories };
}

/** Why a category name cannot be used: a message key, or null when it is fine. */
export function categoryNameProblem(plan: Plan, name: string, current?: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'ui.category.nameEmpty';
  if (trimmed !== current && plan.categories.includes(trimmed)) return 'ui.category.nameTaken';
  return null;
}
