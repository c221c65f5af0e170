// Framework edits as the editor performs them: add, replace, remove and restore, reorder, category changes.
import { describe, expect, it } from 'vitest';
import type { Plan, TargetRevision } from '../../shared/model';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import {
  addCategory,
  addIndicator,
  addRevision,
  categoryNameProblem,
  editIndicator,
  insertRevision,
  indicatorsOf,
  insertIndicator,
  moveCategory,
  moveIndicator,
  removeCategory,
  removeIndicator,
  removeRevision,
  renameCategory,
  replaceIndicator,
  revisionsOf,
} from '../../renderer/src/screens/framework/plan-edits';
import { blankRevisionForm, revisionFromForm } from '../../renderer/src/screens/framework/revision-form';

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

describe('target revisions', () => {
  const revision = (effectiveYear: number, basis: string): TargetRevision => ({
    effectiveYear,
    target: { comparator: '>', value: 2800 },
    reason: '统计口径调整',
    basis,
    recordedAt: `${effectiveYear}-07-01T08:00:00.000Z`,
  });
  const revisionsAt = (plan: Plan) => plan.indicators.find((i) => i.id === 'tech-contracts')!.revisions;

  it('records a revision after the indicator\'s others, leaving the plan target and the other indicators alone', () => {
    const plan = guangzhouPlan();
    const first = addRevision(plan, 'tech-contracts', revision(2022, 'A'));
    const second = addRevision(first.plan, 'tech-contracts', revision(2023, 'B'));
    expect(second.index).toBe(1);
    expect(revisionsAt(second.plan)!.map((r) => r.basis)).toEqual(['A', 'B']);
    expect(second.plan.indicators.find((i) => i.id === 'tech-contracts')!.target).toEqual(plan.indicators.find((i) => i.id === 'tech-contracts')!.target);
    expect(second.plan.indicators.filter((i) => i.revisions)).toHaveLength(1);
    expect(plan.indicators.some((i) => i.revisions)).toBe(false);
  });

  it('undoes a recording by removing that revision (equal in every field) and drops the field when none is left', () => {
    const plan = guangzhouPlan();
    const recorded = addRevision(plan, 'tech-contracts', revision(2023, 'A')).plan;
    const copy = structuredClone(revisionsAt(recorded)![0]!);
    const undone = removeRevision(recorded, 'tech-contracts', copy)!;
    expect(undone.index).toBe(0);
    expect(undone.plan).toEqual(plan);
    expect('revisions' in undone.plan.indicators.find((i) => i.id === 'tech-contracts')!).toBe(false);
    expect(removeRevision(plan, 'tech-contracts', copy)).toBeNull();
  });

  it('puts a deleted revision back in its place', () => {
    let plan = guangzhouPlan();
    for (const [year, basis] of [[2022, 'A'], [2023, 'B'], [2024, 'C']] as const) plan = addRevision(plan, 'tech-contracts', revision(year, basis)).plan;
    const removal = removeRevision(plan, 'tech-contracts', revision(2023, 'B'))!;
    expect(revisionsAt(removal.plan)!.map((r) => r.basis)).toEqual(['A', 'C']);
    expect(insertRevision(removal.plan, 'tech-contracts', revision(2023, 'B'), removal.index)).toEqual(plan);
  });

  it('keeps the revisions of an indicator edited in the editor, which does not show them', () => {
    const plan = addRevision(guangzhouPlan(), 'tech-contracts', revision(2023, 'A')).plan;
    const { revisions: _shown, ...edited } = { ...plan.indicators.find((i) => i.id === 'tech-contracts')!, name: '技术合同成交总额' };
    const next = editIndicator(plan, 'tech-contracts', edited);
    expect(next.indicators.find((i) => i.id === 'tech-contracts')).toMatchObject({ name: '技术合同成交总额', revisions: [revision(2023, 'A')] });
  });

  it('lists every revision of the plan with its indicator, in plan order', () => {
    let plan = addRevision(guangzhouPlan(), 'rd-intensity', revision(2024, 'R')).plan;
    plan = addRevision(plan, 'tech-contracts', revision(2023, 'T')).plan;
    expect(revisionsOf(plan).map(({ indicator, revision: r }) => `${indicator.id} ${r.basis}`)).toEqual(['tech-contracts T', 'rd-intensity R']);
  });

  it('the form starts from the plan target, effective this year within the plan period, and gives back what was typed', () => {
    const plan = guangzhouPlan();
    const indicator = plan.indicators.find((i) => i.id === 'tech-contracts')!;
    expect(blankRevisionForm(indicator, plan, 2023)).toMatchObject({ effectiveYear: '2023', comparator: '>', value: '3000' });
    expect(blankRevisionForm(indicator, plan, 2030).effectiveYear).toBe('2025');
    const form = { ...blankRevisionForm(indicator, plan, 2023), value: '2,800', reason: ' 统计口径调整 ', basis: '穗科〔2023〕12号' };
    expect(revisionFromForm(form, '2023-07-01T08:00:00.000Z')).toEqual({ ...revision(2023, '穗科〔2023〕12号') });
    expect(revisionFromForm({ ...form, comparator: 'range', lo: '1', hi: 'x' }, '2023-07-01T08:00:00.000Z').target).toEqual({ comparator: 'range', lo: 1, hi: NaN });
  });
});
