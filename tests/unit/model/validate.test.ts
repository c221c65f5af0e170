// The rules every indicator must satisfy: the editor refuses an edit that breaks one, with a message at the field.
import { describe, expect, it } from 'vitest';
import type { Indicator, Plan, TargetRevision } from '../../../shared/model';
import { describeFieldError, validateIndicator, validatePlan, validateRevision } from '../../../shared/model/validate';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';

const valid: Indicator = {
  id: 'rd-intensity', name: 'R&D投入强度', category: '科技创新生态', unit: '%', precision: 2,
  baseline: { year: 2020, value: 3.1 }, target: { year: 2025, comparator: '>', value: 3.4 },
  direction: 1, kind: 'level', nature: 'expected', weight: 1, aggregation: 'none', aliases: [], source: '市统计局',
};

/** The fields and keys of the errors of `valid` changed by `change`. */
function broken(change: Partial<Record<keyof Indicator, unknown>>, others: Indicator[] = []): [string, string][] {
  return validateIndicator({ ...valid, ...change } as Indicator, others).map((e) => [e.field, e.key]);
}

describe('validateIndicator', () => {
  it('accepts a complete indicator, a monitoring one without target or baseline, and a range target with lo = hi', () => {
    expect(validateIndicator(valid, [])).toEqual([]);
    expect(validateIndicator({ ...valid, baseline: null, target: null }, [])).toEqual([]);
    expect(validateIndicator({ ...valid, target: { year: 2025, comparator: 'range', lo: 3, hi: 3 } }, [])).toEqual([]);
  });

  it('requires an id of letters, digits and hyphens, starting with a letter or digit', () => {
    expect(broken({ id: '' })).toEqual([['id', 'plan.error.idEmpty']]);
    expect(broken({ id: '   ' })).toEqual([['id', 'plan.error.idEmpty']]);
    for (const id of ['-rd', 'rd intensity', 'rd_intensity', '研发']) expect(broken({ id })).toEqual([['id', 'plan.error.idPattern']]);
    for (const id of ['RD-2', '14th', 'a']) expect(broken({ id })).toEqual([]);
  });

  it('refuses an id another indicator already uses (ignoring case), but not the indicator\'s own', () => {
    const other = { ...valid, id: 'tech-contracts' };
    expect(broken({ id: 'Tech-Contracts' }, [other])).toEqual([['id', 'plan.error.idDuplicate']]);
    const self = { ...valid };
    expect(validateIndicator(self, [self, other])).toEqual([]);
  });

  it('requires a name, a unit and a category', () => {
    expect(broken({ name: ' ', unit: '', category: '' })).toEqual([
      ['name', 'plan.error.nameEmpty'],
      ['unit', 'plan.error.unitEmpty'],
      ['category', 'plan.error.categoryEmpty'],
    ]);
  });

  it('requires a whole-number precision from 0 to 6', () => {
    for (const precision of [-1, 7, 1.5, NaN]) expect(broken({ precision })).toEqual([['precision', 'plan.error.precision']]);
    for (const precision of [0, 6]) expect(broken({ precision })).toEqual([]);
  });

  it('refuses a target year that is not after the baseline year', () => {
    const errors = validateIndicator({ ...valid, target: { year: 2019, comparator: '>', value: 3.4 } }, []);
    expect(errors).toEqual([{ field: 'target.year', key: 'plan.error.targetBeforeBaseline', params: { targetYear: 2019, baselineYear: 2020 } }]);
    expect(broken({ target: { year: 2020, comparator: '>', value: 3.4 } })).toEqual([['target.year', 'plan.error.targetBeforeBaseline']]);
  });

  it('requires plausible whole years from 1900 to 2100', () => {
    expect(broken({ baseline: { year: 1899, value: 1 } })).toEqual([['baseline.year', 'plan.error.year']]);
    expect(broken({ target: { year: 2101, comparator: '>', value: 3.4 } })).toEqual([['target.year', 'plan.error.year']]);
    expect(broken({ baseline: { year: 2020.5, value: 1 } })).toEqual([['baseline.year', 'plan.error.year']]);
    expect(broken({ baseline: { year: 1900, value: 1 }, target: { year: 2100, comparator: '>', value: 1 } })).toEqual([]);
  });

  it('requires finite baseline and target values', () => {
    expect(broken({ baseline: { year: 2020, value: NaN } })).toEqual([['baseline.value', 'plan.error.notFinite']]);
    expect(broken({ target: { year: 2025, comparator: '>', value: Infinity } })).toEqual([['target.value', 'plan.error.notFinite']]);
  });

  it('refuses a range whose lower bound is above its upper bound', () => {
    const errors = validateIndicator({ ...valid, target: { year: 2025, comparator: 'range', lo: 5, hi: 3 } }, []);
    expect(errors).toEqual([{ field: 'target.lo', key: 'plan.error.rangeReversed', params: { lo: 5, hi: 3 } }]);
  });

  it('requires a weight above 0', () => {
    for (const weight of [0, -1, NaN]) expect(broken({ weight })).toEqual([['weight', 'plan.error.weight']]);
    expect(broken({ weight: 0.01 })).toEqual([]);
  });

  it('requires comparator, direction, kind, nature and aggregation from their lists', () => {
    expect(broken({ target: { year: 2025, comparator: '≈', value: 1 }, direction: 0, kind: 'stock', nature: 'guiding', aggregation: 'mean' })).toEqual([
      ['comparator', 'plan.error.comparator'],
      ['direction', 'plan.error.direction'],
      ['kind', 'plan.error.kind'],
      ['nature', 'plan.error.nature'],
      ['aggregation', 'plan.error.aggregation'],
    ]);
  });

  it('lists every broken rule at once', () => {
    expect(broken({ id: '', name: '', weight: 0, target: { year: 2019, comparator: '>', value: 1 } }).map(([field]) => field)).toEqual([
      'id', 'name', 'target.year', 'weight',
    ]);
  });
});

describe('validatePlan', () => {
  it('finds nothing wrong with the built-in plan', () => {
    expect(validatePlan(guangzhouPlan())).toEqual([]);
  });

  it('names each indicator with errors, both indicators of a duplicated id, and a category the plan does not list', () => {
    const plan: Plan = guangzhouPlan();
    plan.indicators[1].id = plan.indicators[0].id;
    plan.indicators[5].category = '新类别';
    plan.indicators[6].weight = 0;
    expect(validatePlan(plan).map(({ indicatorId, errors }) => [indicatorId, errors.map((e) => e.key)])).toEqual([
      ['platforms', ['plan.error.idDuplicate']],
      ['platforms', ['plan.error.idDuplicate']],
      ['industrial-rd-ratio', ['plan.error.categoryUnknown']],
      ['hitech-output-share', ['plan.error.weight']],
    ]);
  });
});

describe('describeFieldError', () => {
  it('says what is wrong in Chinese or English, with the values filled in', () => {
    const error = { field: 'target.year', key: 'plan.error.targetBeforeBaseline', params: { targetYear: 2019, baselineYear: 2020 } };
    expect(describeFieldError(error, 'zh')).toBe('目标年 2019 必须晚于基期年 2020');
    expect(describeFieldError(error, 'en')).toBe('The target year 2019 must be after the baseline year 2020');
    expect(describeFieldError({ field: 'target.lo', key: 'plan.error.rangeReversed', params: { lo: 5, hi: 3 } }, 'zh')).toBe('区间下限 5 大于上限 3');
  });
});

describe('validateRevision', () => {
  const period = { start: 2021, end: 2025 };
  const good = { effectiveYear: 2023, target: { comparator: '>=' as const, value: 3.3 }, reason: '统计口径调整', basis: '穗科〔2023〕1号', recordedAt: '2023-06-01T08:00:00.000Z' };
  const fields = (change: Record<string, unknown>, target = valid.target) =>
    validateRevision({ ...good, ...change } as TargetRevision, target, period, 2).map((e) => [e.field, e.key]);

  it('accepts a complete revision, a range revision and effective years at either end of the period', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ target: { comparator: 'range', lo: 3, hi: 3 } })).toEqual([]);
    expect(fields({ effectiveYear: 2021 })).toEqual([]);
    expect(fields({ effectiveYear: 2025 })).toEqual([]);
  });

  it('refuses an effective year outside the plan period or not a whole year, naming the revision and the period', () => {
    for (const effectiveYear of [2020, 2026, 2023.5, NaN]) expect(fields({ effectiveYear })).toEqual([['revision.effectiveYear', 'revision.error.effectiveYear']]);
    const [error] = validateRevision({ ...good, effectiveYear: 2026 }, valid.target, period, 2);
    expect(describeFieldError(error!, 'zh')).toBe('第 2 条目标调整：生效年份 2026 应为规划期 2021–2025 年内的整数年份');
    expect(describeFieldError(error!, 'en')).toBe('Revision 2: the effective year 2026 must be a whole year within the plan period 2021–2025');
  });

  it('refuses a value that is not finite, a reversed range and an unknown comparator', () => {
    expect(fields({ target: { comparator: '>=', value: NaN } })).toEqual([['revision.value', 'revision.error.notFinite']]);
    expect(fields({ target: { comparator: '<', value: Infinity } })).toEqual([['revision.value', 'revision.error.notFinite']]);
    expect(fields({ target: { comparator: 'range', lo: 4, hi: 3 } })).toEqual([['revision.lo', 'revision.error.rangeReversed']]);
    expect(fields({ target: { comparator: 'range', lo: NaN, hi: 3 } })).toEqual([['revision.lo', 'revision.error.notFinite']]);
    expect(fields({ target: { comparator: '~', value: 3 } })).toEqual([['revision.comparator', 'revision.error.comparator']]);
  });

  it('requires a reason, an approval basis and a recording date', () => {
    expect(fields({ reason: ' ', basis: '', recordedAt: 'yesterday' })).toEqual([
      ['revision.reason', 'revision.error.reasonEmpty'],
      ['revision.basis', 'revision.error.basisEmpty'],
      ['revision.recordedAt', 'revision.error.recordedAt'],
    ]);
    const [basis] = validateRevision({ ...good, basis: '' }, valid.target, period, 1);
    expect(describeFieldError(basis!, 'zh')).toBe('第 1 条目标调整：须填写批准依据（文号或会议）');
  });

  it('refuses revising a monitoring indicator, which has no target', () => {
    expect(fields({}, null)).toEqual([['revision.target', 'revision.error.noTarget']]);
  });

  it('is part of validatePlan, and the built-in plan has no revisions to fail', () => {
    const plan = guangzhouPlan();
    expect(validatePlan(plan)).toEqual([]);
    const first = { ...plan.indicators[0]!, revisions: [good, { ...good, effectiveYear: 2030 }] };
    const found = validatePlan({ ...plan, indicators: [first, ...plan.indicators.slice(1)] });
    expect(found).toEqual([{ indicatorId: first.id, errors: [expect.objectContaining({ field: 'revision.effectiveYear', params: expect.objectContaining({ n: 2 }) })] }]);
  });
});
