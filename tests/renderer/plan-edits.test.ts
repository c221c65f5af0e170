// Framework edits as the editor performs them: add, replace, remove and restore, reorder, category changes.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/model';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import {
  addCategory,
  addIndicator,
  categoryNameProblem,
  indicatorsOf,
  insertIndicator,
  moveCategory,
  moveIndicator,
  removeCategory,
  removeIndicator,
  renameCategory,
  replaceIndicator,
} from '../../renderer/src/screens/framework/plan-edits';

const ids = (plan: Plan, category: string) => indicatorsOf(plan, category).map((i) => i.id);

describe('indicators', () => {
  it('adds a new indicator at the end of its own category, not of the whole plan', () => {
    const plan = guangzhouPlan();
    const added = addIndicator(plan, { ...plan.indicators[0]!, id: 'new-one', category: '技术攻关水平' });
    expect(ids(added, '技术攻关水平')).toEqual(['tech-contracts', 'hv-patents', 'incubators', 'new-one']);
    expect(added.indicators.indexOf(added.indicators.find((i) => i.id === 'new-one')!)).toBe(5);
    expect(plan.indicators).toHaveLength(14);
  });

  it('replaces an indicator in place, even when its id changes', () => {
    const plan = guangzhouPlan();
    const edited = replaceIndicator(plan, 'hv-patents', { ...plan.indicators[3]!, id: 'patents' });
    expect(ids(edited, '技术攻关水平')).toEqual(['tech-contracts', 'patents', 'incubators']);
  });

  it('removes an indicator and puts it back where it was (undo)', () => {
    const plan = guangzhouPlan();
    const removal = removeIndicator(plan, 'hv-patents')!;
    expect(removal.plan.indicators.map((i) => i.id)).not.toContain('hv-patents');
    expect(removal.index).toBe(3);
    const restored = insertIndicator(removal.plan, removal.removed, removal.index);
    expect(restored.indicators.map((i) => i.id)).toEqual(plan.indicators.map((i) => i.id));
    expect(removeIndicator(plan, 'missing')).toBeNull();
  });

  it('moves within the category, skipping indicators of other categories, and stops at the ends', () => {
    const plan = guangzhouPlan();
    // 科技赋能发展 is split in the list: industrial-rd-ratio, hitech-output-share … hitech-firms, tech-smes at the end.
    expect(ids(plan, '科技赋能发展')).toEqual(['industrial-rd-ratio', 'hitech-output-share', 'hitech-firms', 'tech-smes']);
    const down = moveIndicator(plan, 'hitech-output-share', 1);
    expect(ids(down, '科技赋能发展')).toEqual(['industrial-rd-ratio', 'hitech-firms', 'hitech-output-share', 'tech-smes']);
    expect(ids(down, '创新人才资源')).toEqual(ids(plan, '创新人才资源'));
    expect(moveIndicator(plan, 'industrial-rd-ratio', -1)).toBe(plan);
    expect(moveIndicator(plan, 'tech-smes', 1)).toBe(plan);
  });
});

describe('categories', () => {
  it('adds a category at the end, or back at its old place', () => {
    const plan = guangzhouPlan();
    expect(addCategory(plan, '新类别').categories.at(-1)).toBe('新类别');
    expect(addCategory(plan, '新类别', 1).categories[1]).toBe('新类别');
  });

  it('renames a category together with its indicators', () => {
    const renamed = renameCategory(guangzhouPlan(), '技术攻关水平', '技术攻关');
    expect(renamed.categories[1]).toBe('技术攻关');
    expect(ids(renamed, '技术攻关')).toEqual(['tech-contracts', 'hv-patents', 'incubators']);
    expect(ids(renamed, '技术攻关水平')).toEqual([]);
  });

  it('deletes only an empty category', () => {
    const plan = addCategory(guangzhouPlan(), '空类别', 2);
    expect(removeCategory(plan, '技术攻关水平')).toBeNull();
    const removal = removeCategory(plan, '空类别')!;
    expect(removal.index).toBe(2);
    expect(removal.plan.categories).toEqual(guangzhouPlan().categories);
  });

  it('reorders categories and stops at the ends', () => {
    const plan = guangzhouPlan();
    expect(moveCategory(plan, '技术攻关水平', -1).categories.slice(0, 2)).toEqual(['技术攻关水平', '创新策源能力']);
    expect(moveCategory(plan, '创新策源能力', -1)).toBe(plan);
    expect(moveCategory(plan, '科技创新生态', 1)).toBe(plan);
  });

  it('refuses empty and duplicate names but lets a category keep its own name', () => {
    const plan = guangzhouPlan();
    expect(categoryNameProblem(plan, '  ')).toBe('ui.category.nameEmpty');
    expect(categoryNameProblem(plan, '技术攻关水平')).toBe('ui.category.nameTaken');
    expect(categoryNameProblem(plan, '技术攻关水平', '技术攻关水平')).toBeNull();
    expect(categoryNameProblem(plan, '新类别')).toBeNull();
  });
});
